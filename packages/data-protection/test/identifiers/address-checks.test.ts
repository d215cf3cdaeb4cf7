/**
 * The Address pattern's two speed-up lookaheads (its first characters as ASCII ranges, and the
 * German street word's length-and-house-number check) are implied by the grammar: the pattern
 * with them finds exactly what it finds without them (fast-check over address-like text).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { address, ADDRESS_FIRST_CHECK } from '../../src/identifiers/managed/address.js';
import { GERMAN_STREET_CHECK } from '../../src/identifiers/managed/address-parts.js';

const PIECES = [
  'Musterstraße 12, 10115 Berlin', 'Goethestr. 14, 60313 Frankfurt am Main', 'Lindenweg 3', 'Am Markt 3, 80331 München', 'Unter den Linden 77',
  'Postfach 10 12 34, 10115 Berlin', 'Hauptstrasse', 'Schlossallee 9a', 'Ring 5', 'Ringstraße 5, 1010 Wien', 'Kurfürstendammstraßenecke 1',
  '18 rue de la Paix, 75002 Paris', 'BP 42, 75002 Paris', 'Via Roma 10, 00184 Roma', 'C/ Gran Vía, 28, 28013 Madrid', '123 Main St, Springfield, IL 62704',
  'P.O. Box 12, Austin, TX 73301', 'Flat 3, 10 Downing Street, London SW1A 2AA', 'Toronto, ON M5H 2S6', 'Sydney NSW 2000',
  'Ünterstraße 4', 'Éva', 'Straße', ' ', ', ', '\n', '"', '-', '.', "'", '’', '1', '42', '12345', 'a', 'Z', 'Abcdefghijklmnopqrstuvwxyzabcdefghij', 'ß', '😀',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((p) => p.join(''));

/** [start, end] of every match. */
function spans(re: RegExp, t: string): number[] {
  return [...t.matchAll(re)].flatMap((m) => [m.index, m.index + m[0].length]);
}

describe('Address speed-up lookaheads', () => {
  const plain = new RegExp(address.pattern.source.replace(ADDRESS_FIRST_CHECK, '').replace(GERMAN_STREET_CHECK, ''), address.pattern.flags);

  it('are in the pattern (so the comparison below compares something)', () => {
    expect(address.pattern.source).toContain(ADDRESS_FIRST_CHECK);
    expect(address.pattern.source).toContain(GERMAN_STREET_CHECK);
    expect(plain.source.length).toBe(address.pattern.source.length - ADDRESS_FIRST_CHECK.length - GERMAN_STREET_CHECK.length);
  });

  it('change no match', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(spans(address.pattern, t)).toEqual(spans(plain, t));
      }),
      { numRuns: 3000 },
    );
  });
});
