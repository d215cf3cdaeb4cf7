/**
 * `arbiter conformance ROUTING.jsonl --subscriptions S`: re-checks recorded routing against the
 * policies as they are now. Each recorded case names its `subscription`; its policy is replaced
 * by that subscription's current policy, so a policy change that alters a recorded decision fails
 * the case. A subscription that disappeared, or whose scope changed (the case holds only the part
 * of the message the old scope read), is a problem to re-record, never a silent pass.
 */
import type { LoadedCases } from '@arbiter/conformance';
import type { SubscriptionSpec } from './target.js';

/** Substitutes current policies into recorded `sns-filter` cases; other cases are left alone. */
export function applyCurrentPolicies(loaded: LoadedCases, subscriptions: SubscriptionSpec[], source: string): void {
  const valid = subscriptions.filter((s) => s !== null && typeof s === 'object' && typeof s.id === 'string');
  const byId = new Map(valid.map((s) => [s.id, s]));
  const kept = [];
  for (const c of loaded.cases) {
    const tc = c.testCase;
    if (tc.kind !== 'sns-filter' || typeof tc.subscription !== 'string') {
      kept.push(c);
      continue;
    }
    const sub = byId.get(tc.subscription);
    const scope = sub?.scope ?? 'MessageAttributes';
    if (!sub) {
      loaded.problems.push({ file: c.file, line: c.line, message: `case \`${String(tc.id)}\`: subscription \`${tc.subscription}\` is not in ${source}` });
    } else if (scope !== (tc.scope ?? 'MessageAttributes')) {
      loaded.problems.push({ file: c.file, line: c.line, message: `case \`${String(tc.id)}\`: subscription \`${sub.id}\` changed scope from ${String(tc.scope)} to ${scope}; record the cases again` });
    } else {
      const { policy: _recorded, ...rest } = tc;
      kept.push({ ...c, testCase: sub.policy === undefined ? rest : { ...rest, policy: sub.policy } });
    }
  }
  loaded.cases = kept;
}
