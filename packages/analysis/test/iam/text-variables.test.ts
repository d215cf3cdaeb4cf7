/**
 * Policy variables inside text (`arn:aws:s3:::b/${aws:username}/*`), which the request search
 * cannot cover completely: widening (src/iam/widen.ts) and syntactic inclusion
 * (src/iam/inclusion.ts) decide the common changes; what neither proves stays `unknown`. An oracle
 * over a finite request space checks that no part is claimed empty while a request shows it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePolicySet, type IamRequest } from '@arbiter/iam';
import { iamDiff, relationOf, type Component } from '@arbiter/analysis';
import { must } from '../must.js';

const policy = (...Statement: object[]) => ({ Version: '2012-10-17', Statement });
const get = (Resource: string, extra: object = {}) => ({ Effect: 'Allow', Action: 's3:GetObject', Resource, ...extra });
const HOME = 'arn:aws:s3:::b/${aws:username}/*';
const WANT: Record<Component, [boolean, boolean]> = { onlyOld: [true, false], onlyNew: [false, true], both: [true, true] };

function decided(oldP: object, newP: object) {
  const d = must(iamDiff(oldP, newP));
  const [o, n] = [oldP, newP].map((p) => must(compilePolicySet({ identity: [p] })));
  for (const c of ['onlyOld', 'onlyNew', 'both'] as const) {
    const w = d.witnesses[c];
    if (w) expect([o!.authorize(w).decision === 'Allow', n!.authorize(w).decision === 'Allow'], `${c} ${JSON.stringify(w)}`).toEqual(WANT[c]);
  }
  return d;
}

describe('iamDiff with variables inside text', () => {
  it('a home folder opened to the whole bucket is broader, proved (the old side widened to b/*/* is inside b/*)', () => {
    const d = decided(policy(get(HOME)), policy(get('arn:aws:s3:::b/*')));
    expect([d.relation, d.unknown]).toEqual(['broader', {}]);
    const back = decided(policy(get('arn:aws:s3:::b/*')), policy(get(HOME)));
    expect([back.relation, back.unknown]).toEqual(['narrower', {}]);
  });

  it('a variable in a condition value: dropping `s3:prefix = ${aws:username}/` is broader', () => {
    const list = get('arn:aws:s3:::b', { Action: 's3:ListBucket' });
    const scoped = { ...list, Condition: { StringLike: { 's3:prefix': ['${aws:username}/*'] } } };
    const d = decided(policy(scoped), policy(list));
    expect([d.relation, d.unknown]).toEqual(['broader', {}]);
  });

  it('identical statements, and statements added beside them, are decided by syntactic inclusion', () => {
    expect(decided(policy(get(HOME)), policy(get(HOME))).relation).toBe('equivalent');
    const put = { ...get(HOME), Action: 's3:PutObject' };
    const d = decided(policy(get(HOME)), policy(get(HOME), put));
    expect([d.relation, d.unknown]).toEqual(['broader', {}]);
    expect(d.witnesses.onlyNew!.action.toLowerCase()).toBe('s3:putobject');
    // A Deny added on the new side is not inside the old policy's Denies: the search decides (narrower).
    const deny = { Effect: 'Deny', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/secret/*' };
    const denied = decided(policy(get(HOME)), policy(get(HOME), deny));
    expect(denied.witnesses.onlyNew).toBeNull();
    // …and what it takes away is not claimed away: a witness, or undecided with the reason.
    expect(denied.witnesses.onlyOld !== null || denied.unknown.onlyOld !== undefined).toBe(true);
  });

  it('what neither proof reaches stays unknown, never guessed: b/${aws:username}/* inside b/${aws:username}*', () => {
    const d = decided(policy(get(HOME)), policy(get('arn:aws:s3:::b/${aws:username}*')));
    expect(d.witnesses.onlyOld).toBeNull();
    expect(d.unknown.onlyOld).toMatch(/variable/);
  });

  it('agrees with a brute-force oracle on generated pairs with variables in resources and conditions', () => {
    const resources = ['arn:aws:s3:::b/*', HOME, 'arn:aws:s3:::b/${aws:username}', 'arn:aws:s3:::b/x/*', 'arn:aws:s3:::${aws:PrincipalTag/team}/*', '*'];
    const condition = fc.constantFrom(undefined, { StringLike: { 's3:prefix': '${aws:username}/*' } }, { StringEquals: { 's3:prefix': 'x/' } }, { StringNotLike: { 's3:prefix': '${aws:username}/*' } });
    const statement = fc.record({ Effect: fc.constantFrom('Allow', 'Allow', 'Deny'), Action: fc.constantFrom('s3:GetObject', 's3:*'), Resource: fc.constantFrom(...resources), Condition: condition })
      .map((st) => (st.Condition === undefined ? { Effect: st.Effect, Action: st.Action, Resource: st.Resource } : st));
    const policyArb = fc.array(statement, { minLength: 1, maxLength: 3 }).map((s) => policy(...s));
    const requests: IamRequest[] = [];
    for (const resource of ['arn:aws:s3:::b/x/k', 'arn:aws:s3:::b/y/k', 'arn:aws:s3:::b/x', 'arn:aws:s3:::x/k', 'arn:aws:s3:::c/k'])
      for (const username of [undefined, 'x', 'y'])
        for (const team of [undefined, 'x'])
          for (const prefix of [undefined, 'x/', 'x/a', 'y/'])
            for (const action of ['s3:GetObject', 's3:PutObject']) {
              const context: Record<string, string> = {};
              if (username) context['aws:username'] = username;
              if (team) context['aws:PrincipalTag/team'] = team;
              if (prefix) context['s3:prefix'] = prefix;
              requests.push({ action, resource, principal: 'arn:aws:iam::111122223333:user/u', context });
            }
    let decidedParts = 0;
    fc.assert(
      fc.property(policyArb, policyArb, (oldP, newP) => {
        const d = decided(oldP, newP);
        const [o, n] = [oldP, newP].map((p) => must(compilePolicySet({ identity: [p] })));
        const seen = { onlyOld: false, onlyNew: false, both: false };
        for (const r of requests) {
          const [x, y] = [o!.authorize(r).decision === 'Allow', n!.authorize(r).decision === 'Allow'];
          if (x && y) seen.both = true;
          else if (x) seen.onlyOld = true;
          else if (y) seen.onlyNew = true;
        }
        for (const c of ['onlyOld', 'onlyNew', 'both'] as const) {
          if (!d.witnesses[c] && seen[c]) expect(d.unknown[c], `${c} shown by the oracle but claimed empty: ${JSON.stringify({ oldP, newP })}`).toBeDefined();
          if (d.unknown[c] === undefined) decidedParts++;
        }
        if (d.relation !== 'unknown') expect(d.relation).toBe(relationOf({ onlyOld: d.witnesses.onlyOld !== null, onlyNew: d.witnesses.onlyNew !== null, both: d.witnesses.both !== null }));
      }),
      { numRuns: 150, seed: 29 },
    );
    // Most parts are decided (the point of widening); the rest say why.
    expect(decidedParts).toBeGreaterThan(300);
  });
});
