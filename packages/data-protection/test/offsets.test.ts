/**
 * Offsets a user can trust: after text in any script, each finding's UTF-16 `start`/`end` (inclusive)
 * slice out exactly the sensitive value, in raw text and inside JSON, for both scanners; with
 * `offsets: 'code-points'` they index the string's code points instead.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanText, type ScanMode } from '../src/index.js';

/** Text before the value: accents, CJK, emoji (astral, ZWJ sequences), combining marks, RTL, Devanagari. */
const SCRIPTS = ['café ', 'Ünïcödé ', '東京都の ', '👩‍💻 ', '🇩🇪 ', 'e\u0301e\u0301 ', 'שלום ', 'नमस्ते ', 'ÅÄÖ ', '😀', ' '];
const VALUES: Array<[string, string]> = [
  ['EmailAddress', 'ana@example.com'],
  ['Ssn-US', '123-12-1234'],
  ['CreditCardNumber', '4539894458086459'],
  ['IpAddress', '192.0.2.17'],
];
const KEYWORD: Record<string, string> = { 'Ssn-US': 'ssn ', CreditCardNumber: 'card ', EmailAddress: '', IpAddress: '' };

for (const mode of ['compiled', 'reference'] as ScanMode[]) {
  describe(`finding offsets after non-ASCII text (${mode})`, () => {
    it('slice out the value in UTF-16 code units (raw text and JSON string values)', () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...SCRIPTS), { maxLength: 6 }), fc.constantFrom(...VALUES), fc.boolean(), (prefix, [name, value], json) => {
          const before = prefix.join('') + KEYWORD[name]!;
          const text = json ? JSON.stringify({ note: before, [name === 'Ssn-US' ? 'ssn' : 'v']: value, after: prefix.join('') }) : `${before}${value} ${prefix.join('')}`;
          const r = scanText(text, { identifiers: [name], mode });
          expect(r.ok && r.value.map((f) => text.slice(f.start, f.end + 1))).toEqual([value]);
        }),
        { numRuns: 150 },
      );
    });

    it('index code points with offsets: code-points', () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...SCRIPTS), { maxLength: 6 }), fc.constantFrom(...VALUES), (prefix, [name, value]) => {
          const text = `${prefix.join('')}${KEYWORD[name]!}${value} 🙂`;
          const r = scanText(text, { identifiers: [name], mode, offsets: 'code-points' });
          const points = [...text];
          expect(r.ok && r.value.map((f) => points.slice(f.start, f.end + 1).join(''))).toEqual([value]);
        }),
        { numRuns: 150 },
      );
    });

    it.each([
      ['😀 ana@example.com', 3, 17, 2, 16],
      ['e\u0301 ana@example.com', 3, 17, 3, 17],
      ['東京 ana@example.com', 3, 17, 3, 17],
      ['👩‍💻 ana@example.com', 6, 20, 4, 18],
    ])('%s: UTF-16 %i..%i, code points %i..%i', (text, s16, e16, sCp, eCp) => {
      const a = scanText(text, { identifiers: ['EmailAddress'], mode });
      const b = scanText(text, { identifiers: ['EmailAddress'], mode, offsets: 'code-points' });
      expect([a.ok && a.value[0], b.ok && b.value[0]]).toEqual([{ name: 'EmailAddress', start: s16, end: e16 }, { name: 'EmailAddress', start: sCp, end: eCp }]);
    });

    it('counts a custom (RE2) identifier in the same units after astral text', () => {
      const text = '🎉🎉 EID-123456789-US';
      const r = scanText(text, { identifiers: [], custom: [{ name: 'EmployeeId', regex: 'EID-\\d{9}-US' }], mode });
      expect(r.ok && r.value.map((f) => text.slice(f.start, f.end + 1))).toEqual(['EID-123456789-US']);
    });

    it('counts JSON escapes as written in the raw body', () => {
      const text = '{"note":"caf\\u00e9 \\ud83d\\ude00","email":"ana@example.com"}';
      const r = scanText(text, { identifiers: ['EmailAddress'], mode });
      expect(r.ok && r.value.map((f) => [f.start, text.slice(f.start, f.end + 1)])).toEqual([[42, 'ana@example.com']]);
    });
  });
}
