/**
 * The Address anchors (a five-digit postcode before a capital, found by a regex the engine skips
 * through; a street type word, found by the keyword pass) hold for every Address match, also at the
 * longest street lines the grammar allows, so the compiled scanner, which runs the pattern only near
 * them, reports exactly what the reference scanner reports (fast-check over address fragments glued
 * into noise, unicode and JSON).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScanner } from '../src/index.js';
import { address } from '../src/identifiers/managed/address.js';
import { holdsAnchor } from './anchor-support.js';

const ASTRAL_WORD = '\u{1d400}' + '\u{1d41a}'.repeat(30); // a capital and 30 letters, 62 UTF-16 code units
/** The longest English street line before its type word: unit, house number, direction, four words. */
const LONGEST_ENGLISH = `Apartment. ABCDEF, 123456A/12345A N. ${`${ASTRAL_WORD} `.repeat(4)}Street, Springfield, IL 62704`;
/** The longest continental street line before its postcode: an Italian square of five long words, a unit. */
const LONGEST_CONTINENTAL = `Piazzale ${`${'\u{1d41a}'.repeat(30)} `.repeat(4)}${'\u{1d41a}'.repeat(30)}, 1234A, 12º A, - 00184 Roma`;

const FRAGMENTS = [
  '123 Main St', '2500 W Lake Street Apt 12B', '1234 Rue Sainte-Catherine O', '1000 Broadway #210', 'P.O. Box 12', 'Post Office Box 7, Station A',
  'Flat 3, 10 Downing Street', 'Unit 4, 22 Smith Rd', ', Springfield, IL 62704', ' London SW1A 2AA', ', Toronto, ON M5H 2S6', ' Sydney NSW 2000',
  'Musterstraße 12', 'Goethestr. 14', 'Am Markt 3', 'Unter den Linden 77', 'Postfach 10 12 34', '18 rue de la Paix', 'BP 42', 'Via Roma 10',
  'C/ Gran Vía, 28', ', 10115 Berlin', ', 75002 Paris', ' - 00184 Roma', ', 28013 Madrid', 'St', 'Street', 'ST', 'st', 'Box', 'Ave.',
  ' ', ', ', '\n', '"', '\\"', '\\n', ':', '-', '.', '/', '#', '12345', '62704', 'Springfield', 'Ünter', '\u{1d400}\u{1d41a}', 'é', '\ud800', 'x_', 'aSt',
];
const text = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 24 }).map((p) => p.join(''));
const json = fc.array(fc.tuple(fc.constantFrom('address', 'note', 'street'), text), { maxLength: 4 }).map((e) => JSON.stringify(Object.fromEntries(e)));

/** [start, end) of every Address match. */
function matches(t: string): Array<[number, number]> {
  return [...t.matchAll(new RegExp(address.pattern.source, address.pattern.flags))].map((m) => [m.index, m.index + m[0].length]);
}

describe('Address anchors', () => {
  it('hold at the longest street lines the grammar allows (so the declared distances are large enough)', () => {
    for (const t of [LONGEST_ENGLISH, LONGEST_CONTINENTAL]) {
      expect(matches(t)).toEqual([[0, t.length]]);
      expect(holdsAnchor(address, t, 0, t.length)).toBe(true);
    }
    // One code unit shorter reach would miss them: the distances are tight, not guessed.
    const english = { ...address, anchors: [], anchorWords: { ...address.anchorWords!, within: address.anchorWords!.within - 1 } };
    expect(holdsAnchor(english, LONGEST_ENGLISH, 0, LONGEST_ENGLISH.length)).toBe(false);
    const continental = { ...address, anchorWords: undefined, anchors: [{ ...address.anchors![0]!, within: address.anchors![0]!.within - 1 }] };
    expect(holdsAnchor(continental, LONGEST_CONTINENTAL, 0, LONGEST_CONTINENTAL.length)).toBe(false);
  });

  it('hold for every match in generated text', () => {
    fc.assert(
      fc.property(fc.oneof(text, json), (t) => {
        for (const [start, end] of matches(t)) expect(holdsAnchor(address, t, start, end), `${start} in ${JSON.stringify(t)}`).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('leave the compiled scanner agreeing with the reference scanner', () => {
    const compiled = createScanner({ identifiers: ['Address', 'Name', 'ZipCode-US'] });
    const reference = createScanner({ identifiers: ['Address', 'Name', 'ZipCode-US'], mode: 'reference' });
    if (!compiled.ok || !reference.ok) throw new Error('scanner setup failed');
    for (const t of [LONGEST_ENGLISH, LONGEST_CONTINENTAL]) expect(compiled.value.scan(t)).toEqual(reference.value.scan(t));
    fc.assert(
      fc.property(fc.oneof(text, json), (t) => {
        expect(compiled.value.scan(t)).toEqual(reference.value.scan(t));
      }),
      { numRuns: 1000 },
    );
  });
});
