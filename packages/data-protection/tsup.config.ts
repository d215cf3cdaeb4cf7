import { defineConfig } from 'tsup';

export default defineConfig({
  // The regex engine is chosen by the `#regex-engine` import (package.json "imports"): re2 in
  // Node, re2js under the `browser` condition. Both are built as their own entries and kept
  // external, so a bundler resolves the import with its own conditions.
  entry: {
    index: 'src/index.ts',
    'regex-engine-node': 'src/identifiers/regex-engine/default-node.ts',
    'regex-engine-browser': 'src/identifiers/regex-engine/default-browser.ts',
    // For bench/regex-engines.mjs only (re2-wasm is a dev dependency); left out of the package.
    'regex-engine-wasm': 'src/identifiers/regex-engine/re2-wasm.ts',
  },
  external: ['#regex-engine', 're2-wasm'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  tsconfig: 'tsconfig.json',
});
