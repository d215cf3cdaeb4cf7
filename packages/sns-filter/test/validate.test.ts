/** Validation: AWS's recorded error texts (spec §4), every problem with its pointer, limits (§7). */
import { describe, expect, it } from 'vitest';
import { formatAwsError, validateFilterPolicy, type FilterPolicyScope } from '@arbiter/sns-filter';

function errorsOf(policy: unknown, scope: FilterPolicyScope = 'MessageAttributes') {
  const r = validateFilterPolicy(policy, { scope });
  return r.ok ? [] : r.diagnostics.filter((d) => d.severity === 'error');
}

const cond = (c: unknown) => ({ key: [c] });

describe('AWS error texts (spec §4, recorded)', () => {
  const table: Array<[unknown, string]> = [
    [{ key: [['value']] }, 'Match value must be String, number, true, false, or null'],
    [cond({ 'wrong-operator': true }), 'Unrecognized match type wrong-operator'],
    [cond({ suffix: 'value', prefix: 'value2' }), 'Only one key allowed in match expression'],
    [{ key: [] }, 'Empty arrays are not allowed'],
    [cond({ suffix: 100 }), 'suffix match pattern must be a string'],
    [cond({ prefix: null }), 'prefix match pattern must be a string'],
    [cond({ 'equals-ignore-case': ['a', 'b'] }), 'equals-ignore-case match pattern must be a string'],
    [{ key: { suffix: 'value' } }, '"suffix" must be an object or an array'],
    [{ key_a: 'value_one' }, '"key_a" must be an object or an array'],
    [cond({ cidr: ['bad-filter'] }), 'prefix match pattern must be a string'],
    [cond({ cidr: 'bad-filter' }), "Malformed CIDR, one '/' required"],
    [cond({ cidr: 'bad-filter/64' }), 'Nonstandard IP address: bad-filter'],
    [cond({ cidr: 'bad-/64filter' }), 'Malformed CIDR, mask bits must be an integer'],
    [cond({ cidr: 'xx.11.xx/8' }), 'Nonstandard IP address: xx.11.xx'],
    [cond({ cidr: 'xxxx:db8:1234:1a00::/64' }), 'Nonstandard IP address: xxxx:db8:1234:1a00::'],
    [cond({ numeric: [] }), 'Invalid member in numeric match: ]'],
    [cond({ numeric: ['operator'] }), 'Unrecognized numeric range operator: operator'],
    [cond({ numeric: [1, '<='] }), 'Invalid member in numeric match: 1'],
    [cond({ numeric: ['=', '000'] }), 'Value of equals must be numeric'],
    [cond({ numeric: ['>='] }), 'Value of >= must be numeric'],
    [cond({ numeric: ['<', 100, '>', 10] }), 'Too many elements in numeric expression'],
    [cond({ numeric: ['>=', 1, '>', 2] }), 'Bad numeric range operator: >'],
    [cond({ numeric: ['>', 3, '<', 1] }), 'Bottom must be less than top'],
    [cond({ numeric: ['>', 20, '<='] }), 'Value of <= must be numeric'],
    [cond({ numeric: ['>', 20, 30] }), 'Bad value in numeric range: 30'],
    [cond({ numeric: ['>', 20, 'test'] }), 'Bad numeric range operator: test'],
    [cond({ numeric: ['>', '20', '<', '30'] }), 'Value of > must be numeric'],
    [cond({ numeric: ['>', 20, '<', '30'] }), 'Value of < must be numeric'],
    [cond({ numeric: ['>', 20, '<', 30, '<', 50] }), 'Too many terms in numeric range expression'],
    [cond({ exists: null }), 'exists match pattern must be either true or false.'],
    [cond({ exists: 'no' }), 'exists match pattern must be either true or false.'],
    [cond({ 'anything-but': { 'wrong-operator': null } }), 'Unsupported anything-but pattern: wrong-operator'],
    [cond({ 'anything-but': { suffix: 'test' } }), 'Unsupported anything-but pattern: suffix'],
    [cond({ 'anything-but': { exists: false } }), 'Unsupported anything-but pattern: exists'],
    [cond({ 'anything-but': { prefix: false } }), 'prefix match pattern must be a string'],
    [{ a: [1], b: [1], c: [1], d: [1], e: [1], f: [1] }, 'Filter policy can not have more than 5 keys'],
    [{ key: Array.from({ length: 151 }, (_, i) => `v${i}`) }, 'Filter policy is too complex'],
    [{ k1: Array.from({ length: 100 }, (_, i) => i), k2: Array.from({ length: 51 }, (_, i) => i) }, 'Filter policy is too complex'],
    [{ store: { name: ['example_corp'] } }, 'Filter policy scope MessageAttributes does not support nested filter policy'],
  ];
  for (const [policy, message] of table) {
    it(`${JSON.stringify(policy).slice(0, 60)} → ${message}`, () => {
      expect(errorsOf(policy).map((d) => d.message)).toContain(message);
    });
  }

  it('accepts the recorded valid anything-but forms', () => {
    for (const ab of [{ prefix: 'test-' }, ['test', 'test2'], 'test', 100, [100, 'a']]) {
      expect(validateFilterPolicy(cond({ 'anything-but': ab })).ok).toBe(true);
    }
  });

  it('wraps Jackson-style parse errors as AWS does', () => {
    const errors = errorsOf('{invalidjson}');
    expect(errors[0]?.message).toBe("failed to parse JSON. Unexpected character ('i' (code 105)): was expecting double-quote to start field name");
    expect(errors[0]?.code).toBe('sns.invalid-json');
  });

  it('formats the full AWS text for each API', () => {
    const [d] = errorsOf({ key: [] });
    expect(formatAwsError(d!)).toBe('Invalid parameter: Attributes Reason: FilterPolicy: Empty arrays are not allowed');
    expect(formatAwsError(d!, 'SetSubscriptionAttributes')).toBe('Invalid parameter: FilterPolicy: Empty arrays are not allowed');
    const [nested] = errorsOf({ store: { name: ['x'] } });
    expect(formatAwsError(nested!, 'SetSubscriptionAttributes')).toBe('Invalid parameter: Filter policy scope MessageAttributes does not support nested filter policy');
  });

  it('rejects an unknown scope with AWS text', () => {
    const r = validateFilterPolicy({ a: ['x'] }, { scope: 'RandomValue' as FilterPolicyScope });
    expect(r.ok ? '' : formatAwsError(r.diagnostics[0]!)).toBe(
      'Invalid parameter: FilterPolicyScope: Invalid value [RandomValue]. Please use either MessageBody or MessageAttributes',
    );
  });
});

