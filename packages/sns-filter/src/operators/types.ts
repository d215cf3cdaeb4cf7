import type { Diagnostic, Predicate } from '@arbiter/ir';
import type { FilterPolicyScope } from '../types.js';

export interface OperatorContext {
  scope: FilterPolicyScope;
  /** Errors and warnings found so far; operators append to it. */
  diagnostics: Diagnostic[];
}

/**
 * One operator of the filter policy language (`{"<name>": operand}`): how SNS validates its
 * operand and what predicate it lowers to. The validator drives all of them the same way.
 */
export interface OperatorDefinition {
  name: string;
  /**
   * Checks `operand` (found at pointer `operandAt`) and returns the predicate for the condition at
   * `at`, or `undefined` after appending diagnostics when the operand is invalid.
   */
  lower(operand: unknown, at: string, operandAt: string, ctx: OperatorContext): Predicate | undefined;
}
