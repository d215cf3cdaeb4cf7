// Markdown tables for people (and for pasting into the README).
const fmt = (n) => (typeof n === 'number' ? n.toLocaleString('en-US') : String(n));

export function formatReport(r) {
  const out = [`Node ${r.node}, ${r.date}${r.quick ? ' (quick run)' : ''}`];
  if (r.baseline) {
    out.push('', `### SNS router (${r.lines.toLocaleString('en-US')} citylots lines, mean ${r.meanLineBytes} bytes, ${r.source})`, '');
    out.push('| what | subscriptions | events/s | ratio to JSON.parse |', '|---|---:|---:|---:|');
    out.push(`| JSON.parse only (baseline) | – | ${fmt(r.baseline.eventsPerSecond)} | 1.000 (${r.baseline.mbPerSecond} MB/s) |`);
    for (const o of r.others) out.push(`| ${o.name} | ${/1,000/.test(o.name) ? '1,000' : /44/.test(o.name) ? '44' : '1'} | ${fmt(o.eventsPerSecond)} | ${o.ratioToParse} |`);
    for (const row of r.route) out.push(`| router ${row.set} | ${fmt(row.subscriptions)} | ${fmt(row.eventsPerSecond)} | ${row.ratioToParse} |`);
    for (const row of r.attributeRoute ?? []) out.push(`| attribute-scope router ${row.set} | ${fmt(row.subscriptions)} | ${fmt(row.messagesPerSecond)} msgs/s | – |`);
    if (r.ratioNote) out.push('', r.ratioNote);
    for (const d of r.delivered ?? []) out.push('', `${d.set}: ${d.idsPerLine} ids delivered per line, ${d.nsPerId} ns per delivered id (all routing work included); writing the output arrays alone ${d.outputNsPerId} ns per id (${d.ratioToOutput}×).`);
    const m = r.memory;
    out.push('', `Memory: ${fmt(m.bytesPerSubscription)} bytes per subscription at ${fmt(m.subscriptions)} subscriptions; compile ${m.compileMsPerSubscription} ms per subscription; incremental add ${m.addMsPerSubscription} ms, remove ${m.removeMsPerSubscription} ms per subscription.`);
    out.push(`Match counts checked against the naive loop first: ${r.checks.map((c) => `${c.set} ${fmt(c.matches)}`).join(', ')}.`);
  }
  if (r.dataProtection?.rows) {
    out.push('', '### Data protection scanner', '', '| input | MB/s | ratio to separate-regex baseline |', '|---|---:|---:|');
    for (const row of r.dataProtection.rows) out.push(`| ${row.name} | ${row.mbPerSecond} | ${row.ratioToBaseline ?? '–'} |`);
    if (r.dataProtection.notes) out.push('', ...r.dataProtection.notes);
  }
  if (r.iam?.rows) {
    out.push('', '### IAM decisions', '', '| case | policies | decisions/s | compiled ÷ reference |', '|---|---:|---:|---:|');
    for (const row of r.iam.rows) out.push(`| ${row.name} | ${fmt(row.policies)} | ${fmt(Math.round(row.decisionsPerSecond))} | ${row.ratio ?? '–'} |`);
  }
  if (r.regexEngines?.rows) {
    out.push('', '### Custom identifier regex back ends', '', '| back end, input | MB/s | matches |', '|---|---:|---:|');
    for (const row of r.regexEngines.rows) out.push(`| ${row.name} | ${row.mbPerSecond} | ${fmt(row.matches)} |`);
    out.push('', ...r.regexEngines.notes);
  }
  return out.join('\n');
}
