/**
 * `{"exists": true|false}`: presence of the key. The predicate keeps the plain meaning; to-ir.ts
 * and the router apply the scope's notion of presence (spec §3: in the body a present key needs a
 * non-null, non-empty value).
 */
import { diagnostic } from '@arbiter/ir';
import { SnsCodes } from '../policy/codes.js';
import { AwsText } from '../policy/messages.js';
import type { OperatorDefinition } from './types.js';

export const existsOperator: OperatorDefinition = {
  name: 'exists',
  lower(operand, at, operandAt, ctx) {
    if (typeof operand !== 'boolean') {
      ctx.diagnostics.push(diagnostic(SnsCodes.existsNotBoolean, 'policy', operandAt, AwsText.existsBoolean));
      return undefined;
    }
    return { op: 'exists', value: operand, at };
  },
};
