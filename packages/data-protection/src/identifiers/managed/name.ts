/**
 * Full names (Latin script). AWS uses machine learning; this is a deterministic grammar. A candidate
 * is a run of two to four name words (capitalised, with hyphens, apostrophes, `Mc`-style inner
 * capitals), optionally with initials (`J.`) and particles (`van der`, `de`) between them. It is a
 * name when nothing in or right after it says "place, company or product" (see `name-words.ts`)
 * and either its first word is a known given name, or the context says "person": a cue word
 * before it (`Dear`, `Dr.`, `Signed by`, `From:`…) or a JSON member named for a person holding
 * exactly the name. Measured in bench/names-addresses.mjs; the choice is in the README.
 */
import type { CandidateContext, ManagedIdentifier } from '../types.js';
import { GIVEN_NAMES, givenNameSource } from './given-names.js';
import { CUE_BEFORE, STREET_BEFORE, isNonNameWord, PERSON_KEY, NOT_PERSON_KEY } from './name-words.js';

const PART = "\\p{Lu}(?:['’]\\p{Lu})?\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}\\p{Ll}+)?";
const PARTICLE = '(?:van|von|der|den|de|del|della|di|da|du|dos|das|le|la|ter|ten|bin|ibn|y)';
const GAP = ` (?:\\p{Lu}\\. )?(?:${PARTICLE} ){0,2}`;
/** Cue words never start a name; they are read as context instead. */
const STOP = '(?!(?:Dear|Patient|Mr|Mrs|Ms|Miss|Dr|Prof|Signed|Approved|Reviewed|From|To|Hi|Hello|Attn|Customer|Contact|Name|Driver|Nurse|Regards|Thanks)\\b)';
/** A capitalised word right before a given name ("Yesterday Emma Lee") does not start the run: the name does. */
// Bounded word in the lookahead: the windowed scanner needs a finite lookaround reach.
const NOT_BEFORE_GIVEN = `(?!(?!${givenNameSource()})\\p{Lu}[\\p{L}'’-]{0,30} ${givenNameSource()})`;

function hasPersonContext(ctx: CandidateContext): boolean {
  const before = ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start);
  // A JSON string that is exactly the name, under a person-like member name.
  const json = /"([^"\\]{1,60})"\s*:\s*"$/.exec(before);
  if (json) {
    const key = json[1]!;
    return ctx.text[ctx.end] === '"' && PERSON_KEY.test(key) && !NOT_PERSON_KEY.test(key);
  }
  return CUE_BEFORE.test(before);
}

/** The word right after the candidate (skipping one space), if it is capitalised. */
function nextCapitalised(ctx: CandidateContext): string | undefined {
  const m = /^ (\p{Lu}[\p{L}'’-]*)/u.exec(ctx.text.slice(ctx.end, ctx.end + 40));
  return m?.[1];
}

function validateName(candidate: string, ctx: CandidateContext): boolean {
  const words = candidate.split(' ');
  if (words.some(isNonNameWord)) return false;
  // "Walt Disney World", "George Washington Bridge": a longer capitalised phrase is not a person.
  const next = nextCapitalised(ctx);
  if (next !== undefined) return false;
  // "rue Victor Hugo", "Via Giuseppe Garibaldi": a street named after a person.
  if (STREET_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start))) return false;
  if (GIVEN_NAMES.has(words[0]!.split('-')[0]!)) return true;
  return hasPersonContext(ctx);
}

export const name: ManagedIdentifier = {
  name: 'Name',
  category: 'Personal',
  pattern: new RegExp(`(?<![\\p{L}\\p{N}'’.@_/-])${STOP}${NOT_BEFORE_GIVEN}${PART}(?:${GAP}${PART}){1,3}(?![\\p{L}\\p{N}'’@_-])`, 'gu'),
  // Every candidate has a capitalised word followed by a space (its first part, or the lower half of one).
  hint: (text) => /\p{Lu}\p{Ll}+ /u.test(text),
  validate: validateName,
  note: 'ML at AWS; name-word grammar with a given-name lexicon and person context here',
};
