/**
 * Many patterns against one event: each event is parsed once and read through one shared
 * resolver (each field decoded once for all patterns); patterns with an exact-string anchor are
 * indexed by it, so only those whose anchor value the event carries are evaluated. The SNS router
 * (sns-filter/src/route) cannot take EventBridge's operators and array consistency yet, so this
 * index is the dialect's own; routing decides exactly as each pattern's matcher (tested).
 */
import { compileExpr, diagnostic, fail, ok, type CompiledExpr, type Diagnostic, type Result } from '@arbiter/ir';
import { validateEventPattern } from '../pattern/analyze.js';
import { EventPatternCodes as Codes } from '../pattern/codes.js';
import { eventResolver } from '../match/event-view.js';
import type { NamedPattern, PatternRouter } from '../types.js';
import { anchorOf, internFields } from './anchor.js';

interface Entry {
  id: string;
  order: number;
  evaluate: CompiledExpr;
  /** The number of the last event this entry was collected for (dedupes index hits without a Set). */
  seen: number;
}

class EventRouter implements PatternRouter {
  private readonly entries = new Map<string, Entry>();
  private readonly fields = new Map<string, string[]>();
  /** Anchor field path (interned array) → anchor value → entries. */
  private readonly index = new Map<string[], Map<string, Set<Entry>>>();
  /** Patterns without an anchor, in the order they were added: evaluated for every event. */
  private unanchored: Entry[] = [];
  private order = 0;
  private events = 0;

  get size(): number {
    return this.entries.size;
  }

  add(entry: NamedPattern): Result<void> {
    const problems: Diagnostic[] = [];
    if (entry === null || typeof entry !== 'object' || typeof entry.id !== 'string') problems.push(diagnostic(Codes.invalidPatternEntry, 'input', '', 'each pattern needs a string `id` and a `pattern`'));
    else if (this.entries.has(entry.id)) problems.push(diagnostic(Codes.duplicatePatternId, 'input', '', `pattern id \`${entry.id}\` is already routed`));
    if (problems.length) return { ok: false, diagnostics: problems };
    const validated = validateEventPattern(entry.pattern);
    if (!validated.ok) return { ok: false, diagnostics: validated.diagnostics.map((d) => ({ ...d, params: { ...d.params, pattern: entry.id } })) };
    const when = structuredClone(validated.value.ruleSet.rules[0]!.when);
    internFields(when, this.fields);
    const e: Entry = { id: entry.id, order: this.order++, evaluate: compileExpr(when), seen: -1 };
    this.entries.set(e.id, e);
    const anchor = anchorOf(when);
    if (!anchor) this.unanchored.push(e);
    else {
      const byValue = this.index.get(anchor.field) ?? new Map<string, Set<Entry>>();
      this.index.set(anchor.field, byValue);
      for (const v of anchor.values) byValue.set(v, (byValue.get(v) ?? new Set()).add(e));
    }
    return ok(undefined, validated.warnings);
  }

  remove(id: string): boolean {
    const e = this.entries.get(id);
    if (!e) return false;
    this.entries.delete(id);
    this.unanchored = this.unanchored.filter((x) => x !== e);
    for (const byValue of this.index.values()) for (const set of byValue.values()) set.delete(e);
    return true;
  }

  route(event: unknown): string[] {
    let root: unknown = event;
    if (typeof event === 'string') {
      try {
        root = JSON.parse(event);
      } catch {
        return [];
      }
    }
    if (root === null || typeof root !== 'object' || Array.isArray(root)) return [];
    const resolve = eventResolver(root);
    const stamp = this.events++;
    const matched: Entry[] = [];
    for (const [field, byValue] of this.index) {
      const values = resolve(field);
      if (!values) continue;
      for (const v of values) {
        const hit = typeof v === 'string' ? byValue.get(v) : undefined;
        if (hit) for (const e of hit) if (e.seen !== stamp && (e.seen = stamp) >= 0 && e.evaluate(resolve)) matched.push(e);
      }
    }
    const anchoredHits = matched.length;
    for (const e of this.unanchored) if (e.evaluate(resolve)) matched.push(e);
    if (anchoredHits > 0) matched.sort((a, b) => a.order - b.order);
    return matched.map((e) => e.id);
  }
}

/** Compiles many named patterns into one router; a failed result lists every invalid pattern (its id in `params.pattern`). */
export function createEventRouter(patterns: NamedPattern[]): Result<PatternRouter> {
  const router = new EventRouter();
  const problems: Diagnostic[] = [];
  if (!Array.isArray(patterns)) return { ok: false, diagnostics: [diagnostic(Codes.invalidPatternEntry, 'input', '', 'expected an array of {"id", "pattern"}')] };
  for (const p of patterns) {
    const added = router.add(p);
    if (!added.ok) problems.push(...added.diagnostics);
  }
  return problems.length ? fail(problems) : ok(router);
}
