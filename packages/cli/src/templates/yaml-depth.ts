/**
 * How deep YAML text nests, read before parsing. The `yaml` library recurses once per level, and
 * near the stack's end V8 can die outright (a fatal "RegExpCompiler Allocation failed" while
 * compiling a regex deep in the recursion: no exception to catch), so text nesting deeper than
 * the limit is refused before the parser sees it. Counted: flow collections (`[`, `{` outside
 * quotes and comments) and compact sequences (`- - - x`, each `- ` a level) plus indentation.
 */

/** Offset where the nesting first exceeds `limit`, or -1 when it never does. */
export function firstTooDeep(text: string, limit: number): number {
  let flow = 0;
  let lineStart = true;
  let block = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) {
      lineStart = true;
      block = 0;
      continue;
    }
    if (lineStart) {
      // Indentation and `- ` markers open block levels (at most one level per character).
      if (c === 32 /* space */) {
        block++;
        continue;
      }
      if (c === 45 /* - */ && text.charCodeAt(i + 1) === 32) {
        block++;
        continue;
      }
      lineStart = false;
    }
    if (c === 35 /* # */ && (i === 0 || /\s/.test(text[i - 1]!))) {
      const nl = text.indexOf('\n', i);
      i = (nl < 0 ? text.length : nl) - 1;
      continue;
    }
    if (c === 34 /* " */ || c === 39 /* ' */) {
      i = quoteEnd(text, i, c);
      continue;
    }
    if (c === 91 /* [ */ || c === 123 /* { */) flow++;
    else if ((c === 93 /* ] */ || c === 125) /* } */ && flow > 0) flow--;
    if (flow + block > limit) return i;
  }
  return -1;
}

/** Offset of the closing quote of the quoted scalar opened at `start` (or the text's last offset). */
function quoteEnd(text: string, start: number, quote: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote === 34 && c === 92 /* \ */) i++;
    else if (c === quote) {
      if (quote === 39 && text.charCodeAt(i + 1) === 39) i++; // '' inside '…'
      else return i;
    }
  }
  return text.length - 1;
}
