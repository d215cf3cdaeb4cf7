/**
 * The browser back end: `re2js`, a pure-JavaScript port of RE2 (linear time, no WebAssembly, no
 * native code). Its matcher reports UTF-16 offsets for string input, like RegExp.
 */
import { RE2JS } from 're2js';
import { alignToCodePoint, errorText, nextCodePoint, type EngineRegex, type RegexEngine, type RegexMatcher } from './types.js';

function matchAll(re: RE2JS, text: string, from = 0, to = text.length): number[] {
  const out: number[] = [];
  const m = re.matcher(text);
  let at = alignToCodePoint(text, from);
  while (at <= text.length && m.find(at)) {
    const start = m.start();
    const end = m.end();
    if (start >= to) break;
    if (end > start) out.push(start, end);
    at = end > start ? end : nextCodePoint(text, start);
  }
  return out;
}

/** A RegExp-like `g` matcher over an RE2JS pattern (whole match only: custom identifiers have no groups). */
function matcherOf(re: RE2JS): RegexMatcher {
  return {
    lastIndex: 0,
    exec(text) {
      const m = re.matcher(text);
      if (this.lastIndex > text.length || !m.find(this.lastIndex)) {
        this.lastIndex = 0;
        return null;
      }
      const start = m.start();
      const end = m.end();
      const result = [text.slice(start, end)] as unknown as RegExpExecArray;
      result.index = start;
      result.input = text;
      this.lastIndex = end;
      return result;
    },
  };
}

export const re2jsEngine: RegexEngine = {
  name: 're2js',
  compile(source) {
    try {
      const re = RE2JS.compile(source);
      return {
        source,
        test: (text) => re.matcher(text).find(),
        matchAll: (text, from, to) => matchAll(re, text, from, to),
        matcher: () => matcherOf(re),
      };
    } catch (e) {
      return { error: errorText(e) };
    }
  },
};
