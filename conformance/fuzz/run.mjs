#!/usr/bin/env node
// `npm run fuzz -- --minutes N [--seed S]`: the long fuzz campaign (see conformance/fuzz/README.md).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const value = (flag, fallback) => {
  const i = args.indexOf(flag);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const minutes = value('--minutes', '1');
if (!(Number(minutes) > 0)) {
  process.stderr.write('usage: npm run fuzz -- --minutes N [--seed S]\n');
  process.exit(2);
}
const root = fileURLToPath(new URL('../../', import.meta.url));
const env = { ...process.env, FUZZ_MINUTES: minutes, ...(args.includes('--seed') ? { FUZZ_SEED: value('--seed', '1') } : {}) };
const r = spawnSync('npx', ['vitest', 'run', '-c', 'conformance/fuzz/vitest.fuzz.config.ts', '--reporter', 'dot'], { cwd: root, env, stdio: 'inherit' });
process.exit(r.status ?? 2);
