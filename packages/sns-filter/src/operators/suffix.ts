/** `{"suffix": "ball"}`: a string value ending with the operand, case-sensitive. */
import { stringOperator } from './string-operand.js';

export const suffixOperator = stringOperator('suffix');
