/**
 * A sticky regular expression for JSON arrays of scalars nested at most ARRAY_PATTERN_DEPTH deep
 * (coordinates, tags, matrices): irregexp compiles it to native code, which passes over such an
 * array about twice as fast as a character loop in JS. It accepts a subset of what `JSON.parse`
 * accepts, built from ECMA-404's grammar: an element is a scalar or a smaller array, followed by
 * `,` (then not `]`) or by `]`, so `[1,]`, `[,1]`, `[1 2]` fail; numbers are followed by a
 * delimiter, so `01` fails; `[^"\\\x00-\x1f]` takes any other code unit, lone surrogates
 * included, as `JSON.parse` does. A failure only means "not this shape": the caller then skips
 * with the exact character loop. Backtracking stays linear (each element matches one way), and
 * the caller bounds the text length so irregexp's backtrack stack stays small.
 */
const WS = '[ \\t\\n\\r]*';
const NUMBER = '-?(?:0|[1-9]\\d*)(?:\\.\\d+)?(?:[eE][+-]?\\d+)?';
const STRING = '"(?:[^"\\\\\\x00-\\x1f]|\\\\(?:["\\\\/bfnrt]|u[0-9a-fA-F]{4}))*"';
const SCALAR = `(?:${STRING}|${NUMBER}|true|false|null)`;

/** Nesting the pattern covers; every level doubles its size (kept well under irregexp's native-code limit). */
export const ARRAY_PATTERN_DEPTH = 4;

const arrayOf = (element: string) => `\\[${WS}(?:${element}${WS}(?:,${WS}(?!\\])|(?=\\])))*\\]`;

function buildArrayPattern(): RegExp {
  let element = SCALAR;
  for (let k = 1; k < ARRAY_PATTERN_DEPTH; k++) element = `(?:${SCALAR}|${arrayOf(element)})`;
  return new RegExp(arrayOf(element), 'y');
}

/** Longest text the pattern is run on (its backtrack stack grows with the array's length). */
export const ARRAY_PATTERN_MAX_TEXT = 1 << 20;

const ARRAY = buildArrayPattern();

/** The index after the array of scalars at `i`, or -1 when it is not one (or is too deep for the pattern). */
export function matchScalarArray(s: string, i: number): number {
  ARRAY.lastIndex = i;
  try {
    return ARRAY.test(s) ? ARRAY.lastIndex : -1;
  } catch {
    // irregexp's own stack limit: the caller falls back to the character loop.
    return -1;
  }
}
