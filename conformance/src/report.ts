/** Text rendering of a conformance report for people. */
import type { ConformanceReport, Tally } from './run.js';

const line = (name: string, t: Tally): string => `${name.padEnd(22)} ${String(t.passed).padStart(5)} / ${String(t.total).padEnd(5)} passed${t.failed ? `, ${t.failed} failed` : ''}`;

export function formatReportText(report: ConformanceReport, options: { maxFailures?: number } = {}): string {
  const out: string[] = [];
  const max = options.maxFailures ?? 50;
  for (const p of report.problems) out.push(`${p.file}:${p.line}: ${p.message}`);
  const unknown = report.failures.filter((f) => f.known === undefined);
  for (const f of unknown.slice(0, max)) {
    out.push(`FAIL ${f.id} (${f.kind}${f.file ? `, ${f.file}:${f.line}` : ''}): expected ${f.expected}, got ${f.actual}${f.detail ? ` — ${f.detail}` : ''}`);
  }
  if (unknown.length > max) out.push(`… and ${unknown.length - max} more failures (use --format json for all)`);
  for (const id of report.unexpectedPasses) out.push(`STALE ${id}: listed as known-failing but passes; remove it from the list`);
  if (out.length) out.push('');
  out.push('by kind:');
  for (const [kind, t] of Object.entries(report.kinds)) {
    out.push('  ' + line(kind, t));
    if (t.detections) {
      const d = t.detections;
      out.push(`  ${''.padEnd(22)} detections: precision ${d.precision}, recall ${d.recall} (${d.truePositives} true positives, ${d.found} found, ${d.expected} expected)`);
    }
  }
  out.push('by mode:');
  for (const [mode, t] of Object.entries(report.byMode)) out.push('  ' + line(mode, t));
  if (report.skipped) out.push(`skipped: ${report.skipped} (their kind offers none of the modes asked for)`);
  out.push('by confidence:');
  for (const [c, t] of Object.entries(report.byConfidence)) out.push('  ' + line(c, t));
  if (report.knownFailing) out.push(`known failing: ${report.knownFailing} (listed with reasons)`);
  out.push(`${report.passed} passed, ${report.failed} failed`);
  return out.join('\n');
}
