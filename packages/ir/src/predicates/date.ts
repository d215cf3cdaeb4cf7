/** `date`: a string holding an ISO 8601 date or epoch seconds, compared with `value` (epoch milliseconds). */
import { parseDateText } from '../primitives/text-values.js';
import { orderedTextDefinition, type OrderedTextPredicate } from './ordered-text.js';

export type DatePredicate = OrderedTextPredicate<'date'>;

export const dateDefinition = orderedTextDefinition(
  'date',
  'a string holding an ISO 8601 date or epoch seconds, compared (`cmp`) with `value` in epoch milliseconds',
  parseDateText,
  (ms) => (Number.isFinite(new Date(ms).getTime()) ? new Date(ms).toISOString() : String(ms)),
);
