/**
 * Lowers a policy to the shared IR: one `Rule` per statement, `effect` = the operation, `when` =
 * "this statement applies": the data direction matches and the caller satisfies one principal.
 * The caller side is resolved by {@link statementResolver} (fields `direction` and `principal`,
 * the latter being every principal key the caller satisfies, see principal.ts).
 */
import { all, any, constant, test, type FieldResolver, type RuleSet } from '@arbiter/ir';
import { callerKeys, principalKey } from './principal.js';
import type { DataDirection, DataProtectionPolicy } from './types.js';

/** The policy as an IR rule set (language `data-protection`). */
export function policyToIr(policy: DataProtectionPolicy): RuleSet {
  return {
    kind: 'rule-set',
    language: 'data-protection',
    at: '',
    rules: policy.statements.map((s) => ({
      id: s.id,
      effect: s.operation.kind,
      at: s.at,
      when: all(
        [
          test(['direction'], { op: 'exact', value: s.direction, at: `${s.at}/DataDirection` }, `${s.at}/DataDirection`),
          any(
            s.principals.map((p, i) =>
              p === '*'
                ? constant(true, `${s.at}/Principal/${i}`)
                : test(['principal'], { op: 'exact', value: principalKey(p), at: `${s.at}/Principal/${i}` }, `${s.at}/Principal/${i}`),
            ),
            `${s.at}/Principal`,
          ),
        ],
        s.at,
      ),
    })),
  };
}

/** Resolves the IR's fields for one direction and caller principal. */
export function statementResolver(direction: DataDirection, caller: string): FieldResolver {
  const keys = callerKeys(caller);
  return (field) => (field[0] === 'direction' ? [direction] : field[0] === 'principal' ? keys : undefined);
}
