/**
 * The subscriptions a replay routes to: the shared-index router decides delivery for all of them
 * at once, and each policy's own matcher explains the ones that were filtered out (SNS metric and
 * reason). Built from plain data, so a worker thread can build the same target from a message.
 */
import { diagnostic, fail, ok, type Result } from '@arbiter/ir';
import { compileFilterPolicy, createRouter, type FilterDecision, type FilterMatcher, type FilterPolicyScope, type Router, type SnsMessage, type Subscription } from '@arbiter/sns-filter';

/** One subscription as the replay sees it: `policy` is the filter policy (object or JSON text), absent for none. */
export interface SubscriptionSpec {
  id: string;
  policy?: unknown;
  scope?: FilterPolicyScope;
  /** Where the policy stands in its file (templates), for findings about it. */
  pointer?: string;
}

export interface ReplayTarget {
  subscriptions: SubscriptionSpec[];
  router: Router;
  matchers: FilterMatcher[];
}

const DELIVERED: FilterDecision = Object.freeze({ delivered: true });

/** Validates and compiles the subscriptions; diagnostics point into the subscriptions document. */
export function buildTarget(subscriptions: SubscriptionSpec[]): Result<ReplayTarget> {
  const router = createRouter(subscriptions as Subscription[]);
  if (!router.ok) return router;
  const matchers: FilterMatcher[] = [];
  for (const [i, sub] of subscriptions.entries()) {
    const compiled = compileFilterPolicy(sub.policy, sub.scope === undefined ? {} : { scope: sub.scope });
    if (!compiled.ok) return fail([diagnostic('cli.invalid-subscription', 'input', `/${i}/policy`, `subscription \`${sub.id}\` has an invalid policy`)]);
    matchers.push(compiled.value);
  }
  return ok({ subscriptions, router: router.value, matchers }, router.warnings);
}

/** The body parsed once for all `MessageBody` explanations; `null` when it is not JSON (the matcher then says why). */
function parseOnce(message: SnsMessage): { value: unknown } | null {
  if (typeof message.body !== 'string') return null;
  try {
    return { value: JSON.parse(message.body) };
  } catch {
    return null;
  }
}

/**
 * One decision per subscription, in subscription order. The router's answer decides delivery;
 * the matcher is asked only for the reason, so the two are cross-checked on every filtered message.
 */
export function decideAll(target: ReplayTarget, message: SnsMessage, out: FilterDecision[]): FilterDecision[] {
  const routed = target.router.route(message);
  let next = 0;
  let body: { value: unknown } | null | undefined;
  for (let i = 0; i < target.subscriptions.length; i++) {
    const sub = target.subscriptions[i]!;
    if (routed[next] === sub.id) {
      next++;
      out[i] = DELIVERED;
      continue;
    }
    const matcher = target.matchers[i]!;
    if (sub.scope === 'MessageBody' && body === undefined) body = parseOnce(message);
    const decision = sub.scope === 'MessageBody' && body ? matcher.matchParsedBody(body.value) : matcher.match(message);
    out[i] = decision.delivered
      ? { delivered: false, reason: 'the shared router filtered out a message this policy alone delivers (please report)' }
      : decision;
  }
  return out;
}
