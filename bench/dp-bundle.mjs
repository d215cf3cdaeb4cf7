// Bundles the data protection package's source as it is at a commit (or in this worktree) into one
// ESM file, for bench/dp-cpu.mjs to pair against another build in one process.
//   node bench/dp-bundle.mjs <commit | --worktree> <out-dir>
// Writes <out-dir>/dp.mjs; dependencies stay external and resolve through a node_modules link.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const [from, outArg] = process.argv.slice(2);
if (!from || !outArg) throw new Error('usage: node bench/dp-bundle.mjs <commit | --worktree> <out-dir>');
const repo = resolve(new URL('..', import.meta.url).pathname);
const out = resolve(outArg);
mkdirSync(out, { recursive: true });
let root = repo;
if (from !== '--worktree') {
  root = join(out, 'src-tree');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const archive = execFileSync('git', ['-C', repo, 'archive', from, 'packages/data-protection'], { maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', root], { input: archive });
}
const link = join(out, 'node_modules');
if (!existsSync(link)) symlinkSync(join(repo, 'node_modules'), link);
await build({
  entryPoints: [join(root, 'packages/data-protection/src/index.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['arbiter-source'],
  packages: 'external',
  outfile: join(out, 'dp.mjs'),
  tsconfigRaw: {},
  logLevel: 'warning',
});
console.log(join(out, 'dp.mjs'));
