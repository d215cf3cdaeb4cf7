/**
 * Typos that are valid JSON but silently never match (spec §4, the Lambda ABAC announcement):
 * curly quotes in names or values, and `$}…}` / `{aws:…}` instead of `${…}`. The project rejects them.
 */
import { diagnostic, joinPointer, type Diagnostic } from '@arbiter/ir';
import { IamCodes } from '../codes.js';
import { findCurlyQuote, findVariableTypo } from '../variables.js';

/** Visits every string (object keys included) down to `maxDepth`, with its pointer. */
export function scanStrings(value: unknown, visit: (s: string, pointer: string, isKey: boolean) => void, pointer = '', depth = 0): void {
  if (depth > 64) return;
  if (typeof value === 'string') visit(value, pointer, false);
  else if (Array.isArray(value)) value.forEach((v, i) => scanStrings(v, visit, joinPointer(pointer, i), depth + 1));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const at = joinPointer(pointer, k);
      visit(k, at, true);
      scanStrings(v, visit, at, depth + 1);
    }
  }
}

export function checkTypos(doc: unknown): Diagnostic[] {
  const out: Diagnostic[] = [];
  scanStrings(doc, (s, at, isKey) => {
    const what = isKey ? 'name' : 'value';
    const curly = findCurlyQuote(s);
    if (curly) {
      out.push(
        diagnostic(IamCodes.curlyQuote, 'policy', at, `curly quote \`${curly}\` in ${what} \`${s}\`: IAM reads it as literal text that never matches`, {
          params: { quote: curly, text: s },
          help: 'replace curly quotes with straight quotes, or remove them',
        }),
      );
    }
    const typo = findVariableTypo(s);
    if (typo) {
      out.push(
        diagnostic(IamCodes.variableTypo, 'policy', at, `malformed policy variable \`${typo}\` in ${what} \`${s}\`: a variable is written \`\${key}\``, {
          params: { typo, text: s },
          help: 'write the variable as `${aws:PrincipalTag/key}`',
        }),
      );
    }
  });
  return out;
}
