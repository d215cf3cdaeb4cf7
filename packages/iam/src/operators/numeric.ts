/** Numeric operators [OPS]: integers and decimals; a non-numeric value on either side never matches. */
import { parseDecimalText } from '@arbiter/ir';
import { orderedOperators } from './ordered.js';
import type { OperatorDef } from './types.js';

/** Parses a decimal number as IAM writes them (`10`, `10.0`, `-1`, `.5`); `undefined` otherwise. */
export const parseIamNumber = parseDecimalText;

export const numericOperators: OperatorDef[] = orderedOperators('numeric', 'Numeric', parseIamNumber);
