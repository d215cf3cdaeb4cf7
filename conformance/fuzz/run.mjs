#!/usr/bin/env node
// `npm run fuzz -- --minutes N [--seed S] [--workers W] [--target INPUTS] [--only family,…]`: the long fuzz campaign
// (see conformance/fuzz/README.md). The campaign is bundled from source with esbuild (the
// `arbiter-source` condition, so no build step and no test runner overhead) and run with Node.
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const args = process.argv.slice(2);
const value = (flag, fallback) => {
  const i = args.indexOf(flag);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const minutes = Number(value('--minutes', '1'));
const workers = Number(value('--workers', '1'));
if (!(minutes > 0) || !(Number.isInteger(workers) && workers >= 1)) {
  process.stderr.write('usage: npm run fuzz -- --minutes N [--seed S] [--workers W] [--target INPUTS] [--only sns-filter,data-protection,iam,event-pattern,template]\n');
  process.exit(2);
}
const root = fileURLToPath(new URL('../../', import.meta.url));
const outdir = `${root}node_modules/.cache/arbiter-fuzz`;
mkdirSync(outdir, { recursive: true });
// Workspace code is bundled from source; third-party packages stay external (native `re2` included).
const externals = {
  name: 'externals',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (a) => (a.path.startsWith('@arbiter/') || a.path.startsWith('#') ? undefined : { path: a.path, external: true }));
  },
};
await build({
  entryPoints: [`${root}conformance/fuzz/main.ts`],
  outfile: `${outdir}/main.mjs`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['arbiter-source'],
  plugins: [externals],
  logLevel: 'warning',
});
const { main } = await import(pathToFileURL(`${outdir}/main.mjs`).href);
const only = value('--only', '');
const seed = Number(value('--seed', String(Date.now() % 1_000_000)));
process.exitCode = await main({ minutes, seed, workers, target: Number(value('--target', '1000000')), writeTo: `${root}conformance/local`, ...(only ? { only: only.split(',') } : {}) });
