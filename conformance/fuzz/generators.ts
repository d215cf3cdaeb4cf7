/**
 * Generators of hostile inputs for every evaluator: mostly-valid shapes (so the evaluators get
 * past validation and disagreements can show) mixed with what an attacker sends: long runs,
 * deep nesting, huge numbers, lone surrogates, escapes, odd keys, alias-heavy YAML.
 */
import fc from 'fast-check';
import type { IamRequest, PolicySet } from '@arbiter/iam';
import { eventArb as plainEventArb, patternArb } from '../../packages/event-pattern/test/arbitraries.js';
import { jsonTextArbitraries } from '../../packages/ir/test/json-text-arbitraries.js';

const run = (unit: string, max: number) => fc.integer({ min: 1, max }).map((n) => unit.repeat(n));

// ---- data protection texts ------------------------------------------------------------------
const FRAGMENTS = [
  'SSN: 123-12-1234 ', 'ssn 078-05-1120', ' card 4111 1111 1111 1111 ', 'phone +1 (206) 555-0100 ', 'ana@example.com ',
  'zip code 98101 ', 'iban DE89370400440532013000 ', 'EID-123456789-US ', '"ssn":"123-12-1234"', '{"a":"b"}', '\\u0041',
  ' ', '\n', '\uD800', '😀', 'é', 'aaaa', '1234', 'x', '-', '.', '@', ',',
];
/** A fragment as a JSON string token, some characters written as `\u` escapes. */
const escapedToken = fc.tuple(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 4 }), fc.nat()).map(([parts, seed]) => {
  const body = JSON.stringify(parts.join('')).slice(1, -1);
  return `"${[...body].map((c, i) => ((seed >> i % 30) & 1 && /[0-9a-z@-]/i.test(c) ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c)).join('')}"`;
});
/** JSON written as text: duplicate keys, escaped keys and values, nesting in objects and arrays. */
const dpJsonTextArb = fc.letrec<{ value: string; object: string }>((tie) => ({
  value: fc.oneof({ maxDepth: 3, depthSize: 'small' }, { weight: 4, arbitrary: escapedToken }, tie('object'), fc.array(tie('value'), { maxLength: 3 }).map((vs) => `[${vs.join(', ')}]`), fc.constantFrom('1231212341', '-0.5e3', 'true', 'null')),
  object: fc.array(fc.tuple(fc.constantFrom('"ssn"', '"ssn"', '"phone"', '"s\\u0073n"', '"a/b~c"', '""', '"__proto__"'), tie('value')), { maxLength: 5 }).map((es) => `{${es.map(([k, v]) => `${k}: ${v}`).join(', ')}}`),
})).object;
/** Message texts: mostly fragments (cheap, varied), sometimes long adversarial runs. */
export const dpTextArb = fc.oneof(
  { weight: 3, arbitrary: dpJsonTextArb },
  { weight: 12, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((p) => p.join('')) },
  fc.tuple(fc.constantFrom('a', '7', 'a ', '@', '1-'), fc.integer({ min: 1, max: 3000 })).map(([u, n]) => u.repeat(n)),
  fc.dictionary(fc.constantFrom('ssn', 'phone', 'note', 'a/b~c', ''), fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 6 }).map((p) => p.join('')), { maxKeys: 5 }).map((o) => JSON.stringify(o)),
);
/** Custom identifiers an attacker would pick: ambiguous alternations, dense single characters, boundaries. */
export const CUSTOM_REGEXES = ['a+b|a', '.*b|a', '\\d', 'x?\\b', 'EID-\\d{9}-US', '[a-z]+@[a-z]+', '(a|aa)+', 'a{1,50}', '\\bssn\\b', '1-|-1'];
export const dpScannerArb = fc.record({
  identifiers: fc.subarray(['Ssn-US', 'EmailAddress', 'CreditCardNumber', 'PhoneNumber-US', 'BankAccountNumber-DE', 'Address', 'Name', 'AwsSecretKey'], { maxLength: 5 }),
  custom: fc.subarray(CUSTOM_REGEXES, { maxLength: 2 }).map((rs) => rs.map((regex, i) => ({ name: `C${i}`, regex }))),
});

