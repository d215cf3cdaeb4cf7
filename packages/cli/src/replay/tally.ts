/**
 * Replay counters: per file (lines, messages, unusable lines), per subscription (delivered, filtered
 * out per SNS metric, the reasons), and the first unusable lines by position. Everything is bounded
 * (distinct reasons and listed lines are capped) so memory stays constant over millions of lines,
 * and tallies merge, so chunks replayed by different worker threads add up to one result.
 */
import type { FilterDecision } from '@arbiter/sns-filter';

/** Distinct reasons kept per subscription; the rest are counted under `otherReasons`. */
export const MAX_DISTINCT_REASONS = 1000;

export interface FileTally {
  lines: number;
  messages: number;
  unusable: number;
}

export interface SubscriptionTally {
  delivered: number;
  filteredOut: number;
  /** Filtered-out messages per CloudWatch metric name. */
  metrics: Record<string, number>;
  reasons: Map<string, number>;
  otherReasons: number;
}

export interface UnusableLine {
  file: number;
  line: number;
  message: string;
}

export interface ReplayTally {
  files: FileTally[];
  subscriptions: SubscriptionTally[];
  /** The first `listLimit` unusable lines in (file, line) order. */
  unusable: UnusableLine[];
  listLimit: number;
}

export function createTally(files: number, subscriptions: number, listLimit: number): ReplayTally {
  return {
    files: Array.from({ length: files }, () => ({ lines: 0, messages: 0, unusable: 0 })),
    subscriptions: Array.from({ length: subscriptions }, () => ({ delivered: 0, filteredOut: 0, metrics: {}, reasons: new Map(), otherReasons: 0 })),
    unusable: [],
    listLimit,
  };
}

function addReason(sub: SubscriptionTally, reason: string, n: number): void {
  const seen = sub.reasons.get(reason);
  if (seen !== undefined) sub.reasons.set(reason, seen + n);
  else if (sub.reasons.size < MAX_DISTINCT_REASONS) sub.reasons.set(reason, n);
  else sub.otherReasons += n;
}

/** Counts one decision for subscription `index`. */
export function countDecision(tally: ReplayTally, index: number, decision: FilterDecision): void {
  const sub = tally.subscriptions[index]!;
  if (decision.delivered) {
    sub.delivered++;
    return;
  }
  sub.filteredOut++;
  const metric = decision.metric ?? 'unknown';
  sub.metrics[metric] = (sub.metrics[metric] ?? 0) + 1;
  addReason(sub, decision.reason || 'filtered out', 1);
}

const byPosition = (a: UnusableLine, b: UnusableLine): number => a.file - b.file || a.line - b.line;

/** Counts an unusable line; only the first `listLimit` by position are kept. */
export function countUnusable(tally: ReplayTally, entry: UnusableLine): void {
  tally.files[entry.file]!.unusable++;
  tally.unusable.push(entry);
  // Trim lazily: chunks from workers arrive out of order, so keep the smallest positions.
  if (tally.unusable.length > 2 * tally.listLimit + 16) trimUnusable(tally);
}

function trimUnusable(tally: ReplayTally): void {
  tally.unusable.sort(byPosition);
  tally.unusable.length = Math.min(tally.unusable.length, tally.listLimit);
}

/** Adds `part` into `into` (same files and subscriptions). */
export function mergeTally(into: ReplayTally, part: ReplayTally): void {
  part.files.forEach((f, i) => {
    const t = into.files[i]!;
    t.lines += f.lines;
    t.messages += f.messages;
    t.unusable += f.unusable;
  });
  part.subscriptions.forEach((s, i) => {
    const t = into.subscriptions[i]!;
    t.delivered += s.delivered;
    t.filteredOut += s.filteredOut;
    t.otherReasons += s.otherReasons;
    for (const [metric, n] of Object.entries(s.metrics)) t.metrics[metric] = (t.metrics[metric] ?? 0) + n;
    for (const [reason, n] of s.reasons) addReason(t, reason, n);
  });
  for (const u of part.unusable) into.unusable.push(u);
  trimUnusable(into);
}

/** Final form: unusable lines sorted and cut to the limit. */
export function settleTally(tally: ReplayTally): ReplayTally {
  trimUnusable(tally);
  return tally;
}
