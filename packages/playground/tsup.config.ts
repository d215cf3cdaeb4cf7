import { defineConfig } from 'tsup';

// The Node side only (the static-file server); the page itself is bundled by build-page.mjs.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  shims: true,
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  tsconfig: 'tsconfig.json',
});
