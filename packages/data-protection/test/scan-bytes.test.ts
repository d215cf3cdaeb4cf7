/**
 * Messages that arrive as bytes: `scan` reports for UTF-8 bytes exactly what it reports for the
 * text they encode (offsets in that text's UTF-16 code units), in both scanner modes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScanner, scanText } from '../src/index.js';

// Identifiers and their keywords among multi-byte characters (2-, 3- and 4-byte UTF-8).
const FRAGMENTS = ['SSN: ', '123-12-1234', 'email ', 'ana@example.com', 'credit card ', '4539153111026901', 'phone ', '+1 415 555 0132', 'é', 'ß', '€', '😀', ' ', '\n', '"', 'x'];
const text = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 24 }).map((parts) => parts.join(''));
const json = fc.array(fc.tuple(fc.constantFrom('ssn', 'note', 'straße', 'e😀'), text), { maxLength: 5 }).map((entries) => JSON.stringify(Object.fromEntries(entries)));

describe('scanning bytes', () => {
  const identifiers = ['Ssn-US', 'EmailAddress', 'CreditCardNumber', 'PhoneNumber-US'];
  const scanners = (['compiled', 'reference'] as const).map((mode) => createScanner({ identifiers, mode, includeText: true }));

  it('finds in UTF-8 bytes what it finds in their text', () => {
    fc.assert(
      fc.property(fc.oneof(text, json), fc.boolean(), (t, asBuffer) => {
        const bytes = asBuffer ? Buffer.from(t, 'utf8') : new TextEncoder().encode(t);
        for (const scanner of scanners) {
          if (!scanner.ok) throw new Error('scanner setup failed');
          expect(scanner.value.scan(bytes)).toEqual(scanner.value.scan(t));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reports offsets in the decoded text', () => {
    const found = scanText(Buffer.from('€😀 SSN: 123-12-1234'), { identifiers: ['Ssn-US'] });
    expect(found.ok && found.value.map((f) => [f.start, f.end])).toEqual([[9, 19]]);
  });
});
