/** The compiled scanner's building blocks: pattern shapes and the lazy JSON index. */
import { describe, expect, it } from 'vitest';
import { indexJsonLeaves, keysOf, leafAt, pointerOf } from '../src/scan/json-leaves.js';
import { regexShape } from '../src/scan/regex-shape.js';

const consumed = (source: string, flags: string, chars: string): string =>
  [...chars].filter((c) => regexShape(source, flags)!.consumes(c.charCodeAt(0))).join('');

describe('regexShape', () => {
  it('collects the characters a match may consume, outside lookarounds', () => {
    expect(consumed('(?<![A-Za-z])\\d{3}-\\d{2}(?![a-z])', 'g', 'a1-Z. "')).toBe('1-');
    expect(consumed('[^P]x', 'g', 'PxQ"')).toBe('xQ"');
    expect(consumed('ab', 'gi', 'aAbBc')).toBe('aAbB');
    expect(consumed('\\p{Lu}\\.', 'gu', 'Aa.')).toBe('A.');
  });

  it('measures how far lookarounds and word boundaries read', () => {
    expect(regexShape('\\d+', 'g')!.reach).toBe(0);
    expect(regexShape('(?<![\\w.])\\d(?!\\d|\\.\\d)', 'g')!.reach).toBe(3);
    expect(regexShape('\\bfoo\\b', 'g')!.reach).toBe(2);
  });

  it('declines patterns it cannot bound', () => {
    expect(regexShape('^\\d+$', 'g')).toBeUndefined(); // anchors would match at a region edge
    expect(regexShape('(?=\\d+)x', 'g')).toBeUndefined(); // unbounded look-ahead
    expect(regexShape('(a', 'g')).toBeUndefined();
  });

  it('knows which characters can start a match', () => {
    const starts = (source: string, flags: string, chars: string): string => {
      const first = regexShape(source, flags)!.first!;
      return [...chars].filter((c) => first.test(c)).join('');
    };
    expect(starts('(?<!\\w)(?:\\+\\d{1,3} ?)?(?:\\(\\d{3}\\) ?)?\\d{3}', 'g', '+(1a ')).toBe('+(1');
    expect(starts('(?:ab|c)d*e', 'gi', 'aAbcCde')).toBe('aAcC');
    expect(regexShape('a?b*', 'g')!.first).toBeUndefined(); // may match empty
    expect(regexShape('(.)x', 'g')!.first!.test('\n')).toBe(false);
  });

  it('never treats a surrogate as a barrier in a unicode pattern', () => {
    expect(regexShape('\\p{L}+', 'gu')!.consumes(0xd83d)).toBe(true);
    expect(regexShape('[a-z]+', 'g')!.consumes(0xd83d)).toBe(false);
  });
});

describe('indexJsonLeaves', () => {
  it('maps leaves to raw offsets and builds pointers and member names on demand', () => {
    const text = '{"a/b":{"c~d":["x",12]},"e":"y\\n"}';
    const index = indexJsonLeaves(text)!;
    const leaf = leafAt(index, text.indexOf('12'), text.indexOf('12') + 2);
    expect(pointerOf(index, index.leafNode[leaf]!)).toBe('/a~1b/c~0d/1');
    expect(keysOf(index, index.leafNode[leaf]!)).toEqual(['a/b', 'c~d']);
    const y = leafAt(index, text.indexOf('y'), text.indexOf('y') + 3);
    expect(text.slice(index.leafStart[y]!, index.leafEnd[y]!)).toBe('y\\n');
    expect(leafAt(index, text.indexOf('x'), text.indexOf('12') + 2)).toBe(-1); // spans two values
  });

  it('decodes escaped member names and rejects invalid ones', () => {
    const index = indexJsonLeaves('{"\\u0073sn":"1"}')!;
    expect(index.escapedKeys).toBe(true);
    expect(keysOf(index, index.leafNode[0]!)).toEqual(['ssn']);
    expect(indexJsonLeaves('{"\\q":"1"}')).toBeUndefined();
  });

  it('returns undefined for text that is not a JSON object or array', () => {
    for (const text of ['', 'plain', '"s"', '{"a":1', '{"a":1}x', '{"a":"\u0001"}', '['.repeat(600) + ']'.repeat(600)]) {
      expect(indexJsonLeaves(text)).toBeUndefined();
    }
  });
});