// ---- IAM policies and requests --------------------------------------------------------------
const words = ['blue', 'Blue', 'red', '', '*', '?', '${aws:username}', 'a${?}', '${*}', 'team-*', 'arn:aws:s3:::b/*'];
/** Values for every operator family, valid and not: numbers, dates, IPs, booleans, base64, ARNs. */
const typedWords = ['5', '-0', '1e3', ' 5', '0x10', 'NaN', '2020-01-01T00:00:00Z', '1577836800', '2020-01-01', 'true', 'TRUE', 'false', '10.0.0.0/8', '10.0.0.7', '::1', '2001:db8::/32', '203.0.113.9/33', 'QUJD', 'QUJD=', 'arn:aws:iam::123456789012:user/*', 'arn:aws:*:*:*:*', '${aws:CurrentTime}', '${aws:SourceIp}'];
const operators = ['StringEquals', 'StringLike', 'StringNotLike', 'ArnLike', 'ArnNotLike', 'StringEqualsIgnoreCase', 'NumericLessThan', 'DateGreaterThan', 'Bool', 'IpAddress', 'Null'];
const moreOperators = ['StringNotEquals', 'StringNotEqualsIgnoreCase', 'NumericEquals', 'NumericNotEquals', 'NumericGreaterThanEquals', 'DateEquals', 'DateNotEquals', 'DateLessThanEquals', 'NotIpAddress', 'BinaryEquals', 'ArnEquals', 'ArnNotEquals'];
const keys = ['aws:username', 'aws:PrincipalTag/team', 's3:prefix', 'aws:SourceIp', 'aws:CurrentTime', 'aws:MultiFactorAuthAge', 'aws:SecureTransport', 'aws:TagKeys', 'aws:PrincipalArn', 'ec2:count'];
const condition = fc
  .tuple(fc.constantFrom('', 'ForAllValues:', 'ForAnyValue:'), fc.constantFrom(...operators, ...moreOperators), fc.boolean(), fc.constantFrom(...keys), fc.array(fc.constantFrom(...words, ...typedWords), { minLength: 1, maxLength: 3 }))
  .map(([set, op, ifExists, key, values]) => ({ [`${set}${op}${ifExists ? 'IfExists' : ''}`]: { [key]: values.length === 1 && values[0]!.length % 2 ? values[0] : values } }));
const statement = fc.record({
  Effect: fc.constantFrom('Allow', 'Deny'),
  Action: fc.array(fc.constantFrom('s3:*', 's3:Get*', 'lambda:InvokeFunction', '*', 'S3:get?bject', 's3:GetObject'), { minLength: 1, maxLength: 2 }),
  Resource: fc.array(fc.oneof(fc.constantFrom('*', 'arn:aws:s3:::b/*', 'arn:aws:s3:::b/${aws:username}/*', 'arn:aws:s3:::${aws:PrincipalTag/team}*', 'arn:aws:s3:::b/${*}?'), run('*a', 40).map((r) => `arn:aws:s3:::${r}b`), run('a?', 40).map((r) => `arn:aws:s3:::*${r}b`)), { minLength: 1, maxLength: 2 }),
  Condition: fc.option(fc.array(condition, { minLength: 1, maxLength: 3 }).map((cs) => Object.assign({}, ...cs) as object), { nil: undefined }),
});
const policy = fc.array(statement, { minLength: 1, maxLength: 3 }).map((Statement) => ({ Version: '2012-10-17', Statement: JSON.parse(JSON.stringify(Statement)) }));
export const iamSetArb = fc.record({
  identity: fc.array(policy, { minLength: 1, maxLength: 2 }),
  boundary: fc.array(policy, { maxLength: 1 }),
  session: fc.array(policy, { maxLength: 1 }),
  scp: fc.array(policy, { maxLength: 1 }),
}, { requiredKeys: ['identity'] }) as fc.Arbitrary<PolicySet>;
/** Context values of every JSON type a caller might pass: strings, typed text, lists, numbers, booleans, null, objects. */
const contextValue = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...words, ...typedWords, 'a?', '203.0.113.9') },
  fc.array(fc.constantFrom(...words, ...typedWords), { maxLength: 3 }),
  fc.constantFrom<unknown>(5, -0, 1e400, true, false, null, { a: 1 }, [['x']], [1, 'a'], 1577836800),
);
export const iamRequestArb = fc.record({
  action: fc.constantFrom('s3:GetObject', 'lambda:InvokeFunction', 's3:PutObject', 'S3:GETOBJECT', 's3:Get'),
  resource: fc.oneof({ weight: 8, arbitrary: fc.constantFrom('arn:aws:s3:::b/k', 'arn:aws:s3:::b/ana/k', '*', 'arn:aws:s3:::aab', 'arn:aws:s3:::a?b', 'arn:aws:s3:::blue-x', 'arn:aws:s3:::b/${*}x', 'not-an-arn') }, run('a', 3000).map((r) => `arn:aws:s3:::${r}`)),
  principal: fc.constantFrom('arn:aws:iam::123456789012:user/ana', 'arn:aws:sts::123456789012:assumed-role/r/s', 'arn:aws:iam::123456789012:root'),
  context: fc.dictionary(fc.constantFrom(...keys), contextValue, { maxKeys: 4 }),
}) as fc.Arbitrary<IamRequest>;

