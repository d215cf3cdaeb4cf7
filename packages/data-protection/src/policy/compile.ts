/**
 * The compile step for a policy's statement selection: the policy is lowered to the IR once and
 * each statement's "applies to this direction and caller" rule compiled once, then cached for the
 * policy's lifetime, so a publish only evaluates (issue #10 item 4).
 */
import { compileExpr, evaluateReference, type EvaluationMode, type RuleSet } from '@arbiter/ir';
import type { DataDirection, DataProtectionPolicy, PolicyStatement } from './types.js';
import { policyToIr, statementResolver } from './to-ir.js';

export interface CompiledPolicy {
  readonly policy: DataProtectionPolicy;
  /** The lowered policy (one rule per statement, in statement order). */
  readonly ir: RuleSet;
  /** The statements that apply to `direction` and `caller`, in policy order. */
  select(direction: DataDirection, caller: string, mode?: EvaluationMode): PolicyStatement[];
}

const cache = new WeakMap<DataProtectionPolicy, CompiledPolicy>();

/** Compiles `policy`'s statement selection; the same parsed policy always yields the same object. */
export function compilePolicy(policy: DataProtectionPolicy): CompiledPolicy {
  const cached = cache.get(policy);
  if (cached) return cached;
  const ir = policyToIr(policy);
  const rules = ir.rules.map((r) => compileExpr(r.when));
  const compiled: CompiledPolicy = {
    policy,
    ir,
    select(direction, caller, mode = 'compiled') {
      const resolve = statementResolver(direction, caller);
      if (mode === 'reference') return policy.statements.filter((_, i) => evaluateReference(ir.rules[i]!.when, resolve).value);
      return policy.statements.filter((_, i) => rules[i]!(resolve));
    },
  };
  cache.set(policy, compiled);
  return compiled;
}
