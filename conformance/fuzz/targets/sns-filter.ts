/**
 * SNS filter policies: a setup is a few policies of one scope (so the router also sees
 * unrelated subscriptions, as in issue 17 item 3); each message's answer is the ids that match,
 * from the reference matchers, the compiled matchers and both router extractions.
 */
import fc from 'fast-check';
import { compileFilterPolicy, createRouter, validateFilterPolicy, type FilterPolicyScope, type SnsMessage } from '@arbiter/sns-filter';
import { messageArb, policyArb, scopeArb } from '../../../packages/sns-filter/test/arbitraries.js';
import type { Family, Prepared } from '../targets.js';

export type SnsSetup = { scope: FilterPolicyScope; policies: Array<Record<string, unknown>> };

const EVALUATORS = ['sns-reference', 'sns-compiled', 'sns-router-lazy', 'sns-router-parse'] as const;
const idsOf = (answer: string | undefined): string[] => (answer ? answer.split(',') : []);

function prepare({ scope, policies }: SnsSetup): Prepared<SnsMessage> {
  const ids: string[] = [];
  const reference: Array<(m: SnsMessage) => boolean> = [];
  const compiled: Array<(m: SnsMessage) => boolean> = [];
  const invalid: string[] = [];
  policies.forEach((policy, i) => {
    const valid = validateFilterPolicy(policy, { scope }).ok;
    const r = compileFilterPolicy(policy, { scope, mode: 'reference' });
    const c = compileFilterPolicy(policy, { scope });
    if (valid !== r.ok || valid !== c.ok) invalid.push(`s${i}: validate ${valid}, reference ${r.ok}, compiled ${c.ok}`);
    if (!valid || !r.ok || !c.ok) return;
    ids.push(`s${i}`);
    reference.push((m) => r.value.match(m).delivered);
    compiled.push((m) => c.value.match(m).delivered);
  });
  const subscriptions = ids.map((id) => ({ id, scope, policy: policies[Number(id.slice(1))] }));
  const lazy = createRouter(subscriptions, { extraction: 'lazy' });
  const parse = createRouter(subscriptions, { extraction: 'parse' });
  if (!lazy.ok || !parse.ok) invalid.push('a router refuses policies that validate');
  const matching = (tests: Array<(m: SnsMessage) => boolean>) => (m: SnsMessage) => ids.filter((_, k) => tests[k]!(m)).join(',');
  const routed = (router: typeof lazy) => (m: SnsMessage) => (router.ok ? router.value.route(m).sort().join(',') : 'router-refused');
  return {
    evaluate: [
      [EVALUATORS[0], matching(reference)],
      [EVALUATORS[1], matching(compiled)],
      [EVALUATORS[2], routed(lazy)],
      [EVALUATORS[3], routed(parse)],
    ],
    ...(invalid.length > 0 ? { problem: invalid.join('; ') } : {}),
    asCases(message, answers) {
      const delivered = idsOf(answers[EVALUATORS[0]]);
      // The policies some evaluator answers differently for (all of them when the setup itself disagrees).
      const differing = message === undefined ? policies.map((_, i) => `s${i}`) : policies.map((_, i) => `s${i}`).filter((id) => new Set(Object.values(answers).map((a) => idsOf(a).includes(id))).size > 1);
      return differing.map((id) => {
        const policy = policies[Number(id.slice(1))];
        const valid = validateFilterPolicy(policy, { scope }).ok;
        const expect = !valid ? 'invalid-policy' : delivered.includes(id) ? 'match' : 'no-match';
        return { kind: 'sns-filter', source: 'fuzz', confidence: 'derived', scope, policy, message: message ?? { attributes: {} }, expect, routerPolicies: policies, note: `fuzz: ${JSON.stringify(answers)}` };
      });
    },
  };
}

export const snsFamily: Family<SnsSetup, SnsMessage> = {
  name: 'sns-filter',
  evaluators: EVALUATORS,
  setups: scopeArb.chain((scope) => fc.record({ scope: fc.constant(scope), policies: fc.array(policyArb(scope === 'MessageBody'), { minLength: 1, maxLength: 6 }) })),
  inputs: messageArb,
  batch: { setups: 10, inputs: 200 },
  setupSize: (s) => JSON.stringify(s.policies).length,
  inputSize: (m) => (m.body?.length ?? 0) + JSON.stringify(m.attributes ?? {}).length,
  prepare,
};
