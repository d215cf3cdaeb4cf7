/**
 * E-mail addresses: an RFC 5322 dot-atom local part widened to RFC 6531 (internationalised mail:
 * any letter, digit or combining mark, so `josé.garcía@…` and `用户@…` count), a dotted domain of
 * LDH or Unicode (IDN U-label) labels, and an alphabetic, Unicode or punycode TLD. AWS's table
 * says only "Electronic mail address, keyword: No".
 */
import type { ManagedIdentifier } from '../types.js';

/** One local-part character: letters and digits of any script, combining marks, and dot-atom symbols. */
const LOCAL = '[\\p{L}\\p{M}\\p{N}._%+-]';
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{M}\\p{N}-]{0,61}[\\p{L}\\p{M}\\p{N}])?';
const TLD = '(?:\\p{L}[\\p{L}\\p{M}]{1,62}|xn--[A-Za-z0-9-]{1,59})';

export const emailAddress: ManagedIdentifier = {
  name: 'EmailAddress',
  category: 'Personal',
  // The look-behind makes a candidate start only where a run of local-part characters starts.
  pattern: new RegExp(`(?<!${LOCAL})${LOCAL}{1,64}@(?:${LABEL}\\.)+${TLD}(?![\\p{L}\\p{M}\\p{N}-]|\\.[\\p{L}\\p{N}])`, 'gu'),
  hint: (text) => text.includes('@'),
  // 64 local-part characters are at most 128 UTF-16 code units (astral letters take two).
  anchors: [{ at: '@', within: 128 }],
  validate: (c) => !c.startsWith('.') && !c.includes('..'),
};
