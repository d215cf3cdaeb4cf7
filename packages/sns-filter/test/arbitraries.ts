/** fast-check arbitraries for filter policies and messages, including hostile shapes. */
import fc from 'fast-check';
import { countCombinations, type FilterPolicyScope, type SnsMessage } from '@arbiter/sns-filter';
import { jsonTextArbitraries } from '../../ir/test/json-text-arbitraries.js';

/** Mostly a few shared names (so policies and messages meet), sometimes hostile ones. */
export const keys = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('a', 'b', 'a.b') },
  fc.constantFrom('c', 'b.c', '__proto__', 'constructor', 'toString', 'ü', '', 'x'.repeat(300), '\uD800'),
);
const strings = fc.constantFrom('x', 'y', 'xy', 'yx', '', 'X', 'Xy', '10.0.0.1', '10.0.1.1', '2001:db8::1', 'ß', '\uDC00', 'ǅ', 'y'.repeat(1000));
// Huge ones (issue #17 item 3) and ones around 2^33, where numericKey stops scaling.
const numbers = fc.constantFrom(0, -0, 1, -1, 1.5, 100, 100.0000001, 1e9, -122.41601, 3.015e2, 123456789012.345, -5e15, 1e303, 2e303, -1e303, 1.7976931348623157e308, 2 ** 33, 8589934591.9999995);
export const scalar = fc.oneof(strings, numbers, fc.constantFrom(true, false, null));

export const condition = fc.oneof(
  { weight: 4, arbitrary: scalar },
  fc.record({ prefix: strings }),
  fc.record({ suffix: strings }),
  fc.record({ 'equals-ignore-case': strings }),
  fc.record({ 'anything-but': fc.oneof(strings, numbers, fc.array(fc.oneof(strings, numbers), { minLength: 1, maxLength: 3 }), fc.record({ prefix: strings })) }),
  fc.record({
    numeric: fc.oneof(
      fc.tuple(fc.constantFrom('=', '<', '<=', '>', '>='), numbers),
      fc.tuple(fc.constantFrom('>', '>='), fc.constant(-1), fc.constantFrom('<', '<='), numbers.filter((n) => n > -1)),
    ),
  }),
  fc.record({ exists: fc.boolean() }),
  fc.record({ cidr: fc.constantFrom('10.0.0.0/24', '10.0.0.0/8', '2001:db8::/32', '0.0.0.0/0') }),
);

const leaf = fc.array(condition, { minLength: 1, maxLength: 3 });

/** Policies that are mostly valid; `nested` allows MessageBody nesting. */
export function policyArb(nested: boolean): fc.Arbitrary<Record<string, unknown>> {
  const { level } = fc.letrec<{ level: Record<string, unknown> }>((tie) => ({
    level: fc
      .tuple(
        fc.dictionary(keys, nested ? fc.oneof({ weight: 3, arbitrary: leaf }, tie('level').map((v) => v as unknown)) : leaf, { minKeys: 1, maxKeys: 3 }),
        fc.option(fc.array(tie('level'), { minLength: 2, maxLength: 3 }), { freq: 4 }),
      )
      .map(([obj, or]) => (or ? Object.assign(obj, { $or: or }) : obj)),
  }));
  // Mostly within SNS's limits, so most runs exercise matching rather than validation.
  return level.filter((p) => !JSON.stringify(p).includes('{}') && countCombinations(p) <= 150);
}

const jsonValue: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { weight: 5, arbitrary: scalar },
    fc.array(tie('v'), { maxLength: 3 }),
    fc.dictionary(keys, tie('v'), { maxKeys: 3 }),
  ),
})).v;

const { bodyTextArb: bodyText } = jsonTextArbitraries(keys);

export const bodyArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.dictionary(keys, jsonValue, { maxKeys: 5 }).map((o) => JSON.stringify(o)) },
  // Written as text: duplicate keys (JSON.parse keeps the last), escaped keys, whitespace, mutations.
  { weight: 3, arbitrary: bodyText },
  fc.constantFrom('not json', '"a string"', '42', 'null', '[]', '{}', '', '{"a":', '[{"a":"x"}]'),
  // Deep nesting: arrays around the 256-level cap, and a long chain of objects.
  fc.constantFrom(255, 256, 257, 300).map((n) => `{"a": ${'['.repeat(n)}"x"${']'.repeat(n)}, "b": 1}`),
  fc.constantFrom(20, 200).map((n) => `{"b": "x", "a": ${'{"b":'.repeat(n)}"x"${'}'.repeat(n)}}`),
);

/** What a careless or hostile publisher sends: odd number texts, nested or typed String.Array elements, wrong shapes. */
const hostileAttributeArb = fc.oneof(
  fc.record({ Type: fc.constant('Number'), Value: fc.constantFrom('1e400', '-1e400', ' 1', '1 ', '+5', '5.', '.5', '0x10', '1_000', 'Infinity', '-0', '00012', '1e-400', '9007199254740993') }),
  fc.record({ Type: fc.constant('String.Array'), Value: fc.constantFrom('[["x"]]', '[{"a":1}]', '[1e400]', '[]', '[null,true,"x"]', '["x","x"]', '[ "yx" , 100 ]', '[1,"1"]', '{"a":1}', '["\\ud800"]') }),
  fc.record({ Type: fc.constantFrom('Binary', 'String', 'Number.float', 'string', ''), Value: fc.constantFrom('x', '', '=', '10.0.0.1') }),
  fc.constantFrom<unknown>({ Type: 'String' }, { Value: 'x' }, { Type: 'String', Value: 5 }, { Type: 'Number', Value: 5 }, null, 'x', { DataType: 'String.Array', StringValue: '["x"]' }, { DataType: 'Binary', BinaryValue: 'eA==' }),
);

const attributeArb = fc.oneof(
  { weight: 2, arbitrary: hostileAttributeArb },
  fc.record({ Type: fc.constant('String'), Value: strings }),
  fc.record({ Type: fc.constant('Number'), Value: fc.oneof(numbers.map(String), fc.constantFrom('3.015e2', 'abc', '', 'NaN')) }),
  fc.record({ Type: fc.constant('String.Array'), Value: fc.oneof(fc.array(scalar, { maxLength: 3 }).map((a) => JSON.stringify(a)), fc.constantFrom("['x']", '"x"', '[')) }),
  fc.record({ Type: fc.constant('Binary'), Value: fc.constant('eA==') }),
  fc.record({ DataType: fc.constant('String'), StringValue: strings }),
  fc.record({ DataType: fc.constant('Number'), StringValue: numbers.map(String) }),
);

export const messageArb: fc.Arbitrary<SnsMessage> = fc.record(
  { body: bodyArb, attributes: fc.dictionary(keys, attributeArb, { maxKeys: 4 }) },
  { requiredKeys: ['attributes'] },
) as fc.Arbitrary<SnsMessage>;

export const scopeArb: fc.Arbitrary<FilterPolicyScope> = fc.constantFrom('MessageAttributes', 'MessageBody');
