/**
 * Step 2: validate the policy structure as SNS does and build the model. Every problem is
 * collected (not only the first, as AWS reports), each with the pointer of the offending part.
 */
import { diagnostic, joinPointer, type Diagnostic, type Predicate } from '@arbiter/ir';
import { OPERATOR_NAMES, OPERATORS, type OperatorContext } from '../operators/index.js';
import { checkPolicyNumber } from '../operators/policy-number.js';
import type { FilterPolicyScope } from '../types.js';
import { SnsCodes } from './codes.js';
import { AwsText } from './messages.js';
import type { Clause, Condition, Conjunction } from './model.js';

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** `$or` is the OR operator only for an array of two or more objects keyed by field names (spec §3). */
export function isOrList(key: string, value: unknown): value is Record<string, unknown>[] {
  return (
    key === '$or' &&
    Array.isArray(value) &&
    value.length >= 2 &&
    value.every((b) => isPlainObject(b) && !Object.keys(b).some((k) => OPERATOR_NAMES.has(k)))
  );
}

function lowerCondition(el: unknown, at: string, ctx: OperatorContext): Predicate | undefined {
  const push = (code: string, path: string, message: string) => {
    ctx.diagnostics.push(diagnostic(code, 'policy', path, message));
    return undefined;
  };
  if (el === null || typeof el === 'string' || typeof el === 'boolean') return { op: 'exact', value: el, at };
  if (typeof el === 'number') return checkPolicyNumber(el, at, ctx) ? { op: 'exact', value: el, at } : undefined;
  if (Array.isArray(el)) return push(SnsCodes.invalidMatchValue, at, AwsText.matchValue);
  const obj = el as Record<string, unknown>;
  const keys = Object.keys(obj);
  if (keys.length === 0) return push(SnsCodes.emptyObject, at, 'empty match expression: give one operator, such as `{"prefix": "a"}`');
  if (keys.length > 1) return push(SnsCodes.multipleOperators, at, AwsText.onlyOneKey);
  const name = keys[0] as string;
  const op = OPERATORS.get(name);
  if (!op) return push(SnsCodes.unknownOperator, joinPointer(at, name), AwsText.unrecognizedMatchType(name));
  return op.lower(obj[name], at, joinPointer(at, name), ctx);
}

function validateClause(list: unknown[], at: string, field: string[], ctx: OperatorContext): Clause {
  if (list.length === 0) ctx.diagnostics.push(diagnostic(SnsCodes.emptyArray, 'policy', at, AwsText.emptyArrays));
  const conditions: Condition[] = [];
  list.forEach((el, i) => {
    const condAt = joinPointer(at, i);
    const predicate = lowerCondition(el, condAt, ctx);
    if (predicate) conditions.push({ at: condAt, predicate, source: el });
  });
  return { at, field, conditions, source: list };
}

interface Walk {
  ctx: OperatorContext;
  /** True inside a nested object (reported once per nesting in MessageAttributes scope). */
  nested: boolean;
}

function validateObject(obj: Record<string, unknown>, at: string, prefix: string[], walk: Walk, into?: Conjunction): Conjunction {
  const { ctx } = walk;
  const conj = into ?? { at, clauses: [], ors: [] };
  const keys = Object.keys(obj);
  if (keys.length === 0) ctx.diagnostics.push(diagnostic(SnsCodes.emptyObject, 'policy', at, 'empty object: a nested policy or `$or` branch needs at least one key'));
  for (const key of keys) {
    const value = obj[key];
    const keyAt = joinPointer(at, key);
    if (isOrList(key, value)) {
      conj.ors.push({ at: keyAt, branches: value.map((b, i) => validateObject(b, joinPointer(keyAt, i), prefix, walk)) });
    } else if (Array.isArray(value)) {
      conj.clauses.push(validateClause(value, keyAt, [...prefix, key], ctx));
    } else if (isPlainObject(value)) {
      if (ctx.scope === 'MessageAttributes' && !walk.nested) {
        ctx.diagnostics.push(diagnostic(SnsCodes.nestedInAttributesScope, 'policy', keyAt, AwsText.nestedInAttributes, {
          help: 'use FilterPolicyScope MessageBody to filter on nested message body properties',
        }));
      }
      // Nested keys AND together with their parent level.
      validateObject(value, keyAt, [...prefix, key], { ...walk, nested: true }, conj);
    } else {
      ctx.diagnostics.push(diagnostic(SnsCodes.notObjectOrArray, 'policy', keyAt, AwsText.notObjectOrArray(key)));
    }
  }
  return conj;
}

/** Validates a policy object (not `{}`: analyze.ts handles that) into its model. */
export function validatePolicyObject(policy: Record<string, unknown>, scope: FilterPolicyScope, diagnostics: Diagnostic[]): Conjunction {
  return validateObject(policy, '', [], { ctx: { scope, diagnostics }, nested: false });
}