describe('every problem, each with its pointer, sorted by path', () => {
  it('reports all problems of a policy', () => {
    const errors = errorsOf({ b: [], a: [{ prefix: 1 }, { numeric: ['>', 3, '<', 1] }], 'x/y': 'v' });
    expect(errors.map((d) => [d.path, d.code])).toEqual([
      ['/a/0/prefix', 'sns.operand-not-string'],
      ['/a/1/numeric/3', 'sns.numeric.bottom-not-below-top'],
      ['/b', 'sns.empty-array'],
      ['/x~1y', 'sns.not-object-or-array'],
    ]);
  });

  it('points into $or branches and nested objects', () => {
    const errors = errorsOf({ $or: [{ a: [{ exists: 1 }] }, { b: { c: [] } }] }, 'MessageBody');
    expect(errors.map((d) => d.path)).toEqual(['/$or/0/a/0/exists', '/$or/1/b/c']);
  });
});

describe('$or (spec §3, §7)', () => {
  it('accepts the recorded 150-combination policy and rejects 152', () => {
    const policy = (spaceIds: number) => ({
      source: ['aws.cloudwatch', 'aws.events', 'aws.test'],
      $or: [
        { metricName: ['CPUUtilization', 'ReadLatency', 'a', 'b', 'c', 'd'] },
        { metricType: ['MetricType', 'TestType', 'x', 'y'], $or: [{ metricId: [1234, 4321, 5678, 9012] }, { spaceId: Array.from({ length: spaceIds }, (_, i) => i) }] },
      ],
    });
    expect(validateFilterPolicy(policy(7)).ok).toBe(true); // 3·6 + 3·4·4 + 3·4·7 = 150
    const over = { ...policy(4), source: ['a', 'b', 'c', 'd'] }; // 4·6 + 4·4·4 + 4·4·4 = 152
    expect(errorsOf(over).map((d) => d.message)).toEqual(['Filter policy is too complex']);
  });

  it('multiplies values by nesting depth: the documented 72 is accepted, 216 rejected', () => {
    const nested = { key_a: { key_b: { key_c: ['1', '2', '3', '4'] } }, key_d: { key_e: ['1', '2', '3'] } };
    expect(validateFilterPolicy(nested, { scope: 'MessageBody' }).ok).toBe(true);
    expect(errorsOf({ ...nested, key_f: ['1', '2', '3'] }, 'MessageBody').map((d) => d.message)).toEqual(['Filter policy is too complex']);
  });

  it('treats $or as an attribute name unless it holds two or more field objects', () => {
    expect(validateFilterPolicy({ $or: ['a', 'b'] }).ok).toBe(true);
    expect(validateFilterPolicy({ $or: [{ prefix: 'a' }, { prefix: 'b' }] }).ok).toBe(true);
    expect(errorsOf({ $or: [{ a: ['x'] }] }).map((d) => d.message)).toEqual(['Unrecognized match type a']);
  });
});

