// The SNS router in CPU time, another build against this one, paired in one process (issue #16):
// for each row, rounds alternate JSON.parse over the lines, the other build's router and this
// build's router, each timed with `process.cpuUsage`, so load from other work on the machine
// drifts out of the per-round ratios. Routed ids are checked equal (build against build, and
// against the single-policy matchers on a sample) before timing.
//   node bench/router-cpu.mjs --base /tmp/base/sns-filter.mjs [--new /tmp/new/sns-filter.mjs] [--rows family:exact,citylots-44] [--rounds 15] [--lines 5000]
// `--base` is a bundle of another tree's @arbiter/sns-filter (e.g. main's, built with esbuild);
// `--new` another bundle in place of this tree's build (bundle both the same way for a fair pair);
// without `--base` only the new build runs, against JSON.parse. A bundle of main's router:
//   git archive main packages/ir packages/sns-filter tsconfig.base.json | tar -x -C /tmp/base
//   (cd /tmp/base && esbuild packages/sns-filter/src/index.ts --bundle --format=esm --platform=node \
//     --alias:@arbiter/ir=./packages/ir/src/index.ts --external:ipaddr.js --outfile=/tmp/base/sns-filter.mjs)
// (run from a directory whose node_modules has ipaddr.js, e.g. with a symlink to this repo's). The
// build imported first ran 4–10 % slower than the same code imported second here: measure both orders.
import { parseArgs } from 'node:util';
import { loadCitylots, loadPatterns } from './data.mjs';
import { familyNames, generateSubscriptions, harvestValues } from './subscriptions.mjs';
import { cpuMicros as cpu, median, quartiles } from './paired.mjs';

const { values: args } = parseArgs({ options: { base: { type: 'string' }, new: { type: 'string' }, rows: { type: 'string' }, rounds: { type: 'string', default: '15' }, lines: { type: 'string', default: '5000' } } });
const current = await import(args.new ?? '@arbiter/sns-filter');
const base = args.base ? await import(args.base) : undefined;
const lines = loadCitylots(Number(args.lines)).lines.map((l) => Buffer.from(l, 'utf8').toString('utf8'));
const harvested = harvestValues(lines);

const rowDefs = {
  ...Object.fromEntries(familyNames.map((f) => [`family:${f}`, () => generateSubscriptions(5, harvested, { family: f })])),
  'citylots-44': () => loadPatterns(),
  'exact-1000': () => generateSubscriptions(1_000, harvested, { family: 'exact' }),
  'exact-10000': () => generateSubscriptions(10_000, harvested, { family: 'exact' }),
  'exact-100000': () => generateSubscriptions(100_000, harvested, { family: 'exact' }),
  'mixed-1000': () => generateSubscriptions(1_000, harvested),
  'mixed-10000': () => generateSubscriptions(10_000, harvested),
};
const rows = args.rows ? args.rows.split(',') : [...familyNames.map((f) => `family:${f}`), 'citylots-44', 'exact-1000', 'mixed-1000'];
const rounds = Number(args.rounds);

const f2 = (x) => x.toFixed(2);

function build(lib, subs) {
  const r = lib.createRouter(subs);
  if (!r.ok) throw new Error(r.diagnostics[0].message);
  return r.value;
}

function checkSample(router, subs) {
  const sample = lines.slice(0, subs.length >= 1_000 ? 300 : 2_000);
  const matchers = subs.map((s) => ({ id: s.id, m: current.compileFilterPolicy(s.policy, { scope: s.scope }).value }));
  for (const line of sample) {
    const root = JSON.parse(line);
    const want = matchers.filter((x) => x.m.matchParsedBody(root).delivered).map((x) => x.id).join();
    if (router.route({ body: line }).join() !== want) throw new Error(`router and matchers disagree on ${line.slice(0, 80)}`);
  }
}

let sink = 0;
const parsePass = () => {
  for (let i = 0; i < lines.length; i++) sink += JSON.parse(lines[i]) ? 1 : 0;
};
const routePass = (router) => () => {
  for (let i = 0; i < lines.length; i++) sink += router.route({ body: lines[i] }).length;
};

console.log(`${lines.length} lines, ${rounds} rounds; CPU time per pass; ratios are medians of per-round ratios [quartiles]`);
for (const name of rows) {
  const subs = rowDefs[name]();
  const now = build(current, subs);
  if (subs.length <= 10_000) checkSample(now, subs);
  const old = base ? build(base, subs) : undefined;
  if (old) for (const l of lines) if (old.route({ body: l }).join() !== now.route({ body: l }).join()) throw new Error(`${name}: builds disagree on ${l.slice(0, 80)}`);
  const passes = [parsePass, routePass(now), ...(old ? [routePass(old)] : [])];
  for (let w = 0; w < 3; w++) for (const p of passes) p();
  const toParseNew = [];
  const toParseOld = [];
  const speedup = [];
  for (let r = 0; r < rounds; r++) {
    // Rotate the order so no pass always follows another's garbage.
    const order = passes.map((_, i) => (i + r) % passes.length);
    const t = [];
    for (const i of order) t[i] = cpu(passes[i]);
    toParseNew.push(t[0] / t[1]);
    if (old) {
      toParseOld.push(t[0] / t[2]);
      speedup.push(t[2] / t[1]);
    }
  }
  const q = (xs) => `${f2(median(xs))} [${quartiles(xs).map(f2).join('–')}]`;
  let line = `${name.padEnd(28)} subs ${String(subs.length).padStart(6)}  ×parse new ${q(toParseNew)}`;
  if (old) line += `  old ${q(toParseOld)}  new÷old speed-up ${q(speedup)}`;
  console.log(line);
}
if (sink === -1) console.log(sink);
