/**
 * `{"cidr": "10.0.0.0/24"}` or an IPv6 block: a string value holding an IP address inside the
 * block. The operand is checked the way SNS's parser does (Java `split("/")`, `Integer.parseInt`,
 * then the address), so each problem gets AWS's recorded text. A non-string operand gets AWS's
 * text too, which (sic) says "prefix".
 */
import { diagnostic, parseCidr, parseIpAddress } from '@arbiter/ir';
import { SnsCodes } from '../policy/codes.js';
import { AwsText } from '../policy/messages.js';
import type { OperatorContext, OperatorDefinition } from './types.js';

/** Java's `String.split("/")`: trailing empty parts are dropped. */
function javaSplitSlash(s: string): string[] {
  const parts = s.split('/');
  if (parts.length === 1) return parts;
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** `undefined` when `s` is not what Java's `Integer.parseInt` accepts. */
function javaParseInt(s: string): number | undefined {
  if (!/^[+-]?\d{1,10}$/.test(s)) return undefined;
  const n = Number(s);
  return n >= -2147483648 && n <= 2147483647 ? n : undefined;
}

/** Returns AWS's error text for a CIDR operand, or `undefined` when it is valid. */
export function checkCidr(cidr: string): { code: string; message: string } | undefined {
  const parts = javaSplitSlash(cidr);
  if (parts.length !== 2) return { code: SnsCodes.cidrMalformed, message: AwsText.cidrOneSlash };
  const [ip, maskText] = parts as [string, string];
  const mask = javaParseInt(maskText);
  if (mask === undefined) return { code: SnsCodes.cidrMaskNotInteger, message: AwsText.cidrMaskInteger };
  const address = parseIpAddress(ip);
  if (!address || ip.includes('%')) return { code: SnsCodes.cidrInvalidIp, message: AwsText.nonstandardIp(ip) };
  const max = address.kind() === 'ipv4' ? 32 : 128;
  if (mask < 0 || mask > max) return { code: SnsCodes.cidrMaskOutOfRange, message: AwsText.cidrMaskRange(max) };
  return parseCidr(`${ip}/${mask}`) ? undefined : { code: SnsCodes.cidrInvalidIp, message: AwsText.nonstandardIp(ip) };
}

export const cidrOperator: OperatorDefinition = {
  name: 'cidr',
  lower(operand, at, operandAt, ctx: OperatorContext) {
    if (typeof operand !== 'string') {
      ctx.diagnostics.push(diagnostic(SnsCodes.operandNotString, 'policy', operandAt, AwsText.mustBeString('prefix')));
      return undefined;
    }
    const problem = checkCidr(operand);
    if (problem) {
      ctx.diagnostics.push(diagnostic(problem.code, 'policy', operandAt, problem.message, { params: { cidr: operand } }));
      return undefined;
    }
    const [ip, mask] = javaSplitSlash(operand) as [string, string];
    return { op: 'cidr', cidr: `${ip}/${Number(mask)}`, at };
  },
};
