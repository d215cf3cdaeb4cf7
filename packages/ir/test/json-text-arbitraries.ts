/**
 * fast-check arbitraries for JSON body TEXT (not values): random whitespace, strings and keys
 * with characters written raw or as escapes (`\uXXXX` in either case, short escapes, escaped
 * surrogate pairs and lone surrogates), numbers in every JSON form, duplicate keys, deep nesting,
 * long strings, many keys, and invalid mutations of all of these. The oracle is `JSON.parse`.
 * Object keys come from the caller's pool (the SNS tests pass the keys their policies name).
 */
import fc from 'fast-check';

const ws = fc.constantFrom('', '', '', ' ', '  ', '\n', '\t', '\r\n  ');

const SHORT: Record<string, string> = { '"': '\\"', '\\': '\\\\', '/': '\\/', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Writes `text` as a JSON string token, each code unit raw or escaped as `modes` says. */
function encodeString(text: string, modes: number[]): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    const mode = modes[i % Math.max(modes.length, 1)] ?? 0;
    const hex = code.toString(16).padStart(4, '0');
    const mustEscape = ch === '"' || ch === '\\' || code < 0x20;
    if (mode === 1) out += `\\u${hex}`;
    else if (mode === 2) out += `\\u${hex.toUpperCase()}`;
    else if (mustEscape || (mode === 3 && SHORT[ch])) out += SHORT[ch] ?? `\\u${hex}`;
    else out += ch;
  }
  return out + '"';
}

/** Values of strings in bodies: the policy pool plus quotes, backslashes, controls, surrogates. */
const stringValue = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('x', 'y', 'xy', 'yx', '', 'X', 'Xy', '10.0.0.1', 'ß', 'ǅ', 'a.b') },
  fc.constantFrom('"', '\\', 'x"y', 'a\\b', '\n', '\u0000', '\u001f', '\uD83D\uDE00', '\uD800', '\uDC00', 'x/y', 'y'.repeat(1000)),
  fc.string({ maxLength: 6 }),
);

const stringText = (values: fc.Arbitrary<string>) =>
  fc.tuple(values, fc.array(fc.nat(3), { minLength: 1, maxLength: 4 })).map(([text, modes]) => encodeString(text, modes));

/** Number tokens: the forms JSON allows, including ones equal to policy numbers by value. */
const numberText = fc.oneof(
  fc.constantFrom('0', '-0', '-0.0', '1', '1.0', '-1', '1.5', '15e-1', '0.15E1', '100', '1e2', '1E+2', '100.0000001', '100.00000010'),
  fc.constantFrom('1e9', '1000000000.0', '-122.41601', '-122.416010', '-1.2241601e2', '3.015e2', '301.5', '1e5', '1E-7', '0.10', '1e400', '-1e400', '5e-324', '123456789012.345', '-5e15'),
  fc
    .tuple(fc.boolean(), fc.oneof(fc.constant('0'), fc.bigInt({ min: 1n, max: 10n ** 20n }).map(String)), fc.option(fc.nat(999999)), fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), fc.nat(30))))
    .map(([neg, int, frac, exp]) => `${neg ? '-' : ''}${int}${frac === null ? '' : `.${frac}`}${exp === null ? '' : `${exp[0]}${exp[1]}${exp[2]}`}`),
);

const scalarText = fc.oneof({ weight: 3, arbitrary: stringText(stringValue) }, { weight: 3, arbitrary: numberText }, fc.constantFrom('true', 'false', 'null'));

const join = (items: string[], pads: string[]) => items.map((t, i) => `${pads[i % pads.length] ?? ''}${t}`).join(',');

/** Indices of the characters of `text` in `set`. */
const positionsOf = (text: string, set: string) => [...text].flatMap((ch, i) => (set.includes(ch) ? [i] : []));

/**
 * Mutations that (mostly) break the text: truncation, trailing garbage, stray characters, and
 * structural ones (a comma before a closing bracket, a comma dropped or doubled, a bracket swapped).
 */
