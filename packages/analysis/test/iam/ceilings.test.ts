/**
 * Ceilings — permissions boundaries, SCPs and session policies — never grant; `iamDiff` with their
 * kind answers what each version lets identity policies grant. Every witness is replayed through
 * `authorize` beside an identity policy that grants everything, so the ceiling alone decides.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { authorize, compilePolicySet, type IamRequest } from '@arbiter/iam';
import { iamDiff, relationOf, type AnalysedKind, type Component } from '@arbiter/analysis';
import { must } from '../must.js';
import { iamPolicy, oracleRequests } from './arbitraries.js';

type Ceiling = Extract<AnalysedKind, 'boundary' | 'scp' | 'session'>;
const policy = (...Statement: object[]) => ({ Version: '2012-10-17', Statement });
const GRANT_ALL = policy({ Effect: 'Allow', Action: '*', Resource: '*' });
const allows = (p: object, r: IamRequest, kind: Ceiling) => must(authorize({ identity: [GRANT_ALL], [kind]: [p] }, r)).decision === 'Allow';
const WANT: Record<Component, [boolean, boolean]> = { onlyOld: [true, false], onlyNew: [false, true], both: [true, true] };

function replayed(oldP: object, newP: object, kind: Ceiling) {
  const d = must(iamDiff(oldP, newP, { kind }));
  for (const c of ['onlyOld', 'onlyNew', 'both'] as const) {
    const w = d.witnesses[c];
    if (w) expect([allows(oldP, w, kind), allows(newP, w, kind)], `${c} ${JSON.stringify(w)}`).toEqual(WANT[c]);
  }
  return d;
}

describe('iamDiff on ceilings (boundary, scp, session)', () => {
  it('an SCP that drops its Region guard lets identity policies grant more: the witness is outside the Region', () => {
    const guard = { Effect: 'Deny', Action: 'ec2:*', Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': 'eu-west-1' } } };
    const d = replayed(policy({ Effect: 'Allow', Action: '*', Resource: '*' }, guard), policy({ Effect: 'Allow', Action: '*', Resource: '*' }), 'scp');
    expect(d.relation).toBe('broader');
    expect(d.witnesses.onlyNew!.action.toLowerCase()).toMatch(/^ec2:/);
    expect(d.witnesses.onlyNew!.context?.['aws:RequestedRegion']).not.toBe('eu-west-1');
  });

  it('a boundary that adds a service is broader; one that only narrows a resource is narrower', () => {
    const s3 = policy({ Effect: 'Allow', Action: 's3:*', Resource: '*' });
    const more = replayed(s3, policy({ Effect: 'Allow', Action: ['s3:*', 'dynamodb:*'], Resource: '*' }), 'boundary');
    expect(more.relation).toBe('broader');
    expect(more.witnesses.onlyNew!.action.toLowerCase()).toMatch(/^dynamodb:/);
    const less = replayed(s3, policy({ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::logs/*' }), 'boundary');
    expect(less.relation).toBe('narrower');
    expect(less.witnesses.onlyOld!.resource).not.toMatch(/^arn:aws:s3:::logs\//);
  });

  it('a session policy with a Deny added is narrower', () => {
    const d = replayed(policy({ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }), policy({ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }, { Effect: 'Deny', Action: 'sqs:DeleteQueue', Resource: '*' }), 'session');
    expect(d.relation).toBe('narrower');
    expect(d.witnesses.onlyOld!.action.toLowerCase()).toBe('sqs:deletequeue');
  });

  it('each kind is read with its own grammar: an SCP with a Principal is a diagnostic, not a throw', () => {
    const r = iamDiff(policy({ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }), GRANT_ALL, { kind: 'scp' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics.some((x) => x.params?.policy === 'old')).toBe(true);
    expect(iamDiff(GRANT_ALL, GRANT_ALL, { kind: 'rcp' as never }).ok).toBe(false);
  });

  it('agrees with a brute-force oracle on generated boundary pairs (no part undecided)', () => {
    const valid = (p: object) => compilePolicySet({ boundary: [p] }).ok;
    let unknownParts = 0;
    fc.assert(
      fc.property(iamPolicy, iamPolicy, (oldP, newP) => {
        fc.pre(valid(oldP) && valid(newP));
        const d = replayed(oldP, newP, 'boundary');
        const seen = { onlyOld: false, onlyNew: false, both: false };
        const [o, n] = [oldP, newP].map((p) => must(compilePolicySet({ identity: [GRANT_ALL], boundary: [p] })));
        for (const r of oracleRequests()) {
          const [x, y] = [o!.authorize(r).decision === 'Allow', n!.authorize(r).decision === 'Allow'];
          if (x && y) seen.both = true;
          else if (x) seen.onlyOld = true;
          else if (y) seen.onlyNew = true;
        }
        for (const c of ['onlyOld', 'onlyNew', 'both'] as const) {
          if (!d.witnesses[c] && seen[c]) expect(d.unknown[c], `${c} exists but the engine said none`).toBeDefined();
          if (d.unknown[c]) unknownParts++;
        }
        if (d.relation !== 'unknown') expect(d.relation).toBe(relationOf({ onlyOld: d.witnesses.onlyOld !== null, onlyNew: d.witnesses.onlyNew !== null, both: d.witnesses.both !== null }));
      }),
      { numRuns: 30, seed: 23 },
    );
    expect(unknownParts).toBe(0);
  });
});
