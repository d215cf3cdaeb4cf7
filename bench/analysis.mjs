// Analysis cost: every pair of N subscriptions compared (`analyzeSubscriptions`: dead policies and
// branches, duplicates, overlaps with witnesses), on the router bench's generated citylots
// subscriptions. One timed pass per size (the answer is the same every pass); pairs per second.
import { analyzeSubscriptions } from '@arbiter/analysis';
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
  return rows;
}

export function formatAnalysis(rows) {
  const out = ['#### Analysis (every pair of N generated citylots subscriptions, `--only analysis`)', '', '| subscriptions | pairs | searched | skipped by the exact-value pre-check | overlapping pairs | findings | time | pairs/s |', '|---:|---:|---:|---:|---:|---:|---:|---:|'];
  for (const r of rows) out.push(`| ${r.subscriptions.toLocaleString('en-US')} | ${r.pairs.toLocaleString('en-US')} | ${r.pairsChecked.toLocaleString('en-US')} | ${r.pairsSkipped.toLocaleString('en-US')} | ${r.overlaps.toLocaleString('en-US')} | ${r.findings} | ${(r.ms / 1000).toFixed(1)} s | ${r.pairsPerSecond.toLocaleString('en-US')} |`);
  return out.join('\n');
}
