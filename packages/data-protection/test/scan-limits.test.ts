/**
 * Resource limits on one scanned message (issue 17): each limit reached is a diagnostic with the
 * findings found within it, never a throw, a hang or a silent cut.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '@arbiter/ir';
import { createScanner, scanText } from '../src/index.js';

const ssns = (n: number) => Array.from({ length: n }, (_, i) => `SSN: 123-12-${String(1000 + i).padStart(4, '0')}`).join('\n');
const codes = (r: { ok: boolean; diagnostics?: Array<{ code: string }>; warnings?: Array<{ code: string }> }) => (r.ok ? r.warnings ?? [] : r.diagnostics ?? []).map((d) => d.code);

describe('scan limits', () => {
  it('maxBytes: a larger message fails with input.too-large (counted in UTF-8 bytes)', () => {
    const r = scanText('é'.repeat(60), { identifiers: ['Ssn-US'], limits: { maxBytes: 100 } });
    expect(r.ok).toBe(false);
    expect(codes(r)).toEqual(['input.too-large']);
    expect(scanText('e'.repeat(60), { identifiers: ['Ssn-US'], limits: { maxBytes: 100 } }).ok).toBe(true);
  });

  it('maxFindings: the first findings and a limit.findings warning', () => {
    const all = scanText(ssns(10), { identifiers: ['Ssn-US'] });
    expect(all.ok && all.value.length).toBe(10);
    const r = scanText(ssns(10), { identifiers: ['Ssn-US'], limits: { maxFindings: 4 } });
    expect(codes(r)).toEqual(['limit.findings']);
    expect(r.ok && r.value).toEqual(all.ok && all.value.slice(0, 4));
  });

  it('maxWorkPerMessage: custom identifiers stop with a limit.work warning, keeping what they found', () => {
    const text = 'ab ' + 'a'.repeat(100_000) + 'b';
    for (const mode of ['reference', 'compiled'] as const) {
      const scanner = createScanner({ identifiers: [], custom: [{ name: 'X', regex: 'a+b' }], mode, limits: { maxWorkPerMessage: 10_000 } });
      if (!scanner.ok) throw new Error('scanner');
      const r = scanner.value.scanChecked(text);
      expect(codes(r), mode).toEqual(['limit.work']);
      expect(r.ok && r.value.map((f) => [f.start, f.end])).toEqual([[0, 1]]);
      // `scan` gives the same findings within the limit.
      expect(scanner.value.scan(text)).toEqual(r.ok ? r.value : undefined);
    }
    const unbounded = scanText(text, { identifiers: [], custom: [{ name: 'X', regex: 'a+b' }] });
    expect(codes(unbounded)).toEqual([]);
    expect(unbounded.ok && unbounded.value.length).toBeGreaterThan(1);
  });

  it('the defaults bound a message and let an ordinary one through', () => {
    expect(DEFAULT_LIMITS.maxWorkPerMessage).toBeGreaterThan(0);
    const r = scanText(ssns(3), { identifiers: ['Ssn-US'] });
    expect(codes(r)).toEqual([]);
  });

  it('wrong limit types from JavaScript callers are diagnostics', () => {
    expect(codes(createScanner({ limits: { maxFindings: 'ten' } } as never))).toEqual(['input.wrong-type']);
    expect(codes(createScanner({ limits: 7 } as never))).toEqual(['input.wrong-type']);
    expect(codes(createScanner({ limits: { maxBytes: -1 } }))).toEqual(['input.wrong-type']);
  });
});
