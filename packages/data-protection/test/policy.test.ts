/** Policy validation: each rule of the spec's "Validation / errors" list, with its code and pointer. */
import { describe, expect, it } from 'vitest';
import { parseDataProtectionPolicy, policyToIr } from '../src/index.js';

const ARN = 'arn:aws:dataprotection::aws:data-identifier/';
const statement = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  Sid: 's', DataDirection: 'Inbound', Principal: ['*'], DataIdentifier: [`${ARN}Ssn-US`], Operation: { Deny: {} }, ...extra,
});
const policy = (statements: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  Name: 'p', Version: '2021-06-01', Statement: statements, ...extra,
});
const audit = (op: Record<string, unknown>): Record<string, unknown> => statement({ Operation: { Audit: op } });
const dest = { FindingsDestination: { CloudWatchLogs: { LogGroup: '/aws/vendedlogs/x' } } };

/** The [code, path] pairs of a failed parse. */
function problems(input: unknown): Array<[string, string]> {
  const r = parseDataProtectionPolicy(input);
  if (r.ok) return [];
  return r.diagnostics.map((d) => [d.code, d.path]);
}

describe('parseDataProtectionPolicy', () => {
  it('accepts a valid policy and keeps its statements', () => {
    const r = parseDataProtectionPolicy(policy([audit({ SampleRate: '99', ...dest }), statement()]));
    expect(r.ok && r.value.statements.map((s) => s.operation.kind)).toEqual(['Audit', 'Deny']);
  });

  it.each([
    ['a wrong version', policy([statement()], { Version: '2012-10-17' }), ['dp.unsupported-version', '/Version']],
    ['a missing Statement', { Name: 'p', Version: '2021-06-01' }, ['dp.missing-field', '/Statement']],
    ['two operations', policy([statement({ Operation: { Deny: {}, Audit: { SampleRate: '1', ...dest } } })]), ['dp.operation-count', '/Statement/0/Operation']],
    ['no operation', policy([statement({ Operation: {} })]), ['dp.operation-count', '/Statement/0/Operation']],
    ['two Audit statements', policy([audit({ SampleRate: '5', ...dest }), audit({ SampleRate: '5', ...dest })]), ['dp.multiple-audit', '/Statement/1/Operation/Audit']],
    ['SampleRate 100', policy([audit({ SampleRate: '100', ...dest })]), ['dp.sample-rate', '/Statement/0/Operation/Audit/SampleRate']],
    ['SampleRate -1', policy([audit({ SampleRate: -1, ...dest })]), ['dp.sample-rate', '/Statement/0/Operation/Audit/SampleRate']],
    ['no destination', policy([audit({ SampleRate: '5' })]), ['dp.audit-destination', '/Statement/0/Operation/Audit']],
    ['a log group outside /aws/vendedlogs/', policy([audit({ SampleRate: '5', FindingsDestination: { CloudWatchLogs: { LogGroup: '/mine' } } })]), ['dp.log-group-prefix', '/Statement/0/Operation/Audit/FindingsDestination/CloudWatchLogs/LogGroup']],
    ['an unknown DataDirection', policy([statement({ DataDirection: 'Sideways' })]), ['dp.invalid-value', '/Statement/0/DataDirection']],
    ['a bad principal', policy([statement({ Principal: ['arn:aws:s3:::bucket'] })]), ['dp.invalid-principal', '/Statement/0/Principal/0']],
    ['an unknown managed identifier', policy([statement({ DataIdentifier: [`${ARN}Nope`] })]), ['dp.unknown-identifier', '/Statement/0/DataIdentifier/0']],
    ['a managed name without its ARN', policy([statement({ DataIdentifier: ['Ssn-US'] })]), ['dp.identifier-not-arn', '/Statement/0/DataIdentifier/0']],
    ['an undeclared custom name', policy([statement({ DataIdentifier: ['EmployeeId'] })]), ['dp.unknown-custom-identifier', '/Statement/0/DataIdentifier/0']],
    ['mask and redact together', policy([statement({ Operation: { Deidentify: { MaskConfig: {}, RedactConfig: {} } } })]), ['dp.deidentify-config', '/Statement/0/Operation/Deidentify']],
    ['a letter as mask character', policy([statement({ Operation: { Deidentify: { MaskConfig: { MaskWithCharacter: 'x' } } } })]), ['dp.mask-character', '/Statement/0/Operation/Deidentify/MaskConfig/MaskWithCharacter']],
    ['a non-empty Deny', policy([statement({ Operation: { Deny: { x: 1 } } })]), ['dp.deny-config', '/Statement/0/Operation/Deny']],
    ['an Outbound Audit', policy([statement({ DataDirection: 'Outbound', Operation: { Audit: { SampleRate: '5', ...dest } } })]), ['dp.audit-outbound', '/Statement/0/DataDirection']],
    ['an unknown top-level field', policy([statement()], { Extra: 1 }), ['dp.unknown-field', '/Extra']],
    ['a wrong type', policy([statement({ Principal: '*' })]), ['dp.wrong-type', '/Statement/0/Principal']],
  ])('rejects %s', (_, input, expected) => {
    expect(problems(input)).toContainEqual(expected);
  });

  it('checks custom data identifiers: count, names, characters, RE2 syntax', () => {
    const custom = (list: unknown[]): unknown => policy([statement()], { Configuration: { CustomDataIdentifier: list } });
    const many = Array.from({ length: 11 }, (_, i) => ({ Name: `C${i}`, Regex: 'a\\d' }));
    expect(problems(custom(many))).toContainEqual(['dp.custom-too-many', '/Configuration/CustomDataIdentifier']);
    expect(problems(custom([{ Name: 'bad name', Regex: 'a' }]))).toContainEqual(['dp.custom-name-characters', '/Configuration/CustomDataIdentifier/0/Name']);
    expect(problems(custom([{ Name: 'x'.repeat(129), Regex: 'a' }]))).toContainEqual(['dp.custom-name-length', '/Configuration/CustomDataIdentifier/0/Name']);
    expect(problems(custom([{ Name: 'Ssn-US', Regex: 'a' }]))).toContainEqual(['dp.custom-name-managed', '/Configuration/CustomDataIdentifier/0/Name']);
    expect(problems(custom([{ Name: 'A', Regex: 'a' }, { Name: 'A', Regex: 'b' }]))).toContainEqual(['dp.custom-name-duplicate', '/Configuration/CustomDataIdentifier/1/Name']);
    expect(problems(custom([{ Name: 'A', Regex: 'a'.repeat(201) }]))).toContainEqual(['dp.custom-regex-length', '/Configuration/CustomDataIdentifier/0/Regex']);
    expect(problems(custom([{ Name: 'A', Regex: '(a+)+$' }]))).toContainEqual(['dp.custom-regex-characters', '/Configuration/CustomDataIdentifier/0/Regex']);
    expect(problems(custom([{ Name: 'A', Regex: '[a-' }]))).toContainEqual(['dp.custom-regex-invalid', '/Configuration/CustomDataIdentifier/0/Regex']);
    expect(problems(custom([{ Name: 'A', Regex: 'a*' }]))).toContainEqual(['dp.custom-regex-empty-match', '/Configuration/CustomDataIdentifier/0/Regex']);
  });

  it('references a declared custom identifier by its bare name', () => {
    const r = parseDataProtectionPolicy(policy([statement({ DataIdentifier: ['EmployeeId'] })], { Configuration: { CustomDataIdentifier: [{ Name: 'EmployeeId', Regex: 'EID-\\d{9}-US' }] } }));
    expect(r.ok && r.value.statements[0]!.identifiers).toEqual(['EmployeeId']);
  });

  it('enforces the 30,720-character policy limit', () => {
    const big = policy([statement()], { Description: 'x'.repeat(30_720) });
    expect(problems(big)).toEqual([['dp.policy-too-large', '']]);
  });

  it('reports malformed JSON, duplicate keys, lone surrogates and deep nesting without throwing', () => {
    expect(problems('{"Name": ')[0]?.[0]).toBe('json.syntax');
    expect(problems('{"Name":"a","Name":"b","Version":"2021-06-01","Statement":[]}').map(([c]) => c)).toContain('json.duplicate-key');
    expect(problems('{"Name":"\\ud800","Version":"2021-06-01","Statement":[]}').map(([c]) => c)).toContain('json.lone-surrogate');
    expect(problems('['.repeat(5000) + ']'.repeat(5000))[0]?.[0]).toBe('json.too-deep');
    expect(problems({ ...policy([statement()]), ['__proto__']: { polluted: true } }).length).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    // NaN is no JSON value (JSON.stringify would turn it into null); the shared input guard says so.
    expect(problems(NaN)).toEqual([['dp.not-json', '']]);
    expect(parseDataProtectionPolicy(undefined).ok).toBe(false);
  });

  it('warns (not fails) on Outbound Deidentify, and fails when asked for the 2022 rule', () => {
    const p = policy([statement({ DataDirection: 'Outbound', Operation: { Deidentify: { RedactConfig: {} } } })]);
    const lenient = parseDataProtectionPolicy(p);
    expect(lenient.ok && lenient.warnings.map((w) => w.code)).toEqual(['dp.deidentify-outbound']);
    expect(parseDataProtectionPolicy(p, { inboundOnlyDeidentify: true }).ok).toBe(false);
  });

  it('lowers to one IR rule per statement with the operation as effect', () => {
    const r = parseDataProtectionPolicy(policy([audit({ SampleRate: '5', ...dest }), statement()]));
    if (!r.ok) throw new Error('invalid');
    const ir = policyToIr(r.value);
    expect(ir.language).toBe('data-protection');
    expect(ir.rules.map((x) => [x.id, x.effect, x.at])).toEqual([['s', 'Audit', '/Statement/0'], ['s', 'Deny', '/Statement/1']]);
  });
});
