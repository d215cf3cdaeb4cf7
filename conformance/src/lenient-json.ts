/**
 * Python's `json` module writes non-finite floats as bare `Infinity`, `-Infinity` and `NaN`, which
 * `JSON.parse` rejects. A corpus line holding one (an overflowing number in an invalid-pattern
 * case) is read with those tokens as JavaScript numbers instead of being dropped as malformed.
 */
const NON_FINITE: Record<string, number> = { Infinity: Infinity, '-Infinity': -Infinity, NaN: NaN };

/** `JSON.parse`, but accepting bare Infinity/-Infinity/NaN outside strings; throws like `JSON.parse` otherwise. */
export function parseLenientJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch (error) {
    const sentinel = `\u0000nonfinite:`;
    let out = '';
    let inString = false;
    let replaced = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i] as string;
      if (inString) {
        out += c;
        if (c === '\\') out += line[++i] ?? '';
        else if (c === '"') inString = false;
        continue;
      }
      if (c === '"') inString = true;
      const token = /^(-Infinity|Infinity|NaN)/.exec(line.slice(i, i + 9))?.[1];
      if (!inString && token) {
        out += JSON.stringify(sentinel + token);
        i += token.length - 1;
        replaced = true;
      } else {
        out += c;
      }
    }
    if (!replaced) throw error;
    return JSON.parse(out, (_key, value: unknown) => (typeof value === 'string' && value.startsWith(sentinel) ? NON_FINITE[value.slice(sentinel.length)] : value));
  }
}
