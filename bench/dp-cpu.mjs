// The data protection scanner of another build against this one, in CPU time, paired in ONE
// process (issue #16 item 3): both scanners get the same texts, findings are checked equal first,
// then rounds alternate old/new (which goes first alternates too), each round timed with
// `process.cpuUsage`; the figure is the median of the per-round ratios (old time ÷ new time) with
// the spread of its middle half, so load from other processes on the shared machine cancels out.
//   node bench/dp-cpu.mjs --old /tmp/dp-main/old.mjs [--new PATH] [--rounds 15] [--passes 3] [--only 64kb,digits]
// `--old`/`--new` are ESM bundles exporting `createScanner` (build one from a commit with
// `node bench/dp-bundle.mjs <commit> <out.mjs>`); `--new` defaults to the built package.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { makeAdversarial, makeJsonMessage } from './dp-messages.mjs';
import { cpuMicros as cpu, median, quartiles } from './paired.mjs';

const { values } = parseArgs({
  options: {
    old: { type: 'string' },
    new: { type: 'string' },
    rounds: { type: 'string', default: '15' },
    passes: { type: 'string', default: '3' },
    only: { type: 'string' },
  },
});
if (!values.old) throw new Error('--old PATH (an ESM bundle exporting createScanner) is required');
const load = async (path) => (await import(path.startsWith('@') ? path : resolve(path))).createScanner;
const oldCreate = await load(values.old);
const newCreate = await load(values.new ?? '@arbiter/data-protection');
const scannerOf = (create) => {
  const s = create();
  if (!s.ok) throw new Error(s.diagnostics[0].message);
  return s.value;
};
const oldScanner = scannerOf(oldCreate);
const newScanner = scannerOf(newCreate);

const KB = 1024;
const MB = 1024 * 1024;
const json = (bytes, count) => Array.from({ length: count }, (_, i) => makeJsonMessage(bytes, i + 1));
const inputs = [
  { key: '1kb', label: '1 KB JSON (256 messages)', texts: json(KB, 256) },
  { key: '64kb', label: '64 KB JSON (4 messages)', texts: json(64 * KB, 4) },
  { key: '256kb', label: '256 KB JSON', texts: json(256 * KB, 1) },
  ...makeAdversarial(256 * KB).map((a) => ({ key: a.name.split(' ')[0], label: `256 KB of ${a.name}`, texts: [a.text] })),
];
const only = values.only?.split(',');
const rounds = Number(values.rounds);
const passes = Number(values.passes);
const cpuMicros = (scanner, texts) => cpu(() => {
  for (let p = 0; p < passes; p++) for (const t of texts) scanner.scan(t);
});

const results = [];
for (const input of inputs) {
  if (only && !only.includes(input.key)) continue;
  for (const t of input.texts) {
    const a = JSON.stringify(oldScanner.scan(t));
    const b = JSON.stringify(newScanner.scan(t));
    if (a !== b) throw new Error(`${input.label}: old and new findings differ`);
  }
  const bytes = input.texts.reduce((n, t) => n + t.length, 0) * passes;
  cpuMicros(oldScanner, input.texts);
  cpuMicros(newScanner, input.texts);
  const ratios = [];
  const oldRates = [];
  const newRates = [];
  for (let r = 0; r < rounds; r++) {
    globalThis.gc?.();
    let o;
    let n;
    if (r % 2) {
      o = cpuMicros(oldScanner, input.texts);
      n = cpuMicros(newScanner, input.texts);
    } else {
      n = cpuMicros(newScanner, input.texts);
      o = cpuMicros(oldScanner, input.texts);
    }
    ratios.push(o / n);
    oldRates.push(bytes / MB / (o / 1e6));
    newRates.push(bytes / MB / (n / 1e6));
  }
  const m = median(ratios);
  const [q1, q3] = quartiles(ratios);
  const spread = ((q3 - q1) / 2 / m) * 100;
  const row = {
    input: input.label,
    oldBest: Math.max(...oldRates).toFixed(1),
    newBest: Math.max(...newRates).toFixed(1),
    oldMedian: median(oldRates).toFixed(1),
    newMedian: median(newRates).toFixed(1),
    speedup: m.toFixed(3),
    spreadPct: spread.toFixed(1),
  };
  results.push(row);
  console.log(
    `${input.label.padEnd(26)} old ${row.oldBest.padStart(6)} (median ${row.oldMedian.padStart(6)})  new ${row.newBest.padStart(6)} (median ${row.newMedian.padStart(6)}) MB/CPU-s   speed-up ${row.speedup}× ±${row.spreadPct}%`,
  );
}
