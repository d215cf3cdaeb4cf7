/**
 * Postal addresses of AU CA FR DE IT ES GB US. AWS finds them with machine learning and requires a
 * city/place and a postal code; this is a deterministic street-address grammar per national
 * format (see `address-parts.ts`): a street line (unit, house number, street and type, or a PO box)
 * then the place line (city with state/province and postcode in that country's order), separated
 * by a comma, a space or a newline. A street without its place line, or a place line alone, is not
 * an address. Measured in bench/names-addresses.mjs; the choice is in the README.
 */
import type { ManagedIdentifier } from '../types.js';
import { CONTINENTAL, ENGLISH_PLACE, ENGLISH_STREET_LINE, ENGLISH_STREET_WORDS } from './address-parts.js';

/**
 * What every form starts with (an upper-case letter or a digit), as ASCII ranges V8 tests quickly
 * at each position; implied, so it changes no match, and the pattern runs at twice the speed.
 */
export const ADDRESS_FIRST_CHECK = '(?=[A-Z\\d\\u{80}-\\u{10FFFF}])';

export const address: ManagedIdentifier = {
  name: 'Address',
  category: 'Personal',
  pattern: new RegExp(`${ADDRESS_FIRST_CHECK}(?<![\\p{L}\\p{N}/#-])(?:${ENGLISH_STREET_LINE}${ENGLISH_PLACE}|${CONTINENTAL})(?![\\p{L}\\p{N}-])`, 'gu'),
  // Every form has a postal code of four or more digits, or a British/Canadian one (digit in both halves).
  hint: (text) => /\d/.test(text),
  // Where a match can be (so the scanner runs the pattern only there, not at every letter and digit):
  // a continental address has its place line's five-digit postcode, a space and the city's capital
  // (written out, not as `\d{5}`, so V8 skips ahead through the text), at most 331 UTF-16 code
  // units after its start (the longest street line, astral letters counted twice, and a separator);
  // an English one has its street type (or `Box`) at most 289 after its start (a unit, a house
  // number, a direction and four capitalised words).
  anchors: [{ at: '\\d\\d\\d\\d\\d [A-Z\\u0080-\\uffff]', within: 331 }],
  anchorWords: { words: ENGLISH_STREET_WORDS, within: 289 },
  note: 'ML at AWS; deterministic street grammar per national format here (needs a city and a postal code)',
};
