/** `IpAddress`/`NotIpAddress` [OPS]: CIDR containment for IPv4 and IPv6; a bare address is /32 or /128. */
import { parseCidr, parseIpAddress } from '@arbiter/ir';
import { literalText } from './operand.js';
import { withNegation, type OperatorDef } from './types.js';

/** `203.0.113.0/24`, `2001:DB8::/64` or a bare address as a CIDR block text; `undefined` when malformed. */
export function normalizeIamCidr(s: string): string | undefined {
  const text = s.trim().toLowerCase();
  if (text.length > 64) return undefined;
  if (text.includes('/')) {
    const [addr = '', bits = ''] = text.split('/');
    return parseIpAddress(addr) && /^\d{1,3}$/.test(bits) && parseCidr(text) ? text : undefined;
  }
  const ip = parseIpAddress(text);
  const cidr = ip && `${text}/${ip.kind() === 'ipv4' ? 32 : 128}`;
  return cidr && parseCidr(cidr) ? cidr : undefined;
}

/** True when `s` is an address or a block IAM accepts (validation). */
export function parseIamCidr(s: string): boolean {
  return normalizeIamCidr(s) !== undefined;
}

const ipAddress: OperatorDef = {
  name: 'IpAddress',
  family: 'ip',
  allowsVariables: false,
  allowsWildcards: false,
  isNegative: false,
  lower: (v) => {
    const cidr = normalizeIamCidr(literalText(v));
    return cidr === undefined ? undefined : { op: 'cidr', cidr, at: v.at };
  },
};

export const ipOperators: OperatorDef[] = withNegation(ipAddress, 'NotIpAddress');
