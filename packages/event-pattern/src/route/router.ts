/**
 * Many patterns against one event, through the shared router (@arbiter/sns-filter's RuleRouter):
 * each pattern's IR rule is registered in the one index SNS subscriptions use, events are read
 * straight from their text (only the fields some pattern names are decoded), and array
 * consistency (`within`) is exact because an event whose arrays could split a pattern's fields
 * across elements is decided by the pattern's compiled evaluator instead. Routing decides exactly
 * as each pattern's matcher (a property test checks).
 */
import { compileExpr, DEFAULT_MAX_JSON_BYTES, diagnostic, fail, ok, type Diagnostic, type Result } from '@arbiter/ir';
import { RuleRouter } from '@arbiter/sns-filter';
import { eventResolver } from '../match/event-view.js';
import { readEvent } from '../match/read-event.js';
import { validateEventPattern } from '../pattern/analyze.js';
import { EventPatternCodes as Codes } from '../pattern/codes.js';
import type { NamedPattern, PatternRouter } from '../types.js';
import { EVENT_BODY } from './dialect.js';

class EventRouter implements PatternRouter {
  private readonly rules = new RuleRouter(EVENT_BODY);

  get size(): number {
    return this.rules.size;
  }

  add(entry: NamedPattern): Result<void> {
    if (entry === null || typeof entry !== 'object' || typeof entry.id !== 'string') return fail([diagnostic(Codes.invalidPatternEntry, 'input', '', 'each pattern needs a string `id` and a `pattern`')]);
    if (this.rules.has(entry.id)) return fail([diagnostic(Codes.duplicatePatternId, 'input', '', `pattern id \`${entry.id}\` is already routed`)]);
    const validated = validateEventPattern(entry.pattern);
    if (!validated.ok) return { ok: false, diagnostics: validated.diagnostics.map((d) => ({ ...d, params: { ...d.params, pattern: entry.id } })) };
    const when = validated.value.ruleSet.rules[0]!.when;
    const evaluate = compileExpr(when);
    const problem = this.rules.addRule(entry.id, 'MessageBody', when, (root) => evaluate(eventResolver(root)));
    if (problem !== undefined) return fail([diagnostic(Codes.invalidPatternEntry, 'input', '', 'the pattern lowered to IR the router cannot index')]);
    return ok(undefined, validated.warnings);
  }

  remove(id: string): boolean {
    return this.rules.remove(id);
  }

  route(event: unknown): string[] {
    if (typeof event === 'string') {
      // Beyond the safe parser's size limit the matcher refuses the event: decide as it does.
      if (event.length * 3 <= DEFAULT_MAX_JSON_BYTES) return this.rules.route(event);
      const read = readEvent(event);
      return read.ok ? this.rules.routeParsed(read.root as Record<string, unknown>) : [];
    }
    if (event === null || typeof event !== 'object' || Array.isArray(event)) return [];
    return this.rules.routeParsed(event as Record<string, unknown>);
  }
}

/** Compiles many named patterns into one router; a failed result lists every invalid pattern (its id in `params.pattern`). */
export function createEventRouter(patterns: NamedPattern[]): Result<PatternRouter> {
  const router = new EventRouter();
  const problems: Diagnostic[] = [];
  if (!Array.isArray(patterns)) return fail([diagnostic(Codes.invalidPatternEntry, 'input', '', 'expected an array of {"id", "pattern"}')]);
  for (const p of patterns) {
    const added = router.add(p);
    if (!added.ok) problems.push(...added.diagnostics);
  }
  return problems.length ? fail(problems) : ok(router);
}
