/**
 * The scanner's leaf index (scan/json-leaves.ts, over @arbiter/ir's JSON kit) against
 * `JSON.parse` on generated text: it indexes exactly the object and array texts `JSON.parse`
 * accepts (up to its depth limit), and its leaves, read back from their raw spans, are the
 * parsed document's scalars in document order, each at its JSON pointer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonSafe } from '@arbiter/ir';
import { jsonTextArbitraries } from '../../ir/test/json-text-arbitraries.js';
import { indexJsonLeaves, pointerOf, type JsonIndex } from '../src/scan/json-leaves.js';

const keys = fc.constantFrom('a', 'b', 'a/b', 'c~d', '__proto__', 'constructor', 'ü', '', '\uD800', 'ssn');
const { bodyTextArb, jsonTextArb } = jsonTextArbitraries(keys);

const parse = (text: string): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
};

/** Nesting of containers (the index refuses more than 512 levels below the root). */
function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let most = 0;
  for (const v of Object.values(value)) most = Math.max(most, depthOf(v));
  return most + 1;
}

/** `[pointer, scalar]` for each scalar of a parsed document, in document order. */
function scalarsOf(value: unknown, pointer = '', out: Array<[string, unknown]> = []): Array<[string, unknown]> {
  if (value === null || typeof value !== 'object') out.push([pointer, value]);
  else for (const [k, v] of Object.entries(value)) scalarsOf(v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, out);
  return out;
}

/** True when some object of the document has a key that is an array index (JSON.parse orders those first). */
function hasIndexKey(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([k, v]) => (!Array.isArray(value) && /^(0|[1-9]\d*)$/.test(k) && Number(k) < 2 ** 32 - 1) || hasIndexKey(v));
}

const sorted = (pairs: Array<[string, unknown]>): string[] => pairs.map((p) => JSON.stringify(p)).sort();

/** Each leaf read back from its raw span by `JSON.parse`. */
function leavesOf(index: JsonIndex): Array<[string, unknown]> {
  return index.leafStart.map((start, k) => {
    const end = index.leafEnd[k]!;
    const quoted = index.text.charCodeAt(start - 1) === 34 && index.text.charCodeAt(end) === 34;
    const raw = quoted ? index.text.slice(start - 1, end + 1) : index.text.slice(start, end);
    return [pointerOf(index, index.leafNode[k]!), JSON.parse(raw) as unknown];
  });
}

describe('indexJsonLeaves ≡ JSON.parse', () => {
  /** The index exists exactly when JSON.parse reads a container, and holds its scalars. */
  function agreesWithParse(text: string): void {
    // Leading Unicode white space (a BOM, a no-break space) is passed over, as it always was.
    const want = parse(text.trimStart());
    const index = indexJsonLeaves(text);
    const container = want.ok && want.value !== null && typeof want.value === 'object';
    expect(index !== undefined).toBe(container && depthOf(want.value) <= 513);
    if (!index || !want.ok) return;
    // Duplicate keys: JSON.parse keeps the last, the index every one; compare the others.
    const safe = parseJsonSafe(text.trimStart(), { maxDepth: 1000 });
    if (safe.ok && safe.warnings.some((w) => w.code === 'json.duplicate-key')) return;
    // JSON.parse puts array-index keys ("18") first in an object, so the oracle knows the order only without them.
    if (hasIndexKey(want.value)) expect(sorted(leavesOf(index))).toEqual(sorted(scalarsOf(want.value)));
    else expect(leavesOf(index)).toEqual(scalarsOf(want.value));
  }

  it('a BOM before a document with duplicate keys: compared as the duplicates allow (fast-check counterexample)', () => {
    const text = '\uFEFF{"a":{"a":{"a":"x"},"a":[]}}';
    agreesWithParse(text);
    expect(leavesOf(indexJsonLeaves(text)!)).toEqual([['/a/a/a', 'x']]);
  });

  it('keeps document order where JSON.parse moves array-index keys first (fast-check counterexample)', () => {
    const text = '{"k0": 0, "18": 18, "k1": {"7": "x", "a": true}}';
    agreesWithParse(text);
    expect(leavesOf(indexJsonLeaves(text)!).map(([p]) => p)).toEqual(['/k0', '/18', '/k1/7', '/k1/a']);
  });

  it('indexes exactly the JSON objects and arrays, with their scalars at their pointers', () => {
    fc.assert(fc.property(fc.oneof(bodyTextArb, jsonTextArb), agreesWithParse), { numRuns: 2000 });
  });

  it('does the same on texts without escapes or control characters (strings found by a quote search)', () => {
    const plain = (t: string): string => t.replace(/\\/g, '').replace(/[\u0000-\u001f]/g, ' ');
    let seen = 0;
    fc.assert(
      fc.property(fc.oneof(bodyTextArb, jsonTextArb).map(plain), (text) => {
        agreesWithParse(text);
        if (indexJsonLeaves(text)) seen++;
      }),
      { numRuns: 1500 },
    );
    expect(seen).toBeGreaterThan(300); // most of them are valid JSON, so the quote-search path ran
  });

  it('refuses invalid escapes in member names and in values alike', () => {
    expect(indexJsonLeaves('{"\\q":"1"}')).toBeUndefined();
    expect(indexJsonLeaves('{"a":"\\q 123-12-1234"}')).toBeUndefined();
    expect(indexJsonLeaves('{"a":"\\u12"}')).toBeUndefined();
    expect(indexJsonLeaves('{"a":"\\u0031"}')?.leafStart).toEqual([6]);
  });
});
