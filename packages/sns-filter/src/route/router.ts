/**
 * SNS subscriptions on the shared router (rule-router.ts): each policy is analyzed as the single
 * matcher does and its IR rule registered in the shared index. It agrees with looping the
 * single-policy matcher (a property test checks), including SNS's message-level rules (see
 * match/decide.ts).
 */
import { Arg, diagnostic, fail, joinPointer, ok, readOptions, type Diagnostic, type Result } from '@arbiter/ir';
import { analyzePolicy } from '../policy/analyze.js';
import { SnsCodes } from '../policy/codes.js';
import type { Router, RouterOptions, SnsMessage, Subscription } from '../types.js';
import { SNS_BODY } from './body-dialect.js';
import { readSubscription } from './read-subscription.js';
import { RuleRouter } from './rule-router.js';

class SnsRouter implements Router {
  private readonly rules: RuleRouter;

  constructor(options: RouterOptions) {
    this.rules = new RuleRouter(SNS_BODY, options);
  }

  get size(): number {
    return this.rules.size;
  }

  add(given: Subscription): Result<void> {
    const read = readSubscription(given);
    if (!read.ok) return read;
    const sub = read.value;
    if (this.rules.has(sub.id)) {
      return fail([diagnostic(SnsCodes.duplicateSubscription, 'input', '/id', `subscription id \`${sub.id}\` is already routed`, { params: { id: sub.id } })]);
    }
    const analyzed = analyzePolicy(sub.policy, sub.scope === undefined ? {} : { scope: sub.scope });
    if (!analyzed.ok) return analyzed;
    const { scope, ruleSet } = analyzed.value.policy;
    if (this.rules.addRule(sub.id, scope, ruleSet.rules[0]!.when) !== undefined) {
      return fail([diagnostic(SnsCodes.invalidSubscription, 'input', '', 'the policy holds a predicate the router cannot index')]);
    }
    return ok(undefined, analyzed.warnings);
  }

  remove(id: string): boolean {
    return this.rules.remove(id);
  }

  route(message: SnsMessage): string[] {
    const msg: Partial<SnsMessage> = message !== null && typeof message === 'object' ? message : {};
    return this.rules.route(msg.body, msg.attributes);
  }
}

/**
 * Builds a router over `subscriptions`. When any policy is invalid (or an id repeats) the result
 * fails with every problem, each path prefixed with `/<index>` of the subscription
 * (`/<index>/policy/...` for policy problems), and `params.subscription` naming its id.
 * `options.extraction` picks how bodies are read: `'lazy'` (default) walks the body text and
 * decodes only what policies name; `'parse'` is the reference (`JSON.parse`, then the walk).
 */
export function createRouter(subscriptions: Subscription[], options: RouterOptions = {}): Result<Router> {
  const read = readOptions<RouterOptions>(options, { extraction: Arg.oneOf('lazy', 'parse') });
  if (!read.ok) return read;
  const router = new SnsRouter(read.value);
  const diagnostics: Diagnostic[] = [];
  if (!Array.isArray(subscriptions)) return fail([diagnostic(SnsCodes.invalidSubscription, 'input', '', 'subscriptions must be an array')]);
  subscriptions.forEach((sub, i) => {
    const added = router.add(sub);
    const problems = added.ok ? added.warnings : added.diagnostics;
    for (const d of problems) {
      const base = d.document === 'policy' ? joinPointer('', i, 'policy') : joinPointer('', i);
      const read = readSubscription(sub);
      const id = read.ok ? read.value.id : '';
      diagnostics.push({ ...d, document: 'input', path: base + d.path, params: { ...d.params, subscription: id } });
    }
  });
  if (diagnostics.some((d) => d.severity === 'error')) return fail(diagnostics);
  return ok(router, diagnostics);
}
