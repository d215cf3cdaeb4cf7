/** `decimal`: a string holding a decimal number (`10`, `10.0`, `.5`), compared exactly with `value`. */
import { parseDecimalText } from '../primitives/text-values.js';
import { orderedTextDefinition, type OrderedTextPredicate } from './ordered-text.js';

export type DecimalPredicate = OrderedTextPredicate<'decimal'>;

export const decimalDefinition = orderedTextDefinition('decimal', 'a string holding a decimal number, compared (`cmp`) with `value`', parseDecimalText, String);
