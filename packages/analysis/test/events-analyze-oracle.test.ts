/**
 * `analyzeEventPatterns` against the brute-force oracle over the finite event space of
 * events-oracle.test.ts: every claim that a pattern, an `$or` branch or a pair of rules matches no
 * event (or that two rules match the same events) must hold for every event of the space, and every
 * overlap witness must match both rules when replayed. Fields are top-level (`a`, `b`), so a branch
 * holds exactly when the pattern's other fields and the branch each match.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileEventPattern, validateEventPattern } from '@arbiter/event-pattern';
import { analyzeEventPatterns } from '@arbiter/analysis';
import { must } from './must.js';
import { eventCondition, oracleValues } from './event-arbitraries.js';

const EVENTS: object[] = oracleValues.flatMap((a) =>
  oracleValues.map((b) => {
    const e: Record<string, unknown> = {};
    if (a !== undefined) e.a = a;
    if (b !== undefined) e.b = b;
    return e;
  }),
);

const leaf = fc.array(eventCondition, { minLength: 1, maxLength: 2 });
const part = fc.oneof(fc.record({ a: leaf }), fc.record({ b: leaf }));
/** A base field AND an `$or` of two branches over the same fields: where contradictions arise. */
const orPattern = fc.tuple(part, part, part).map(([base, x, y]) => ({ base, branches: [x, y], pattern: { ...base, $or: [x, y] } }));

const matcher = (p: object) => {
  const m = must(compileEventPattern(p));
  return (e: object) => m.match(e).matched;
};
const none = (test: (e: object) => boolean) => EVENTS.find(test);

describe('analyzeEventPatterns against the oracle', () => {
  it('claims no dead pattern, dead branch, disjoint pair or duplicate the event space contradicts', () => {
    fc.assert(
      fc.property(orPattern, orPattern, (p, q) => {
        fc.pre(validateEventPattern(p.pattern).ok && validateEventPattern(q.pattern).ok);
        const out = must(analyzeEventPatterns([{ id: 'p', pattern: p.pattern }, { id: 'q', pattern: q.pattern }]));
        const mp = matcher(p.pattern);
        const mq = matcher(q.pattern);
        const found = (code: string, rule: string, path = '') => out.diagnostics.some((d) => d.code === code && d.params?.rule === rule && d.path === path);
        for (const [id, side, m] of [['p', p, mp], ['q', q, mq]] as const) {
          if (found('analysis.never-matches', id)) expect(none(m), `${id} matches an event`).toBeUndefined();
          side.branches.forEach((branch, i) => {
            if (!found('analysis.branch-never-matches', id, `/$or/${i}`)) return;
            const mb = matcher(side.base);
            const mi = matcher(branch);
            expect(none((e) => mb(e) && mi(e)), `${id} branch ${i} matches an event`).toBeUndefined();
          });
        }
        const pair = out.overlaps[0];
        if (pair) expect([mp(pair.both), mq(pair.both)]).toEqual([true, true]);
        const decided = !out.diagnostics.some((d) => d.code === 'analysis.unknown' && d.params?.other === 'p');
        const live = !found('analysis.never-matches', 'p') && !found('analysis.never-matches', 'q');
        if (!pair && decided && live) expect(none((e) => mp(e) && mq(e)), 'the rules share an event').toBeUndefined();
        if (found('analysis.duplicate-rules', 'q')) expect(none((e) => mp(e) !== mq(e)), 'an event tells the duplicates apart').toBeUndefined();
      }),
      { numRuns: 150, seed: 17 },
    );
  });
});
