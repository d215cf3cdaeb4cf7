/**
 * AWS's error texts for filter policies, exactly as SNS returns them after the API prefix
 * (recorded against AWS by LocalStack's snapshot tests; see spec §4). Our own texts, where AWS
 * has none we know of, are lowercase with values in backticks.
 */
export const AwsText = {
  notObjectOrArray: (key: string) => `"${key}" must be an object or an array`,
  emptyArrays: 'Empty arrays are not allowed',
  matchValue: 'Match value must be String, number, true, false, or null',
  unrecognizedMatchType: (key: string) => `Unrecognized match type ${key}`,
  onlyOneKey: 'Only one key allowed in match expression',
  mustBeString: (op: string) => `${op} match pattern must be a string`,
  existsBoolean: 'exists match pattern must be either true or false.',
  anythingButUnsupported: (key: string) => `Unsupported anything-but pattern: ${key}`,
  anythingButValue: 'Value of anything-but must be an array or single string/number value.',
  anythingButListMember: 'Inside anything but list, start|null|boolean is not supported.',
  numericArray: 'Value of numeric must be an array.',
  numericInvalidMember: (text: string) => `Invalid member in numeric match: ${text}`,
  numericUnknownOperator: (op: string) => `Unrecognized numeric range operator: ${op}`,
  numericValue: (op: string) => `Value of ${op === '=' ? 'equals' : op} must be numeric`,
  numericTooManyElements: 'Too many elements in numeric expression',
  numericBadRangeOperator: (op: string) => `Bad numeric range operator: ${op}`,
  numericBadRangeValue: (text: string) => `Bad value in numeric range: ${text}`,
  numericBottomTop: 'Bottom must be less than top',
  numericTooManyTerms: 'Too many terms in numeric range expression',
  cidrOneSlash: "Malformed CIDR, one '/' required",
  cidrMaskInteger: 'Malformed CIDR, mask bits must be an integer',
  cidrMaskRange: (max: number) => `Malformed CIDR, mask bits must be between 0 and ${max}`,
  nonstandardIp: (ip: string) => `Nonstandard IP address: ${ip}`,
  tooManyKeys: 'Filter policy can not have more than 5 keys',
  tooComplex: 'Filter policy is too complex',
  nestedInAttributes: 'Filter policy scope MessageAttributes does not support nested filter policy',
  invalidScope: (scope: string) =>
    `FilterPolicyScope: Invalid value [${scope}]. Please use either MessageBody or MessageAttributes`,
  parseFailed: (jackson: string) => `failed to parse JSON. ${jackson}`,
} as const;

/** How Jackson's `getText()` renders a JSON token: strings raw, `[`/`{` for containers. */
export function jacksonText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return '[';
  if (value !== null && typeof value === 'object') return '{';
  return String(value);
}

/** Renders a value for our own messages: JSON, cut to a readable length. */
export function showValue(value: unknown, max = 120): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