// ---- templates (YAML and JSON files for `arbiter validate`) ---------------------------------
const yamlScalar = fc.constantFrom('x', '"q"', "'s'", '1', 'null', '~', '*a', '&a v', '!Sub "${A}"', '!Sub [a, b, c]', '!If [c, a]', '!Ref X', '!GetAtt A.B', '|', '>', '{', '[', '\t', '\u0000', '"\\ud800"');
const yamlLines = fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.constantFrom('k:', '- ', 'Type: AWS::SNS::Subscription', 'FilterPolicy:', 'Properties:', '<<: *a', 'k: &a', 'DataProtectionPolicy:', 'PolicyDocument:'), yamlScalar), { maxLength: 24 })
  .map((lines) => 'Resources:\n' + lines.map(([indent, key, value]) => `${'  '.repeat(indent)}${key} ${value}`).join('\n'));
const bomb = fc.integer({ min: 2, max: 12 }).map((n) => {
  const lines = ['a0: &a0 [x, x]'];
  for (let i = 1; i < n; i++) lines.push(`a${i}: &a${i} [*a${i - 1}, *a${i - 1}]`);
  return lines.join('\n');
});
const deep = fc.integer({ min: 1, max: 3000 }).map((n) => '['.repeat(n) + ']'.repeat(n));
const garbage = fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('latin1'));
export type TemplateInput = { name: string; text: string };
export const templateArb: fc.Arbitrary<TemplateInput> = fc.record({
  name: fc.constantFrom('t.yaml', 't.json', 't.yml', 't.txt'),
  text: fc.oneof({ weight: 100, arbitrary: yamlLines }, bomb, deep, garbage, fc.constantFrom('', '---\n---\n', '{}', 'null', '[', 'a: !Sub\n  - x\n  - y\n  - z')),
});

// ---- EventBridge patterns and events --------------------------------------------------------
const hostileCondition = fc.constantFrom<unknown>(
  { wildcard: '*a*a*a*a*b' }, { wildcard: 'a*?*b' }, { numeric: ['>', 1e300] }, { numeric: ['=', 1.7976931348623157e308] }, { prefix: 'a'.repeat(200) },
  { 'equals-ignore-case': 'ǅß' }, { 'anything-but': [1e303, 'x'] }, { suffix: '\uD800' }, 'a'.repeat(2000), -0, 5e-324,
);
const hostilePattern = fc.dictionary(fc.constantFrom('a', 'b', 'a.b', '__proto__'), fc.array(hostileCondition, { minLength: 1, maxLength: 3 }), { minKeys: 1, maxKeys: 2 });
export const patternsArb = fc.array(fc.oneof({ weight: 4, arbitrary: patternArb }, hostilePattern), { minLength: 1, maxLength: 4 }) as fc.Arbitrary<unknown[]>;
const hostileValue = fc.oneof(
  fc.constantFrom<unknown>('a'.repeat(3000), 'aaaab', 1e308, 2e303, -0, 5e-324, '\uD800', 'ǅSS', '10.0.0.7', '*a*'),
  fc.integer({ min: 1, max: 300 }).map((n) => JSON.parse('['.repeat(n) + '"a"' + ']'.repeat(n)) as unknown),
);
const { bodyTextArb: eventTextArb } = jsonTextArbitraries(fc.constantFrom('a', 'b', 'c', 'a.b', 'detail', '__proto__'));
export const eventArb = fc.oneof(
  { weight: 8, arbitrary: plainEventArb as fc.Arbitrary<unknown> },
  fc.dictionary(fc.constantFrom('a', 'b', 'c'), hostileValue, { minKeys: 1, maxKeys: 3 }),
  // JSON text keeps spellings parsing would lose (`3.0e2`) and duplicate keys.
  fc.constantFrom<unknown>('{"a": 3.0e2}', '{"a": 1e400}', '{"a": "x", "a": "y"}', '{"a": [', 'null', '[]', '{"b": {"a": -0.0}}'),
  // Generated text: duplicate, dotted and escaped keys, whitespace, mutations.
  { weight: 2, arbitrary: eventTextArb },
);
