/** Bad input to the scanner: never a crash or a hang, always a diagnostic or a documented result. */
import { describe, expect, it } from 'vitest';
import { scanText } from '../src/index.js';

describe('scanText on bad input', () => {
  it('reports unknown identifiers as diagnostics', () => {
    const r = scanText('x', { identifiers: ['Ssn-US', 'NoSuchThing'] });
    expect(!r.ok && r.diagnostics.map((d) => [d.code, d.path])).toEqual([['dp.unknown-identifier', '/identifiers/1']]);
  });

  it('reports invalid and unsupported custom regexes', () => {
    const invalid = scanText('x', { custom: [{ name: 'A', regex: '[a-' }] });
    expect(!invalid.ok && invalid.diagnostics[0]?.code).toBe('dp.custom-regex-invalid');
    const groups = scanText('x', { custom: [{ name: 'A', regex: '(a+)+$' }] });
    expect(!groups.ok && groups.diagnostics[0]?.code).toBe('dp.custom-regex-characters');
  });

  it('runs a nested-quantifier custom regex in linear time (RE2)', () => {
    const text = 'a'.repeat(200_000) + '!';
    const r = scanText(text, { identifiers: [], custom: [{ name: 'A', regex: 'a+a+a+b' }] });
    expect(r.ok && r.value).toEqual([]);
  });

  it('returns no findings for an empty message', () => {
    const r = scanText('');
    expect(r.ok && r.value).toEqual([]);
  });

  it('scans binary (non-UTF-8 decoded as latin1) and lone surrogates without throwing', () => {
    const binary = Buffer.from([0, 255, 1, 0xc3, 0x28, 0xa0, 0xa1]).toString('latin1') + ' SSN: 123-12-1234';
    const r = scanText(binary, { identifiers: ['Ssn-US'] });
    expect(r.ok && r.value.map((f) => [f.start, f.end])).toEqual([[13, 23]]);
    const surrogates = scanText('\ud800 email ana@example.com \udfff', { identifiers: ['EmailAddress'] });
    expect(surrogates.ok && surrogates.value.map((f) => [f.start, f.end])).toEqual([[8, 22]]);
  });

  it('scans a 10 MB message to completion', () => {
    const text = '{"records":[' + Array.from({ length: 40_000 }, (_, i) => `{"i":${i},"note":"nothing to see here at all ${i}","ip":"10.0.0.1"}`).join(',') + ']}';
    expect(text.length).toBeGreaterThan(2_500_000);
    const big = text.repeat(4);
    const r = scanText(big, { identifiers: ['IpAddress', 'Ssn-US', 'CreditCardNumber', 'EmailAddress'] });
    expect(r.ok).toBe(true);
  });

  it('reports JSON pointers for JSON messages, offsets in the raw text', () => {
    const r = scanText('{"a":{"b~c/d":"ssn 536-22-1045"}}', { identifiers: ['Ssn-US'] });
    expect(r.ok && r.value).toEqual([{ name: 'Ssn-US', start: 19, end: 29, pointer: '/a/b~0c~1d' }]);
  });
});
