/** The replay summary: as JSON for machines and as text for people. */
import type { ReplayOutcome } from './run-replay.js';
import type { SubscriptionSpec } from './target.js';

export interface ReplaySummary {
  lines: number;
  messages: number;
  unusable: number;
  files: Array<{ file: string; lines: number; messages: number; unusable: number; error?: string }>;
  subscriptions: Array<{
    id: string;
    scope: string;
    delivered: number;
    filteredOut: number;
    /** Filtered-out messages per SNS CloudWatch metric name. */
    metrics: Record<string, number>;
    topReasons: Array<{ reason: string; count: number }>;
    /** Filtered-out messages whose reason was not kept (more distinct reasons than the cap). */
    otherReasons: number;
  }>;
  unusableLines: Array<{ file: string; line: number; message: string }>;
  readErrors: Array<{ file: string; line: number; message: string }>;
  seconds: number;
  linesPerSecond: number;
}

/** Builds the summary of `outcome` with the `top` most frequent reasons per subscription. */
export function summarizeReplay(files: string[], subs: SubscriptionSpec[], outcome: ReplayOutcome, top: number): ReplaySummary {
  const { tally } = outcome;
  const errorOf = new Map(outcome.readErrors.map((e) => [e.file, e]));
  const lines = tally.files.reduce((n, f) => n + f.lines, 0);
  const seconds = outcome.elapsedMs / 1000;
  return {
    lines,
    messages: tally.files.reduce((n, f) => n + f.messages, 0),
    unusable: tally.files.reduce((n, f) => n + f.unusable, 0),
    files: tally.files.map((f, i) => {
      const error = errorOf.get(files[i]!);
      return { file: files[i]!, ...f, ...(error ? { error: error.message } : {}) };
    }),
    subscriptions: tally.subscriptions.map((s, i) => ({
      id: subs[i]!.id,
      scope: subs[i]!.scope ?? 'MessageAttributes',
      delivered: s.delivered,
      filteredOut: s.filteredOut,
      metrics: s.metrics,
      topReasons: [...s.reasons].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, top).map(([reason, count]) => ({ reason, count })),
      otherReasons: s.otherReasons,
    })),
    unusableLines: tally.unusable.map((u) => ({ file: files[u.file]!, line: u.line, message: u.message })),
    readErrors: outcome.readErrors.map((e) => ({ file: e.file, line: e.line, message: e.message })),
    seconds: Math.round(seconds * 1000) / 1000,
    linesPerSecond: seconds > 0 ? Math.round(lines / seconds) : 0,
  };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The summary for people, one fact per line. */
export function formatReplayText(s: ReplaySummary): string {
  const out: string[] = [];
  out.push(`replayed ${plural(s.lines, 'line')} (${plural(s.messages, 'message')}) from ${plural(s.files.length, 'file')} in ${s.seconds} s (${s.linesPerSecond} lines/s)${s.unusable ? `; ${s.unusable} unusable` : ''}`);
  for (const sub of s.subscriptions) {
    out.push(`subscription \`${sub.id}\` (${sub.scope}): ${sub.delivered} of ${s.messages} delivered, ${sub.filteredOut} filtered out`);
    for (const [metric, n] of Object.entries(sub.metrics).sort((a, b) => b[1] - a[1])) out.push(`  ${metric}: ${n}`);
    if (sub.topReasons.length) out.push('  top reasons:');
    for (const r of sub.topReasons) out.push(`    ${String(r.count).padStart(8)}  ${r.reason}`);
    if (sub.otherReasons) out.push(`    ${String(sub.otherReasons).padStart(8)}  (other reasons, not kept)`);
  }
  if (s.unusable) {
    out.push(`unusable lines (${s.unusable}):`);
    for (const u of s.unusableLines) out.push(`  ${u.file}:${u.line}: ${u.message}`);
    if (s.unusable > s.unusableLines.length) out.push(`  … and ${s.unusable - s.unusableLines.length} more (raise --max-errors to list them)`);
  }
  for (const e of s.readErrors) out.push(`error: ${e.message}`);
  return out.join('\n') + '\n';
}
