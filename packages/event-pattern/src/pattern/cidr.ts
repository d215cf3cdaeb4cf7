/** `cidr` operands (spec §4): `ipv4/n` (n ≤ 32) or `ipv6/n` (n ≤ 128), checked as event-ruler does. */
import { parseCidr, parseIpAddress } from '@arbiter/ir';
import { EventPatternCodes as Codes } from './codes.js';
import { report, type ValidationContext } from './context.js';

/** The canonical block text for a valid operand; `undefined` (with a diagnostic) when invalid. */
export function checkCidr(ctx: ValidationContext, text: string, at: string): string | undefined {
  const parts = text.split('/');
  if (parts.length !== 2) return report(ctx, Codes.cidrMalformed, at, "Malformed CIDR, one '/' required", 'write the block as `10.0.0.0/24` or `2001:db8::/32`');
  const [ip, bits] = parts as [string, string];
  const address = parseIpAddress(ip);
  if (!address) return report(ctx, Codes.cidrInvalidIp, at, `Invalid IP address: ${ip}`, 'use a dotted-quad IPv4 or an IPv6 address before the `/`');
  const max = address.kind() === 'ipv4' ? 32 : 128;
  const n = /^\d{1,3}$/.test(bits) ? Number(bits) : NaN;
  if (!(n >= 0 && n <= max)) {
    const family = max === 32 ? 'IPv4' : 'IPv6';
    return report(ctx, Codes.cidrMaskOutOfRange, at, `${family} mask bits must be from 0 to ${max}, got \`${bits}\``, 'fix the prefix length after the `/`');
  }
  const block = `${ip}/${n}`;
  return parseCidr(block) ? block : report(ctx, Codes.cidrMalformed, at, `Malformed CIDR: ${text}`);
}
