/**
 * The regex back ends agree: `re2` (Node) and `re2js` (browser) compile the same custom
 * identifier patterns and find the same matches, on the corpus and on generated patterns;
 * `re2-wasm`, the other browser candidate, is held to the same for the README's comparison.
 */
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCustomIdentifiers, isCompileError, type RegexEngine } from '../../src/index.js';
import { nextCodePoint } from '../../src/identifiers/regex-engine/types.js';
import { re2Engine } from '../../src/identifiers/regex-engine/re2-node.js';
import { re2jsEngine } from '../../src/identifiers/regex-engine/re2js.js';
import { re2WasmEngine } from '../../src/identifiers/regex-engine/re2-wasm.js';

const root = new URL('../../../../', import.meta.url).pathname;
const dir = existsSync(`${root}conformance/corpus/data-protection.jsonl`) ? `${root}conformance/corpus/` : '/work/shared/corpus/';

interface CustomCase { id: string; text: string; identifiers: string[]; customIdentifiers: Array<{ Name: string; Regex: string }>; expect: Array<{ name: string; start: number; end: number }> }
const cases = readFileSync(`${dir}data-protection.jsonl`, 'utf8').split('\n').filter((l) => l.trim())
  .map((l) => JSON.parse(l) as CustomCase).filter((c) => Array.isArray(c.customIdentifiers));

/** re2-wasm reports code-point offsets for text beyond the BMP (below); it joins the BMP-only checks. */
const engines: RegexEngine[] = [re2Engine, re2jsEngine, re2WasmEngine];

/** Findings of a case's custom identifiers alone, in AWS's shape (inclusive end). */
function customFindings(engine: RegexEngine, c: CustomCase): Array<{ name: string; start: number; end: number }> {
  const specs = c.customIdentifiers.map((s) => ({ name: s.Name, regex: s.Regex }));
  const compiled = compileCustomIdentifiers(specs, '/customIdentifiers', engine);
  if (!compiled.ok) throw new Error(`${engine.name}: ${compiled.diagnostics.map((d) => d.message).join('; ')}`);
  const out: Array<{ name: string; start: number; end: number }> = [];
  for (const id of compiled.value) {
    const spans = id.compiled.matchAll(c.text);
    for (let i = 0; i < spans.length; i += 2) out.push({ name: id.name, start: spans[i]!, end: spans[i + 1]! - 1 });
  }
  return out.sort((a, b) => a.start - b.start || a.name.localeCompare(b.name));
}

describe('regex back ends on the corpus', () => {
  it('the corpus has custom identifier cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
  });

  for (const engine of engines) {
    it(`${engine.name}: every custom-only case finds exactly the expected findings`, () => {
      const customOnly = cases.filter((c) => c.identifiers.every((n) => c.customIdentifiers.some((s) => s.Name === n)));
      expect(customOnly.length).toBeGreaterThanOrEqual(3);
      for (const c of customOnly) {
        const want = c.expect.filter((f) => c.customIdentifiers.some((s) => s.Name === f.name))
          .map(({ name, start, end }) => ({ name, start, end }))
          .sort((a, b) => a.start - b.start || a.name.localeCompare(b.name));
        expect({ id: c.id, findings: customFindings(engine, c) }).toEqual({ id: c.id, findings: want });
      }
    });
  }

  it('every back end gives re2’s findings on every custom identifier case', () => {
    for (const c of cases) {
      const want = customFindings(re2Engine, c);
      for (const engine of [re2jsEngine, re2WasmEngine]) expect({ id: c.id, engine: engine.name, f: customFindings(engine, c) }).toEqual({ id: c.id, engine: engine.name, f: want });
    }
  });
});

/** Pattern pieces from AWS's allowed character set (no parentheses: custom regexes have none). */
const atom = fc.constantFrom('a', 'b', 'A', '1', '-', '_', '#', '@', '/', ';', ',', '=', ' ', '.', '\\d', '\\w', '\\s', '\\b', '\\D', '\\.', '\\-', '[a-c]', '[^a]', '[0-9A-F]', '^', '$');
const quantifier = fc.constantFrom('', '', '*', '+', '?', '{2}', '{1,3}', '*?', '+?');
const pattern = fc.array(fc.tuple(atom, quantifier).map(([a, q]) => (a === '^' || a === '$' || a === '\\b' ? a : a + q)), { minLength: 1, maxLength: 6 })
  .chain((parts) => fc.boolean().map((alt) => (alt && parts.length > 1 ? `${parts.slice(0, 2).join('')}|${parts.slice(2).join('')}` : parts.join(''))));
