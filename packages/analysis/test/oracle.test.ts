/**
 * The brute-force oracle: over a finite message space (every constant of the generated policies,
 * near misses, pairs of values), which of "only old", "only new", "both" occur. Wherever the
 * oracle finds a message of a kind, the engine must have found one too (or answered unknown);
 * every witness the engine gives is replayed through the SNS matcher.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { must } from './must.js';
import { compileFilterPolicy, validateFilterPolicy, type FilterPolicyScope, type SnsMessage } from '@arbiter/sns-filter';
import { diffFilterPolicies, relationOf, type Component } from '@arbiter/analysis';
import { oracleFieldStates, policy } from './arbitraries.js';

function message(scope: FilterPolicyScope, a: unknown[] | undefined, b: unknown[] | undefined): SnsMessage {
  if (scope === 'MessageBody') {
    const body: Record<string, unknown> = {};
    if (a) body.a = a.length === 1 ? a[0] : a;
    if (b) body.b = b.length === 1 ? b[0] : b;
    return { body: JSON.stringify(body) };
  }
  const attrs: Record<string, unknown> = { other: { Type: 'String', Value: 'x' } };
  const attr = (v: unknown[]) =>
    v.length === 1 && typeof v[0] === 'string' ? { Type: 'String', Value: v[0] } :
    v.length === 1 && typeof v[0] === 'number' ? { Type: 'Number', Value: String(v[0]) } : { Type: 'String.Array', Value: JSON.stringify(v) };
  if (a) attrs.a = attr(a);
  if (b) attrs.b = attr(b);
  return { attributes: attrs } as SnsMessage;
}

function oracle(oldP: object, newP: object, scope: FilterPolicyScope): Record<Component, boolean> {
  const o = must(compileFilterPolicy(oldP, { scope }));
  const n = must(compileFilterPolicy(newP, { scope }));
  const seen = { onlyOld: false, onlyNew: false, both: false };
  const states = oracleFieldStates(scope === 'MessageBody');
  for (const a of states) {
    for (const b of states) {
      const m = message(scope, a, b);
      const x = o.match(m).delivered;
      const y = n.match(m).delivered;
      if (x && y) seen.both = true;
      else if (x) seen.onlyOld = true;
      else if (y) seen.onlyNew = true;
    }
  }
  return seen;
}

const valid = (p: object, scope: FilterPolicyScope) => validateFilterPolicy(p, { scope }).ok;

function checkPair(oldP: object, newP: object, scope: FilterPolicyScope): void {
  const result = diffFilterPolicies(oldP, newP, { scope });
  expect(result.ok).toBe(true);
  const diff = must(result);
  const seen = oracle(oldP, newP, scope);
  const o = must(compileFilterPolicy(oldP, { scope }));
  const n = must(compileFilterPolicy(newP, { scope }));
  for (const component of ['onlyOld', 'onlyNew', 'both'] as const) {
    const w = diff.witnesses[component];
    if (w) {
      const want = { onlyOld: [true, false], onlyNew: [false, true], both: [true, true] }[component];
      expect([o.match(w).delivered, n.match(w).delivered], `${component} witness ${JSON.stringify(w)}`).toEqual(want);
    } else if (seen[component]) {
      // The oracle found such a message: the engine may only have missed it by saying unknown.
      expect(diff.unknown[component], `${component} exists but the engine said none: ${JSON.stringify({ oldP, newP, scope })}`).toBeDefined();
    }
  }
  if (diff.relation !== 'unknown') {
    expect(diff.relation).toBe(relationOf({ onlyOld: diff.witnesses.onlyOld !== null, onlyNew: diff.witnesses.onlyNew !== null, both: diff.witnesses.both !== null }));
  }
}

describe('diff against a brute-force oracle', () => {
  for (const scope of ['MessageAttributes', 'MessageBody'] as const) {
    it(`agrees on generated policy pairs (${scope})`, () => {
      fc.assert(
        fc.property(policy(true), policy(true), (oldP, newP) => {
          fc.pre(valid(oldP, scope) && valid(newP, scope));
          checkPair(oldP, newP, scope);
        }),
        { numRuns: 150, seed: 7 },
      );
    });
  }
});