const mutate = (text: string, at: number, pick: number): string => {
  const i = text.length === 0 ? 0 : at % text.length;
  const garbage = [',', '}', ']', 'x', '"', '\\x', '\\u12', '\\uZZZZ', '\u0001', '01', '-', '1.', '.5', '1e', 'tru', 'nul', '\uFEFF', ' {}'][pick % 18]!;
  const closers = positionsOf(text, ']}');
  const commas = positionsOf(text, ',');
  const c = closers[at % Math.max(closers.length, 1)] ?? i;
  const k = commas[at % Math.max(commas.length, 1)] ?? i;
  switch (pick % 7) {
    case 0:
      return text.slice(0, i);
    case 1:
      return text + garbage;
    case 2:
      return text.slice(0, i) + garbage + text.slice(i);
    case 3:
      return text.slice(0, i) + text.slice(i + 1);
    case 4:
      return `${text.slice(0, c)},${text.slice(c)}`;
    case 5:
      return pick % 2 ? text.slice(0, k) + text.slice(k + 1) : `${text.slice(0, k)},${text.slice(k)}`;
    default:
      return text.slice(0, c) + (text[c] === ']' ? '}' : ']') + text.slice(c + 1);
  }
};

/** Tokens alone, for the decoders. */
export const stringTokenArb = stringText(stringValue);
export const numberTokenArb = numberText;

/** Whole texts whose object keys are drawn from `keys`. */
export function jsonTextArbitraries(keys: fc.Arbitrary<string>): { jsonTextArb: fc.Arbitrary<string>; bodyTextArb: fc.Arbitrary<string> } {
  const { value: valueText, object: objectText } = fc.letrec<{ value: string; array: string; object: string }>((tie) => ({
    value: fc.oneof({ maxDepth: 4, depthSize: 'small' }, { weight: 5, arbitrary: scalarText }, tie('array'), tie('object')),
    array: fc.tuple(fc.array(tie('value'), { maxLength: 4 }), fc.array(ws, { minLength: 1, maxLength: 3 }), ws).map(([items, pads, end]) => `[${join(items, pads)}${end}]`),
    // Entries, not a dictionary: keys repeat (duplicates) and are written raw or escaped.
    object: fc
      .tuple(fc.array(fc.tuple(stringText(keys), ws, ws, tie('value')), { maxLength: 5 }), fc.array(ws, { minLength: 1, maxLength: 3 }), ws)
      .map(([entries, pads, end]) => `{${join(entries.map(([k, a, b, v]) => `${k}${a}:${b}${v}`), pads)}${end}}`),
  }));

  /** Bodies nested deep (arrays around the reference's 256-level cap, long object chains) or wide. */
  const deepText = fc.oneof(
    fc.tuple(fc.constantFrom(3, 255, 256, 257, 2000), scalarText).map(([n, v]) => `{"a": ${'['.repeat(n)}${v}${']'.repeat(n)}, "b": 1}`),
    fc.tuple(fc.constantFrom(5, 300, 5000), scalarText).map(([n, v]) => `{"b": "x", "a": ${'{"b":'.repeat(n)}${v}${'}'.repeat(n)}}`),
    fc.tuple(fc.constantFrom(50, 2000), scalarText).map(([n, v]) => `{${Array.from({ length: n }, (_, i) => `"k${i}": ${i}`).join(',')}, "a": ${v}}`),
  );

  const objectBody = fc.tuple(ws, valueText, ws).map(([a, v, b]) => `${a}${v}${b}`);
  const validBody = fc.oneof({ weight: 6, arbitrary: fc.tuple(ws, objectText, ws).map(([a, v, b]) => `${a}${v}${b}`) }, objectBody, deepText);
  return {
    /** Any JSON text: a value with whitespace around it. */
    jsonTextArb: objectBody,
    /** Body text: mostly valid JSON objects, sometimes other JSON, sometimes a mutated (often invalid) one. */
    bodyTextArb: fc.oneof(
      { weight: 6, arbitrary: validBody },
      fc.tuple(validBody, fc.nat(), fc.nat()).map(([t, at, pick]) => mutate(t, at, pick)),
      fc.constantFrom('', ' ', '{}', ' { } ', '[]', '[{"a":"x"}]', '"x"', '42', 'null', '{"a":"x"} x', '{"a":"x",}', '{"a" "x"}', '\uFEFF{"a":"x"}'),
    ),
  };
}
