#!/usr/bin/env node
// Builds the static page into dist/page/: app.js (every evaluator, CodeMirror, bundled for the
// browser), app.css, index.html. The `browser` condition picks the browser back ends of the
// libraries (re2js for custom identifiers); Node-only modules are replaced: `node:crypto` by the Web
// Crypto API, `node:zlib` by a stub (only CloudWatch Logs payload helpers, unused here, need it),
// `Buffer` by the `buffer` package. Any other Node built-in fails the build (platform: 'browser').
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const outdir = process.argv[2] ?? join(here, 'dist', 'page');
const page = join(here, 'src', 'page');

mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: [join(page, 'main.ts')],
  outfile: join(outdir, 'app.js'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2022'],
  minify: true,
  sourcemap: 'linked',
  legalComments: 'linked',
  // Workspace packages from their sources, as the tests see them (no build order between packages).
  conditions: ['arbiter-source'],
  alias: { 'node:crypto': join(page, 'shims', 'crypto.ts'), 'node:zlib': join(page, 'shims', 'zlib.ts') },
  inject: [join(page, 'shims', 'buffer.ts')],
  logLevel: 'warning',
});
for (const file of ['index.html', 'app.css']) copyFileSync(join(page, file), join(outdir, file));

const js = readFileSync(join(outdir, 'app.js'));
const sizes = { 'app.js': { bytes: js.length, gzipBytes: gzipSync(js, { level: 9 }).length } };
writeFileSync(join(outdir, 'sizes.json'), JSON.stringify(sizes, null, 2) + '\n');
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`playground: ${outdir} (app.js ${kib(sizes['app.js'].bytes)}, ${kib(sizes['app.js'].gzipBytes)} gzip)`);
