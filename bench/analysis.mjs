// Analysis cost: every pair of N subscriptions compared (`analyzeSubscriptions`: dead policies and
// branches, duplicates, overlaps with witnesses), on the router bench's generated citylots
// subscriptions. One timed pass per size (the answer is the same every pass); pairs per second.
// IAM row: one `iamDiff` of the Lambda ABAC example policies (developer → manager), median of N runs.
import { readFileSync } from 'node:fs';
import { analyzeSubscriptions, iamDiff } from '@arbiter/analysis';
import { loadCitylots } from './data.mjs';
import { generateSubscriptions, harvestValues } from './subscriptions.mjs';

export async function benchAnalysis({ quick = false } = {}) {
  const values = harvestValues(loadCitylots(quick ? 2_000 : 5_000).lines);
  const rows = [];
  for (const n of quick ? [100, 300] : [100, 300, 1_000]) {
    const subs = generateSubscriptions(n, values);
    const t0 = performance.now();
    const result = analyzeSubscriptions(subs);
    const ms = performance.now() - t0;
    if (!result.ok) throw new Error(`analysis failed: ${JSON.stringify(result.diagnostics.slice(0, 3))}`);
    const { pairsChecked, pairsSkipped, overlaps, diagnostics } = result.value;
    rows.push({ subscriptions: n, pairs: pairsChecked + pairsSkipped, pairsChecked, pairsSkipped, overlaps: overlaps.length, findings: diagnostics.length, ms: Math.round(ms), pairsPerSecond: Math.round(((pairsChecked + pairsSkipped) / ms) * 1000) });
  }
  rows.push(benchIamDiff(quick ? 5 : 15));
  return rows;
}

const abacPolicy = (name) => JSON.parse(readFileSync(new URL(`../examples/lambda-abac/policies/${name}.json`, import.meta.url), 'utf8'));

/** One IAM diff of the Lambda ABAC policies; every pass must give the same (replayed) relation. */
export function benchIamDiff(runs) {
  const [oldP, newP] = [abacPolicy('developer'), abacPolicy('manager')];
  const times = [];
  let relation;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = iamDiff(oldP, newP);
    times.push(performance.now() - t0);
    if (!r.ok || r.value.relation !== 'overlapping') throw new Error(`iam diff failed: ${JSON.stringify(r)}`);
    relation = r.value.relation;
  }
  times.sort((a, b) => a - b);
  return { kind: 'iam-diff', what: 'iam diff: Lambda ABAC developer.json → manager.json', runs, relation, medianMs: Number(times[Math.floor(runs / 2)].toFixed(1)) };
}

export function formatAnalysis(all) {
  const rows = all.filter((r) => !r.kind);
  const out = ['#### Analysis (every pair of N generated citylots subscriptions, `--only analysis`)', '', '| subscriptions | pairs | searched | skipped (different scopes) | overlapping pairs | findings | time | pairs/s |', '|---:|---:|---:|---:|---:|---:|---:|---:|'];
  for (const r of rows) out.push(`| ${r.subscriptions.toLocaleString('en-US')} | ${r.pairs.toLocaleString('en-US')} | ${r.pairsChecked.toLocaleString('en-US')} | ${r.pairsSkipped.toLocaleString('en-US')} | ${r.overlaps.toLocaleString('en-US')} | ${r.findings} | ${(r.ms / 1000).toFixed(1)} s | ${r.pairsPerSecond.toLocaleString('en-US')} |`);
  out.push('', '| IAM diff | runs | relation | median time |', '|---|---:|---|---:|');
  for (const r of all.filter((x) => x.kind === 'iam-diff')) out.push(`| ${r.what} | ${r.runs} | ${r.relation} | ${r.medianMs} ms |`);
  return out.join('\n');
}
