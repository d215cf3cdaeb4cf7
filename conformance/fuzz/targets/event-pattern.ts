/**
 * EventBridge patterns: a setup is a few patterns, each compiled as reference and compiled
 * matchers and all added to one router; each event's answer is the ids that match.
 */
import { compileEventPattern, createEventRouter, validateEventPattern } from '@arbiter/event-pattern';
import { eventArb, patternsArb } from '../generators.js';
import type { Family, Prepared } from '../targets.js';

const EVALUATORS = ['event-pattern-reference', 'event-pattern-compiled', 'event-pattern-router'] as const;
const idsOf = (answer: string | undefined): string[] => (answer ? answer.split(',') : []);

function prepare(patterns: unknown[]): Prepared<unknown> {
  const ids: string[] = [];
  const reference: Array<(e: unknown) => boolean> = [];
  const compiled: Array<(e: unknown) => boolean> = [];
  const invalid: string[] = [];
  patterns.forEach((pattern, i) => {
    const valid = validateEventPattern(pattern).ok;
    const r = compileEventPattern(pattern, { mode: 'reference' });
    const c = compileEventPattern(pattern, { mode: 'compiled' });
    if (valid !== r.ok || valid !== c.ok) invalid.push(`p${i}: validate ${valid}, reference ${r.ok}, compiled ${c.ok}`);
    if (!valid || !r.ok || !c.ok) return;
    ids.push(`p${i}`);
    reference.push((e) => r.value.match(e).matched);
    compiled.push((e) => c.value.match(e).matched);
  });
  const router = createEventRouter(ids.map((id) => ({ id, pattern: patterns[Number(id.slice(1))] })));
  if (!router.ok) invalid.push('the router refuses patterns that validate');
  const matching = (tests: Array<(e: unknown) => boolean>) => (e: unknown) => ids.filter((_, k) => tests[k]!(e)).join(',');
  return {
    evaluate: [
      [EVALUATORS[0], matching(reference)],
      [EVALUATORS[1], matching(compiled)],
      [EVALUATORS[2], (e) => (router.ok ? router.value.route(e).sort().join(',') : 'router-refused')],
    ],
    ...(invalid.length > 0 ? { problem: invalid.join('; ') } : {}),
    asCases(event, answers) {
      const matched = idsOf(answers[EVALUATORS[0]]);
      const all = patterns.map((_, i) => `p${i}`);
      const differing = event === undefined ? all : all.filter((id) => new Set(Object.values(answers).map((a) => idsOf(a).includes(id))).size > 1);
      return differing.map((id) => {
        const pattern = patterns[Number(id.slice(1))];
        const expect = !validateEventPattern(pattern).ok ? 'invalid-pattern' : matched.includes(id) ? 'match' : 'no-match';
        const text = typeof event === 'string' ? { event_text: event } : { event: event ?? {} };
        return { kind: 'event-pattern', source: 'fuzz', confidence: 'derived', dialect: 'eventbridge', pattern, ...text, expect, routerPatterns: patterns, note: `fuzz: ${JSON.stringify(answers)}` };
      });
    },
  };
}

export const eventPatternFamily: Family<unknown[], unknown> = {
  name: 'event-pattern',
  evaluators: EVALUATORS,
  setups: patternsArb,
  inputs: eventArb,
  batch: { setups: 10, inputs: 200 },
  setupSize: (s) => JSON.stringify(s).length,
  inputSize: (e) => (typeof e === 'string' ? e.length : JSON.stringify(e).length),
  prepare,
};
