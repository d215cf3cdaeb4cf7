/** `IpAddress`/`NotIpAddress` [OPS]: CIDR containment for IPv4 and IPv6; a bare address is /32 or /128. */
import { ipInCidr, parseCidr, parseIpAddress, type ParsedCidr } from '@arbiter/ir';
import { withNegation, type OperatorDef } from './types.js';

/** Parses `203.0.113.0/24`, `2001:DB8::/64` or a bare address; `undefined` when malformed. */
export function parseIamCidr(s: string): ParsedCidr | undefined {
  const text = s.trim();
  if (text.length > 64) return undefined;
  if (text.includes('/')) {
    const [addr = '', bits = ''] = text.split('/');
    if (!parseIpAddress(addr) || !/^\d{1,3}$/.test(bits)) return undefined;
    return parseCidr(text.toLowerCase());
  }
  const ip = parseIpAddress(text);
  if (!ip) return undefined;
  return parseCidr(`${text.toLowerCase()}/${ip.kind() === 'ipv4' ? 32 : 128}`);
}

const ipAddress: OperatorDef<ParsedCidr> = {
  name: 'IpAddress',
  family: 'ip',
  allowsVariables: false,
  allowsWildcards: false,
  isNegative: false,
  prepare: (v) => parseIamCidr(v.text),
  matches: (r, p) => ipInCidr(r, p),
};

export const ipOperators: OperatorDef[] = withNegation(ipAddress, 'NotIpAddress') as OperatorDef[];
