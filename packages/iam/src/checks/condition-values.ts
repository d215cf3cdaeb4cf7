/**
 * Access Analyzer's checks of literal condition values: IP ranges with host bits, redundant numeric
 * bounds, epoch dates, VPC and VPC endpoint ids, Region codes. Variables and malformed values are
 * left to the grammar checks (which report the malformed ones).
 */
import ipaddr from 'ipaddr.js';
import type { Diagnostic } from '@arbiter/ir';
import { AaText } from '../codes.js';
import { getOperator } from '../operators/registry.js';
import { parseIamNumber } from '../operators/numeric.js';
import type { IamCondition, IamStatement, PolicyValue } from '../types.js';
import { isRegionCode } from './regions.js';
import { AaCheckCodes } from './codes.js';
import { finding } from './finding.js';

const literal = (v: PolicyValue) => !v.hasVariables && !v.text.includes('${');
const familyOf = (c: IamCondition) => getOperator(c.operator)?.family;

export function checkConditionValues(st: IamStatement): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const c of st.conditions) {
    const family = familyOf(c);
    if (family === 'ip') out.push(...improveIpRange(c));
    if (family === 'numeric') out.push(...redundantNumbers(c));
    if (family === 'date') out.push(...epochDates(c));
    if (family === 'string') out.push(...identifierFormats(c));
  }
  return out;
}

function improveIpRange(c: IamCondition): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const v of c.values.filter(literal)) {
    if (!v.text.includes('/')) continue;
    let better: string;
    try {
      const [addr, bits] = ipaddr.parseCIDR(v.text);
      const network = addr.kind() === 'ipv4' ? ipaddr.IPv4.networkAddressFromCIDR(v.text) : ipaddr.IPv6.networkAddressFromCIDR(v.text);
      if (network.toNormalizedString() === addr.toNormalizedString()) continue;
      better = `${network.toString()}/${bits}`;
    } catch {
      continue; // the grammar reports malformed ranges
    }
    out.push(finding(AaCheckCodes.improveIpRange, v.at, `Improve IP range: The non-zero bits in the IP address after the masked bits are ignored. Replace address with ${better}.`, `write \`${better}\``, { code: 'IMPROVE_IP_RANGE', type: 'SUGGESTION' }, { value: v.text, suggestion: better }));
  }
  return out;
}

/** Several bounds of one `NumericLessThan…`/`NumericGreaterThan…` key are OR'ed: only the loosest counts. */
function redundantNumbers(c: IamCondition): Diagnostic[] {
  const less = /^NumericLessThan/.test(c.operator);
  if (c.qualifier || c.values.length < 2 || (!less && !/^NumericGreaterThan/.test(c.operator))) return [];
  const numbers = c.values.map((v) => Number(parseIamNumber(v.text)));
  if (numbers.some((n) => Number.isNaN(n))) return [];
  const loosest = c.values[numbers.indexOf(less ? Math.max(...numbers) : Math.min(...numbers))]!.text;
  const which = less ? 'greatest' : 'least';
  return [finding(AaCheckCodes.redundantNumericValue, c.at, `Redundant condition value num: Multiple values in ${c.operatorText} are redundant. Replace with the ${which} single value for ${c.key}.`, `keep only \`${loosest}\``, { code: 'REDUNDANT_CONDITION_VALUE_NUM', type: 'SUGGESTION' }, { key: c.key, value: loosest })];
}

/** An all-digit date longer than a year is epoch seconds: valid, but AA recommends YYYY-MM-DD. */
function epochDates(c: IamCondition): Diagnostic[] {
  return c.values
    .filter((v) => literal(v) && /^\d{5,}$/.test(v.text))
    .map((v) => finding(AaCheckCodes.epochDate, v.at, AaText.invalidDate(v.text), `write the date as ${isoOf(v.text)}`, { code: 'INVALID_DATE_VALUE', type: 'WARNING' }, { value: v.text }));
}

function isoOf(epochSeconds: string): string {
  const ms = Number(epochSeconds) * 1000;
  return Math.abs(ms) <= 8.64e15 ? `\`${new Date(ms).toISOString().replace('.000', '')}\`` : 'YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ';
}

const IDS: Record<string, { re: RegExp; code: string; aa: string; text: string; example: string }> = {
  'aws:sourcevpc': { re: /^vpc-(?:[a-z0-9]{8}|[a-z0-9]{17})$/i, code: AaCheckCodes.invalidVpc, aa: 'INVALID_VPC_FORMAT', text: "Invalid vpc format: The VPC identifier in the condition key value is not valid. Use the prefix 'vpc-' followed by 8 or 17 alphanumeric characters.", example: 'vpc-11223344556677889' },
  'aws:sourcevpce': { re: /^vpce-(?:[a-z0-9]{8}|[a-z0-9]{17})$/i, code: AaCheckCodes.invalidVpce, aa: 'INVALID_VPCE_FORMAT', text: "Invalid vpce format: The VPCE identifier in the condition key value is not valid.  Use the prefix 'vpce-' followed by 8 or 17 alphanumeric characters.", example: 'vpce-11223344556677889' },
};

/** VPC and VPC endpoint ids, and Region codes, in literal String values (Like patterns are skipped). */
function identifierFormats(c: IamCondition): Diagnostic[] {
  const out: Diagnostic[] = [];
  const id = IDS[c.lowerKey];
  const region = c.lowerKey === 'aws:requestedregion' || /^[a-z0-9-]+:region$/.test(c.lowerKey);
  if (!id && !region) return out;
  for (const v of c.values.filter(literal)) {
    if (/[*?]/.test(v.text) && /Like$/.test(c.operator)) continue;
    if (id && !id.re.test(v.text)) {
      out.push(finding(id.code, v.at, id.text, `write an id such as \`${id.example}\``, { code: id.aa, type: 'ERROR' }, { value: v.text }));
    }
    if (region && !isRegionCode(v.text)) {
      out.push(finding(AaCheckCodes.invalidRegionValue, v.at, `Invalid Region: The Region ${v.text} is not valid. Update the condition value to a suported Region.`, 'write a Region code such as `us-east-1`', { code: 'INVALID_REGION', type: 'ERROR' }, { value: v.text }));
    }
  }
  return out;
}
