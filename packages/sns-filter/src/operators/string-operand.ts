/** Shared shape of the operators whose operand is one string (`prefix`, `suffix`, `equals-ignore-case`). */
import { diagnostic, type Predicate } from '@arbiter/ir';
import { SnsCodes } from '../policy/codes.js';
import { AwsText } from '../policy/messages.js';
import type { OperatorDefinition } from './types.js';

type StringOp = 'prefix' | 'suffix' | 'equals-ignore-case';

export function stringOperator(name: StringOp): OperatorDefinition {
  return {
    name,
    lower(operand, at, operandAt, ctx): Predicate | undefined {
      if (typeof operand !== 'string') {
        ctx.diagnostics.push(diagnostic(SnsCodes.operandNotString, 'policy', operandAt, AwsText.mustBeString(name)));
        return undefined;
      }
      return { op: name, value: operand, at };
    },
  };
}
