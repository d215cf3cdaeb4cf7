// Loads citylots-shaped lines: the shared synthetic file when it is beside the repo, else a
// deterministic local generation with the same generator (bench/data/gen-citylots-synth.mjs).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = join(here, '..');
const shared = join(repoRoot, '..', 'shared', 'bench-data', 'citylots-synth.jsonl.gz');

/** Returns `{ lines, source }` with at most `limit` lines. */
export function loadCitylots(limit) {
  let file = shared;
  let source = '../shared/bench-data/citylots-synth.jsonl.gz';
  if (!existsSync(file)) {
    file = join(tmpdir(), `arbiter-citylots-${limit}.jsonl.gz`);
    source = `generated locally (${limit} lines, bench/data/gen-citylots-synth.mjs)`;
    if (!existsSync(file)) execFileSync(process.execPath, [join(here, 'data', 'gen-citylots-synth.mjs'), file, String(limit)], { stdio: 'inherit' });
  }
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  const lines = [];
  let start = 0;
  while (lines.length < limit) {
    const end = text.indexOf('\n', start);
    if (end < 0) {
      if (start < text.length) lines.push(text.slice(start));
      break;
    }
    if (end > start) lines.push(text.slice(start, end));
    start = end + 1;
  }
  return { lines, source };
}

/** The 44 SNS MessageBody policies translated from event-ruler's and quamina's citylots benchmarks. */
export function loadPatterns() {
  const policies = readFileSync(join(here, 'data', 'citylots-patterns.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const index = readFileSync(join(here, 'data', 'citylots-patterns.index.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  return policies.map((policy, i) => ({ id: index[i]?.id ?? `P${i}`, policy, scope: 'MessageBody' }));
}
