/** The Node back end: the `re2` native binding (Google's RE2 in C++). */
import RE2 from 're2';
import { matchAllWith } from './regexp-like.js';
import { errorText, type EngineRegex, type RegexEngine } from './types.js';

function wrap(source: string, shared: RE2): EngineRegex {
  return {
    source,
    test: (text) => {
      shared.lastIndex = 0;
      return shared.test(text);
    },
    matchAll: (text, from, to) => matchAllWith(shared, text, from, to),
    matcher: () => new RE2(source, 'g') as unknown as RegExp,
  };
}

export const re2Engine: RegexEngine = {
  name: 're2',
  compile(source) {
    try {
      return wrap(source, new RE2(source, 'g'));
    } catch (e) {
      return { error: errorText(e) };
    }
  },
};
