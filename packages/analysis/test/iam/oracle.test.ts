/**
 * The brute-force oracle for IAM: over a finite request space (every constant of the generated
 * policies, near misses, absent keys, lists for the multivalued key), which of "only old", "only
 * new", "both" occur. Wherever the oracle finds a request of a kind, the engine must have found one
 * too (or answered unknown); every witness the engine gives is replayed through `authorize`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePolicySet, authorize, type IamRequest } from '@arbiter/iam';
import { iamDiff, relationOf, type Component } from '@arbiter/analysis';
import { must } from '../must.js';
import { iamPolicy, oracleRequests } from './arbitraries.js';

const valid = (p: object) => compilePolicySet({ identity: [p] }).ok;
const allows = (p: object, r: IamRequest) => must(authorize({ identity: [p] }, r)).decision === 'Allow';

function oracle(oldP: object, newP: object): Record<Component, boolean> {
  const o = must(compilePolicySet({ identity: [oldP] }));
  const n = must(compilePolicySet({ identity: [newP] }));
  const seen = { onlyOld: false, onlyNew: false, both: false };
  for (const r of oracleRequests()) {
    const x = o.authorize(r).decision === 'Allow';
    const y = n.authorize(r).decision === 'Allow';
    if (x && y) seen.both = true;
    else if (x) seen.onlyOld = true;
    else if (y) seen.onlyNew = true;
  }
  return seen;
}

const stats = { pairs: 0, unknownParts: 0 };

describe('iamDiff against a brute-force oracle', () => {
  it('agrees on generated identity policy pairs (NotAction, NotResource, wildcards, IfExists, qualifiers, Null, numbers, variables)', () => {
    fc.assert(
      fc.property(iamPolicy, iamPolicy, (oldP, newP) => {
        fc.pre(valid(oldP) && valid(newP));
        stats.pairs++;
        const diff = must(iamDiff(oldP, newP));
        const seen = oracle(oldP, newP);
        for (const component of ['onlyOld', 'onlyNew', 'both'] as const) {
          const w = diff.witnesses[component];
          if (w) {
            const want = { onlyOld: [true, false], onlyNew: [false, true], both: [true, true] }[component];
            expect([allows(oldP, w), allows(newP, w)], `${component} witness ${JSON.stringify(w)}`).toEqual(want);
          } else if (seen[component]) {
            expect(diff.unknown[component], `${component} exists but the engine said none: ${JSON.stringify({ oldP, newP })}`).toBeDefined();
          }
          if (diff.unknown[component]) stats.unknownParts++;
        }
        if (diff.relation !== 'unknown') {
          expect(diff.relation).toBe(relationOf({ onlyOld: diff.witnesses.onlyOld !== null, onlyNew: diff.witnesses.onlyNew !== null, both: diff.witnesses.both !== null }));
        }
      }),
      { numRuns: 40, seed: 14 },
    );
    // The engine decides these operators completely: an unknown here is a regression.
    expect(stats.unknownParts, `${stats.unknownParts} undecided parts in ${stats.pairs} pairs`).toBe(0);
  });
});
