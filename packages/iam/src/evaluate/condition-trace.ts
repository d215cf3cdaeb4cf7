/**
 * One condition's trace for explanations: the request's values, the policy values with variables
 * substituted, the result (from the IR) and, when a rule other than comparison decided, why.
 */
import { resolveTemplate, type EvalEnv } from '@arbiter/ir';
import type { RequestValue } from '../context.js';
import { literalText, templateParts } from '../operators/operand.js';
import { getOperator } from '../operators/registry.js';
import type { ConditionTrace, IamCondition, PolicyValue } from '../types.js';

type Reason = 'missing-key' | 'if-exists' | 'multivalued-without-qualifier' | 'empty-set' | 'null-with-qualifier';

/** The policy value as compared; `null` when a variable did not resolve. */
export function resolvedText(v: PolicyValue, env: EvalEnv): string | null {
  if (!v.hasVariables) return literalText(v);
  return resolveTemplate(templateParts(v), env)?.text ?? null;
}

function reasonFor(c: IamCondition, request: RequestValue): Reason | undefined {
  const def = getOperator(c.operator);
  if (!def) return undefined;
  if (def.family === 'null') return c.qualifier ? 'null-with-qualifier' : request === undefined ? 'missing-key' : undefined;
  if (request === undefined) return c.ifExists ? 'if-exists' : 'missing-key';
  if (typeof request === 'string') return undefined;
  if (!c.qualifier) return 'multivalued-without-qualifier';
  return request.length === 0 ? 'empty-set' : undefined;
}

export function conditionTrace(c: IamCondition, request: RequestValue, env: EvalEnv, result: boolean): ConditionTrace {
  const trace: ConditionTrace = {
    operator: c.operatorText,
    key: c.key,
    pointer: c.at,
    requestValues: request === undefined ? null : typeof request === 'string' ? [request] : [...request],
    policyValues: c.values.map((v) => resolvedText(v, env)),
    result,
  };
  const reason = reasonFor(c, request);
  if (reason) trace.reason = reason;
  return trace;
}
