/**
 * A candidate browser back end, kept for the comparison with `re2js` (README, "RE2 back ends"):
 * `re2-wasm`, RE2 compiled to WebAssembly. It needs the `u` flag, and copies the whole input
 * into WebAssembly memory on every `exec`. Not exported; `re2-wasm` is a dev dependency.
 */
import { RE2 } from 're2-wasm';
import { matchAllWith } from './regexp-like.js';
import { errorText, type RegexEngine } from './types.js';

export const re2WasmEngine: RegexEngine = {
  name: 're2-wasm',
  compile(source) {
    try {
      const shared = new RE2(source, 'gu');
      return {
        source,
        test: (text) => {
          shared.lastIndex = 0;
          return shared.test(text);
        },
        matchAll: (text, from, to) => matchAllWith(shared as unknown as RegExp, text, from, to),
        matcher: () => new RE2(source, 'gu') as unknown as RegExp,
      };
    } catch (e) {
      return { error: errorText(e) };
    }
  },
};
