import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import NativeRE2 from 're2';
import PageRE2 from '../src/page/shims/re2.js';

/** Every match `exec` gives with the `g` flag: index and text. */
function matches(re: { lastIndex: number; exec(s: string): RegExpExecArray | null }, text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m.index, m[0]]);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

describe('the page re2 adapter (re2js) agrees with native RE2', () => {
  const patterns = ['EID-\\d{9}-US', '[A-Z]{2}\\d+', 'a|ab', '\\bfoo\\b', '(x+)(y?)', '[0-9]{3}-[0-9]{2}-[0-9]{4}'];

  it('finds the same matches at the same offsets', () => {
    fc.assert(
      fc.property(fc.constantFrom(...patterns), fc.string({ unit: fc.constantFrom('a', 'b', 'x', 'y', 'E', 'I', 'D', '-', '1', '2', ' ', 'U', 'S', 'f', 'o', 'é') }), (p, text) => {
        expect(matches(new PageRE2(p, 'g'), text)).toEqual(matches(new NativeRE2(p, 'g'), text));
      }),
    );
  });

  it('counts offsets in UTF-16 code units, like JavaScript strings', () => {
    expect(matches(new PageRE2('\\d+', 'g'), '😀 12 é 345')).toEqual([[3, '12'], [8, '345']]);
  });

  it('rejects what RE2 rejects', () => {
    expect(() => new PageRE2('(?=x)', 'g')).toThrow();
    expect(() => new PageRE2('(a', 'g')).toThrow();
    expect(new PageRE2('x*', 'g').test('')).toBe(true);
  });
});
