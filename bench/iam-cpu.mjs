// IAM decisions per second of CPU time, best round of many: a figure that holds still on a shared,
// loaded machine (wall-clock rows move with the load; this one with the code). Same policy sets and
// requests as bench/iam.mjs, compiled evaluator only.
//   node bench/iam-cpu.mjs [--rounds 30] [--only abac,10,100,1000] [--iam PATH/TO/iam/dist/index.js]
// `--iam` measures another build (another worktree's) on the same data: run both a few times,
// alternating, and compare the best figures.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generatePolicies, generateRequests, lambdaAbacRequests } from './iam-policies.mjs';
import { cpuMicros } from './paired.mjs';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '30' }, only: { type: 'string' }, iam: { type: 'string' } } });
const { compilePolicySet } = await import(values.iam ?? '@arbiter/iam');
const developer = readFileSync(new URL('../examples/lambda-abac/policies/developer.json', import.meta.url), 'utf8');
const sets = [
  ['abac', [developer], lambdaAbacRequests(4000)],
  ...[10, 100, 1000].map((n) => [String(n), generatePolicies(n), generateRequests(n === 1000 ? 1000 : 4000)]),
];
const only = values.only?.split(',');
const rounds = Number(values.rounds);

for (const [name, policies, requests] of sets) {
  if (only && !only.includes(name)) continue;
  const compiled = compilePolicySet({ identity: policies });
  if (!compiled.ok) throw new Error(`${name}: ${compiled.diagnostics.map((d) => d.message).join('; ')}`);
  const set = compiled.value;
  let sink = 0;
  const round = () => {
    for (let i = 0; i < requests.length; i++) sink += set.authorize(requests[i]).decision.length;
  };
  for (let i = 0; i < 20; i++) round();
  const micros = [];
  for (let i = 0; i < rounds; i++) micros.push(cpuMicros(round));
  if (sink === 0) throw new Error('no decisions made');
  micros.sort((a, b) => a - b);
  const rate = (us) => Math.round(requests.length / (us / 1e6)).toLocaleString('en-US');
  console.log(`${name.padEnd(5)} policies  best ${rate(micros[0]).padStart(11)}/s  median ${rate(micros[micros.length >> 1]).padStart(11)}/s of CPU time`);
}
