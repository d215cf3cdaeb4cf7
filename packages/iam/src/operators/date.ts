/**
 * Date operators [OPS]: W3C ISO 8601 profile (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `…Thh:mmTZD`,
 * `…:ssTZD`, `…ss.sTZD`) or epoch seconds. Both sides become epoch milliseconds before comparing.
 * Choices where AWS is silent (in @arbiter/ir `parseDateText`): a missing time zone means UTC; an
 * all-digit value of 4 digits or fewer is a year, longer ones are epoch seconds.
 */
import { parseDateText } from '@arbiter/ir';
import { orderedOperators } from './ordered.js';
import type { OperatorDef } from './types.js';

/** Epoch milliseconds of an IAM date value; `undefined` when it is not one. */
export const parseIamDate = parseDateText;

export const dateOperators: OperatorDef[] = orderedOperators('date', 'Date', parseIamDate);
