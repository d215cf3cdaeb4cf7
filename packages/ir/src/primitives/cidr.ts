/** CIDR membership through ipaddr.js, with the parsed blocks cached (they recur across messages). */
import ipaddr from 'ipaddr.js';

export interface ParsedCidr {
  kind: 'ipv4' | 'ipv6';
  range: [ipaddr.IPv4 | ipaddr.IPv6, number];
}

const cidrCache = new Map<string, ParsedCidr | null>();

export function parseCidr(cidr: string): ParsedCidr | undefined {
  let parsed = cidrCache.get(cidr);
  if (parsed === undefined) {
    try {
      const range = ipaddr.parseCIDR(cidr);
      parsed = { kind: range[0].kind(), range };
    } catch {
      parsed = null;
    }
    if (cidrCache.size < 10_000) cidrCache.set(cidr, parsed);
  }
  return parsed ?? undefined;
}

/** Parses an IPv4 (four decimal octets only) or IPv6 address; `undefined` when it is not one. */
export function parseIpAddress(value: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  if (value.length > 64) return undefined;
  if (value.includes(':')) {
    if (!ipaddr.IPv6.isValid(value)) return undefined;
    try {
      return ipaddr.IPv6.parse(value);
    } catch {
      return undefined;
    }
  }
  // ipaddr.js also accepts octal, hex and short forms ("10.1"): AWS wants dotted quads.
  if (!ipaddr.IPv4.isValidFourPartDecimal(value)) return undefined;
  return ipaddr.IPv4.parse(value);
}

// The last address parsed: one value is usually tested against several blocks in a row.
let lastAddress: string | undefined;
let lastIp: ipaddr.IPv4 | ipaddr.IPv6 | undefined;

/** True when `address` is an IP address inside `cidr`; IPv4-mapped IPv6 addresses match IPv4 blocks. */
export function ipInCidr(address: string, cidr: string | ParsedCidr): boolean {
  const block = typeof cidr === 'string' ? parseCidr(cidr) : cidr;
  if (!block) return false;
  if (address !== lastAddress) {
    lastIp = parseIpAddress(address);
    lastAddress = address;
  }
  let ip = lastIp;
  if (!ip) return false;
  if (ip.kind() === 'ipv6' && block.kind === 'ipv4' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) {
    ip = (ip as ipaddr.IPv6).toIPv4Address();
  }
  if (ip.kind() !== block.kind) return false;
  return (ip as ipaddr.IPv4).match(block.range as [ipaddr.IPv4, number]);
}
