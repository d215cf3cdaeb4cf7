/** `{"equals-ignore-case": "tennis"}`: a string value equal to the operand ignoring case. */
import { stringOperator } from './string-operand.js';

export const equalsIgnoreCaseOperator = stringOperator('equals-ignore-case');
