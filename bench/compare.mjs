// Compares two benchmark JSON files figure by figure. A change is "noise" when it lies within the
// two runs' combined relative margin of error (or under 5 %, whichever is larger); beyond that it
// is "faster" or "slower" (like event-ruler's perf-compare.sh).
const MIN_NOISE_PCT = 5;

/** Flattens a report into `{ key, value, rme }` figures where higher is better. */
export function figuresOf(report) {
  const out = [];
  if (report.baseline) out.push({ key: 'sns: JSON.parse only (events/s)', value: report.baseline.eventsPerSecond, rme: report.baseline.rme });
  for (const o of report.others ?? []) out.push({ key: `sns: ${o.name} (ratio to parse)`, value: o.ratioToParse, rme: o.rme });
  for (const r of report.route ?? []) out.push({ key: `sns: router ${r.set} (ratio to parse)`, value: r.ratioToParse, rme: r.rme });
  for (const r of report.attributeRoute ?? []) out.push({ key: `sns: attributes ${r.set} (messages/s)`, value: r.messagesPerSecond, rme: r.rme });
  for (const r of report.dataProtection?.rows ?? []) out.push({ key: `dp: ${r.name} (MB/s)`, value: r.mbPerSecond, rme: r.rme });
  for (const r of report.iam?.rows ?? []) out.push({ key: `iam: ${r.name} (decisions/s)`, value: r.decisionsPerSecond, rme: r.rme });
  return out;
}

export function compareRuns(base, current) {
  const baseFigures = new Map(figuresOf(base).map((f) => [f.key, f]));
  return figuresOf(current).flatMap((f) => {
    const b = baseFigures.get(f.key);
    if (!b || !b.value) return [];
    const changePct = ((f.value - b.value) / b.value) * 100;
    const noisePct = Math.max(MIN_NOISE_PCT, (b.rme ?? 0) + (f.rme ?? 0));
    const verdict = Math.abs(changePct) <= noisePct ? 'noise' : changePct > 0 ? 'faster' : 'slower';
    return [{ key: f.key, base: b.value, current: f.value, changePct: Math.round(changePct * 10) / 10, noisePct: Math.round(noisePct * 10) / 10, verdict }];
  });
}

export function formatComparison(rows) {
  const lines = ['', '| figure | base | now | change | noise band | verdict |', '|---|---:|---:|---:|---:|---|'];
  for (const r of rows) lines.push(`| ${r.key} | ${r.base} | ${r.current} | ${r.changePct > 0 ? '+' : ''}${r.changePct} % | ±${r.noisePct} % | ${r.verdict === 'slower' ? '**SLOWER**' : r.verdict} |`);
  const slower = rows.filter((r) => r.verdict === 'slower').length;
  lines.push('', slower ? `${slower} figure(s) slower beyond noise` : 'no slow-down beyond noise');
  return lines.join('\n');
}
