/**
 * Sticky regular expressions for shallow JSON values: arrays of scalars nested at most
 * ARRAY_PATTERN_DEPTH deep (coordinates, tags, matrices), and objects two deep whose values are
 * scalars, such arrays or objects of those (records, GeoJSON geometries). irregexp compiles them
 * to native code, which passes over such a value about twice as fast as a character loop in JS.
 * They accept a subset of what `JSON.parse` accepts, built from ECMA-404's grammar: a member or
 * element is followed by `,` (then not the closing bracket) or by the closing bracket, so `[1,]`,
 * `{"a":1,}`, `[,1]`, `[1 2]`, `{"a" 1}` fail; numbers are followed by a delimiter, so `01`
 * fails; `[^"\\\x00-\x1f]` takes any other code unit, lone surrogates included, as `JSON.parse`
 * does. A failure only means "not this shape": the caller then skips with the exact character
 * loop. Backtracking stays linear (each element matches one way), and the caller bounds the text
 * length so irregexp's backtrack stack stays small. Sources stay far below the size beyond
 * which V8 interprets a regexp instead of compiling it.
 */
const WS = '[ \\t\\n\\r]*';
const NUMBER = '-?(?:0|[1-9]\\d*)(?:\\.\\d+)?(?:[eE][+-]?\\d+)?';
// Unrolled (plain runs between escapes): irregexp runs a greedy class as a tight loop, where an
// alternation under `*` would push a backtrack entry per character.
const PLAIN = '[^"\\\\\\x00-\\x1f]*';
const STRING = `"${PLAIN}(?:\\\\(?:["\\\\/bfnrt]|u[0-9a-fA-F]{4})${PLAIN})*"`;
const SCALAR = `(?:${STRING}|${NUMBER}|true|false|null)`;

/** Nesting the pattern covers; every level doubles its size (kept well under irregexp's native-code limit). */
export const ARRAY_PATTERN_DEPTH = 4;

const arrayOf = (element: string) => `\\[${WS}(?:${element}${WS}(?:,${WS}(?!\\])|(?=\\])))*\\]`;

const objectOf = (value: string) => `\\{${WS}(?:${STRING}${WS}:${WS}${value}${WS}(?:,${WS}(?!\\})|(?=\\})))*\\}`;

function arraySource(): string {
  let element = SCALAR;
  for (let k = 1; k < ARRAY_PATTERN_DEPTH; k++) element = `(?:${SCALAR}|${arrayOf(element)})`;
  return arrayOf(element);
}

const ARRAY_SOURCE = arraySource();
/** Objects two deep whose values are scalars, such arrays, or objects of those (GeoJSON geometries, flat records). */
const INNER_OBJECT = objectOf(`(?:${SCALAR}|${ARRAY_SOURCE})`);
const OBJECT_SOURCE = objectOf(`(?:${SCALAR}|${ARRAY_SOURCE}|${INNER_OBJECT})`);

/** Longest text the pattern is run on (its backtrack stack grows with the array's length). */
export const ARRAY_PATTERN_MAX_TEXT = 1 << 20;

const ARRAY = new RegExp(ARRAY_SOURCE, 'y');
/** Arrays (up to the same depth) of plain decimal numbers only: no strings, literals or exponents. */
const NUMBER_ARRAY = (() => {
  let element = '-?(?:0|[1-9]\\d*)(?:\\.\\d+)?';
  for (let k = 1; k < ARRAY_PATTERN_DEPTH; k++) element = `(?:${element}|${arrayOf(element)})`;
  return new RegExp(arrayOf(element), 'y');
})();
const OBJECT = new RegExp(OBJECT_SOURCE, 'y');

/** Regexp syntax in a literal, escaped. */
const literal = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/**
 * A sticky pattern for a run of object members, from a key's opening quote to the end of the last
 * value: keys written raw, without dots, none of `named`; values a scalar or a shallow array or
 * object (the shapes above). A reader that wants only the `named` keys passes over such a run in
 * one native match (`matchMemberRun`). Keys with escapes or dots end the run: decoded or split,
 * they may still name a key, so the reader decides those itself.
 */
export function memberRunPattern(named: readonly string[]): RegExp {
  const excluded = named.length === 0 ? '' : `(?!(?:${named.map(literal).join('|')})")`;
  const member = `"${excluded}[^"\\\\\\x00-\\x1f.]*"${WS}:${WS}(?:${SCALAR}|${ARRAY_SOURCE}|${OBJECT_SOURCE})`;
  return new RegExp(`${member}(?:${WS},${WS}${member})*`, 'y');
}

/**
 * The index after what sticky `re` matches at `i`, or -1 when it does not (or the text is too long
 * for its backtrack stack, or irregexp hits its own stack limit: the caller then reads by hand).
 */
function stickyEnd(re: RegExp, s: string, i: number): number {
  if (s.length > ARRAY_PATTERN_MAX_TEXT) return -1;
  re.lastIndex = i;
  try {
    return re.test(s) ? re.lastIndex : -1;
  } catch {
    return -1;
  }
}

/** The index after the run of members `run` (a `memberRunPattern`) matches at `i`, or -1 when none does. */
export const matchMemberRun = (run: RegExp, s: string, i: number): number => stickyEnd(run, s, i);

/** The index after the array of plain decimal numbers at `i` (see NUMBER_ARRAY), or -1. */
export const matchNumberArray = (s: string, i: number): number => stickyEnd(NUMBER_ARRAY, s, i);

/**
 * The index after the array (`[` at `i`) or object (`{`) of the shapes above, or -1 when it is
 * not one (or is too deep for the pattern).
 */
export const matchShallowValue = (s: string, i: number): number => stickyEnd(s.charCodeAt(i) === 91 ? ARRAY : OBJECT, s, i);