describe('empty and absent policies (spec §1, §9.10)', () => {
  it('treats "" and undefined as no policy', () => {
    for (const p of ['', undefined]) {
      const r = validateFilterPolicy(p);
      expect(r.ok && r.value.source).toBe(undefined);
    }
  });

  it('accepts {} with a warning', () => {
    const r = validateFilterPolicy('{}');
    expect(r.ok).toBe(true);
    expect(r.ok && r.warnings.map((w) => w.code)).toEqual(['sns.empty-object']);
  });

  it('rejects non-object policies and empty nested objects', () => {
    expect(errorsOf('[]').map((d) => d.code)).toEqual(['sns.policy-not-object']);
    expect(errorsOf('null').map((d) => d.code)).toEqual(['sns.policy-not-object']);
    expect(errorsOf({ a: {} }, 'MessageBody').map((d) => d.code)).toEqual(['sns.empty-object']);
  });
});

describe('numbers outside SNS range or precision (spec §3, §9.8)', () => {
  it('warns, keeps the policy valid, and says why', () => {
    const r = validateFilterPolicy({ a: [1e10, { numeric: ['>', 0.1234567] }] });
    expect(r.ok).toBe(true);
    expect(r.ok && r.warnings.map((w) => [w.path, w.code])).toEqual([
      ['/a/0', 'sns.numeric.out-of-range'],
      ['/a/1/numeric/1', 'sns.numeric.precision'],
    ]);
  });

  it('rejects numbers that overflow a double', () => {
    expect(errorsOf('{"a":[1e400]}').map((d) => d.code)).toEqual(['sns.numeric.not-finite']);
  });
});

describe('the IR', () => {
  it('lowers a policy to one rule whose tests point at their conditions', () => {
    const r = validateFilterPolicy({ store: ['a', { prefix: 'b' }] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const when = r.value.ruleSet.rules[0]!.when;
    expect(when).toMatchObject({ kind: 'all', of: [{ kind: 'any', at: '/store', of: [{ kind: 'test', at: '/store/0' }, { kind: 'test', at: '/store/1', predicate: { op: 'prefix', value: 'b' } }] }] });
  });
});
