/**
 * The one driver that turns an operator's positive comparison into a condition result (spec §1.1,
 * §1.2, §1.5, §1.6): OR over policy values for positive operators, NOR for negated ones; missing keys;
 * `IfExists`; `ForAllValues`/`ForAnyValue`; `Null`. Both evaluators call it, so they cannot disagree
 * on these rules.
 */
import type { Qualifier } from '../types.js';
import type { OperatorDef } from './types.js';

/** A request value: a string, a list (multivalued key), or `undefined` when the key is missing. */
export type RequestValue = string | readonly string[] | undefined;

export interface ConditionOutcome {
  result: boolean;
  /** Set when a rule other than value comparison decided. */
  reason?: 'missing-key' | 'if-exists' | 'multivalued-without-qualifier' | 'empty-set' | 'null-with-qualifier';
}

const TRUE: ConditionOutcome = { result: true };
const FALSE: ConditionOutcome = { result: false };

/**
 * `prepared` holds each policy value parsed by `def.prepare`; `undefined` marks a value that can
 * never match (an unresolved variable, a malformed number…).
 */
export function evaluateCondition(
  def: OperatorDef,
  qualifier: Qualifier | undefined,
  ifExists: boolean,
  request: RequestValue,
  prepared: ReadonlyArray<unknown>,
): ConditionOutcome {
  if (def.family === 'null') return evaluateNull(qualifier, request, prepared);
  if (request === undefined) {
    if (ifExists) return { result: true, reason: 'if-exists' };
    if (qualifier) return { result: qualifier === 'ForAllValues', reason: 'missing-key' };
    return { result: def.isNegative, reason: 'missing-key' };
  }
  if (typeof request !== 'string') {
    // A plain operator on a multivalued key is undefined in the docs; like iam-simulate we treat it
    // as no match (spec §1.4, cases abac-mvnoset-*).
    if (!qualifier) return { result: false, reason: 'multivalued-without-qualifier' };
    if (request.length === 0) return { result: qualifier === 'ForAllValues', reason: 'empty-set' };
    if (qualifier === 'ForAllValues') {
      for (const r of request) if (!matchesOne(def, r, prepared)) return FALSE;
      return TRUE;
    }
    for (const r of request) if (matchesOne(def, r, prepared)) return TRUE;
    return FALSE;
  }
  return matchesOne(def, request, prepared) ? TRUE : FALSE;
}

/** The operator's single-value result: OR over the policy values, negated (NOR) for `Not` operators. */
export function matchesOne(def: OperatorDef, r: string, prepared: ReadonlyArray<unknown>): boolean {
  let any = false;
  for (let i = 0; i < prepared.length; i++) {
    const p = prepared[i];
    if (p !== undefined && def.matches(r, p)) {
      any = true;
      break;
    }
  }
  return def.isNegative ? !any : any;
}

function evaluateNull(qualifier: Qualifier | undefined, request: RequestValue, prepared: ReadonlyArray<unknown>): ConditionOutcome {
  // Access Analyzer: ForAllValues:Null is always true, ForAnyValue:Null always false.
  if (qualifier) return { result: qualifier === 'ForAllValues', reason: 'null-with-qualifier' };
  const absent = request === undefined ? 'true' : 'false';
  for (const p of prepared) if (p === absent) return request === undefined ? { result: true, reason: 'missing-key' } : TRUE;
  return request === undefined ? { result: false, reason: 'missing-key' } : FALSE;
}
