/** Which statements apply to one direction and principal, through the IR (reference or compiled). */
import { compileExpr, evaluateReference, type EvaluationMode } from '@arbiter/ir';
import { policyToIr, statementResolver } from '../policy/to-ir.js';
import type { DataDirection, DataProtectionPolicy, PolicyStatement } from '../policy/types.js';

const compiledRules = new WeakMap<DataProtectionPolicy, Array<ReturnType<typeof compileExpr>>>();

/** The statements of `policy` whose direction and principal match, in policy order. */
export function selectStatements(policy: DataProtectionPolicy, direction: DataDirection, caller: string, mode: EvaluationMode): PolicyStatement[] {
  const ir = policyToIr(policy);
  const resolve = statementResolver(direction, caller);
  if (mode === 'reference') return policy.statements.filter((_, i) => evaluateReference(ir.rules[i]!.when, resolve).value);
  let compiled = compiledRules.get(policy);
  if (!compiled) compiledRules.set(policy, (compiled = ir.rules.map((r) => compileExpr(r.when))));
  return policy.statements.filter((_, i) => compiled[i]!(resolve));
}
