/** `{"prefix": "bas"}`: a string value starting with the operand, case-sensitive. */
import { stringOperator } from './string-operand.js';

export const prefixOperator = stringOperator('prefix');
