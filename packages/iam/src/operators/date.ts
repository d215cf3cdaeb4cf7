/**
 * Date operators [OPS]: W3C ISO 8601 profile (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `…Thh:mmTZD`,
 * `…:ssTZD`, `…ss.sTZD`) or epoch seconds. Both sides become epoch milliseconds before comparing.
 * Choices where AWS is silent: a missing time zone means UTC; an all-digit value of 4 digits or
 * fewer is a year, longer ones are epoch seconds.
 */
import { orderedOperators } from './ordered.js';
import type { OperatorDef } from './types.js';

const ISO_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;
const EPOCH_RE = /^-?\d+(?:\.\d+)?$/;

/** Epoch milliseconds of an IAM date value; `undefined` when it is not one. */
export function parseIamDate(s: string): number | undefined {
  if (s.length > 40) return undefined;
  if (EPOCH_RE.test(s) && !/^\d{1,4}$/.test(s)) {
    const ms = Number(s) * 1000;
    return Number.isFinite(ms) ? ms : undefined;
  }
  const m = ISO_RE.exec(s);
  if (!m) return undefined;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', sec = '00', frac = '', tz = 'Z'] = m;
  const fields = [Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(sec)] as const;
  const [Y, M, D, H, Mi, S] = fields;
  if (M < 1 || M > 12 || D < 1 || D > 31 || H > 23 || Mi > 59 || S > 60) return undefined;
  let ms = Date.UTC(Y, M - 1, D, H, Mi, S) + (frac ? Math.floor(Number('0.' + frac) * 1000) : 0);
  // Reject 2021-02-30 and friends: Date.UTC would roll them over.
  if (new Date(Date.UTC(Y, M - 1, D)).getUTCDate() !== D) return undefined;
  if (tz !== 'Z') {
    const sign = tz.startsWith('-') ? -1 : 1;
    const digits = tz.slice(1).replace(':', '');
    ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  return ms;
}

export const dateOperators: OperatorDef[] = orderedOperators('date', 'Date', parseIamDate);