const bmpUnits = ['a', 'b', 'A', '1', '9', '-', '_', ' ', '.', '@', '\n', 'é', 'ß'];
const text = fc.string({ unit: fc.constantFrom(...bmpUnits, '😀'), maxLength: 40 });
const bmpText = fc.string({ unit: fc.constantFrom(...bmpUnits), maxLength: 40 });

describe('regex back ends on generated patterns', () => {
  const agree = (list: RegexEngine[]) => (source: string, t: string, a: number, b: number): void => {
      const [from, to] = a <= b ? [a, b] : [b, a];
      const results = list.map((e) => e.compile(source));
      const compiles = results.map((r) => !isCompileError(r));
      expect({ source, compiles }).toEqual({ source, compiles: compiles.map(() => compiles[0]) });
      if (!compiles[0]) return;
      const spans = results.map((r) => (isCompileError(r) ? [] : r.matchAll(t, Math.min(from, t.length), to)));
      for (const s of spans.slice(1)) expect({ source, t, from, to, s }).toEqual({ source, t, from, to, s: spans[0] });
      const tests = results.map((r) => !isCompileError(r) && r.test(t));
      expect(tests).toEqual(tests.map(() => tests[0]));
  };

  it('re2 and re2js compile the same patterns and find the same matches over the same ranges', () => {
    fc.assert(fc.property(pattern, text, fc.nat(45), fc.nat(45), agree([re2Engine, re2jsEngine])), { numRuns: 400 });
  });

  it('re2-wasm agrees with re2 on text within the BMP', () => {
    fc.assert(fc.property(pattern, bmpText, fc.nat(45), fc.nat(45), agree([re2Engine, re2WasmEngine])), { numRuns: 200 });
  });

  it('re2-wasm counts code points, not UTF-16 units, past the BMP (why re2js is the browser back end)', () => {
    const at = (e: RegexEngine): number[] => {
      const r = e.compile('a');
      return isCompileError(r) ? [] : r.matchAll('😀a');
    };
    expect(at(re2Engine)).toEqual([2, 3]);
    expect(at(re2jsEngine)).toEqual([2, 3]);
    expect(at(re2WasmEngine)).toEqual([1, 2]);
  });

  it('their stateful matchers walk the same matches as matchAll', () => {
    fc.assert(fc.property(pattern, text, (source, t) => {
      for (const engine of engines) {
        const r = engine.compile(source);
        if (isCompileError(r)) return;
        const m = r.matcher();
        const walked: number[] = [];
        m.lastIndex = 0;
        for (let x = m.exec(t); x; x = m.exec(t)) {
          if (x[0].length === 0) m.lastIndex = nextCodePoint(t, x.index);
          else walked.push(x.index, x.index + x[0].length);
        }
        expect({ engine: engine.name, walked }).toEqual({ engine: engine.name, walked: r.matchAll(t) });
      }
    }), { numRuns: 200 });
  });
});

describe('regex back ends run in linear time', () => {
  // A backtracking engine needs exponential steps for these; RE2's automata need one pass, so the
  // test finishes (the same inputs hang JavaScript's RegExp for longer than the test timeout).
  const digits = '1'.repeat(50_000);
  for (const engine of engines) {
    it(`${engine.name}: nested-quantifier patterns over 50,000 characters`, () => {
      for (const source of ['\\d*\\d*\\d*\\d*\\d*\\d*x', '[0-9]+[0-9]+[0-9]+[0-9]+y', '\\d+\\d+\\d+\\d+\\d+$x']) {
        const r = engine.compile(source);
        if (isCompileError(r)) throw new Error(r.error);
        expect(r.matchAll(digits)).toEqual([]);
        expect(r.test(digits)).toBe(false);
      }
    });
  }
});
