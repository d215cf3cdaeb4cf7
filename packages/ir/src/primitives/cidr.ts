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
  const octets = dottedQuad(value);
  return octets && new ipaddr.IPv4(octets);
}

/**
 * The octets of four decimal octets 0–255 without leading zeros — what
 * `ipaddr.IPv4.isValidFourPartDecimal` accepts — read in one pass (its two regex passes and
 * parse were a tenth of an IAM decision with an `IpAddress` condition).
 */
export function dottedQuad(value: string): number[] | undefined {
  const octets: number[] = [];
  let i = 0;
  for (let k = 0; k < 4; k++) {
    if (k > 0 && value.charCodeAt(i++) !== 46) return undefined;
    const start = i;
    let n = 0;
    for (let c = value.charCodeAt(i); c >= 48 && c <= 57; c = value.charCodeAt(++i)) {
      n = n * 10 + (c - 48);
      if (n > 255) return undefined;
    }
    if (i === start || (i - start > 1 && value.charCodeAt(start) === 48)) return undefined;
    octets.push(n);
  }
  return i === value.length ? octets : undefined;
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
