/**
 * Typed values written as text (IAM condition values and request context values are strings):
 * decimal numbers, dates, booleans and base64. Each parser returns `undefined` for text that is not
 * such a value, which then never matches.
 */

const NUMBER_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A decimal number (`10`, `10.0`, `-1`, `.5`, `1e3`); `undefined` otherwise. */
export function parseDecimalText(s: string): number | undefined {
  if (s.length > 64 || !NUMBER_RE.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

const ISO_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;
const EPOCH_RE = /^-?\d+(?:\.\d+)?$/;

/**
 * Epoch milliseconds of a W3C ISO 8601 profile date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`,
 * `…Thh:mm[:ss[.s]]TZD`) or of epoch seconds. No time zone means UTC; all digits, 4 or fewer, is a
 * year, longer is epoch seconds. Impossible dates (2021-02-30) are not dates.
 */
export function parseDateText(s: string): number | undefined {
  if (s.length > 40) return undefined;
  if (EPOCH_RE.test(s) && !/^\d{1,4}$/.test(s)) {
    const ms = Number(s) * 1000;
    return Number.isFinite(ms) ? ms : undefined;
  }
  const m = ISO_RE.exec(s);
  if (!m) return undefined;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', sec = '00', frac = '', tz = 'Z'] = m;
  const [Y, M, D, H, Mi, S] = [Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(sec)] as const;
  if (M < 1 || M > 12 || D < 1 || D > 31 || H > 23 || Mi > 59 || S > 60) return undefined;
  let ms = Date.UTC(Y, M - 1, D, H, Mi, S) + (frac ? Math.floor(Number('0.' + frac) * 1000) : 0);
  // Date.UTC rolls 2021-02-30 over into March.
  if (new Date(Date.UTC(Y, M - 1, D)).getUTCDate() !== D) return undefined;
  if (tz !== 'Z') {
    const sign = tz.startsWith('-') ? -1 : 1;
    const digits = tz.slice(1).replace(':', '');
    ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  return ms;
}

/** `true`/`false` in any case. */
export function parseBoolText(s: string): boolean | undefined {
  const l = s.toLowerCase();
  return l === 'true' ? true : l === 'false' ? false : undefined;
}

const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Canonical base64 of the decoded bytes; `undefined` for text that is not base64. */
export function normalizeBase64(s: string): string | undefined {
  if (!BASE64_RE.test(s)) return undefined;
  // atob/btoa exist in Node and in browsers (the playground runs the IR there).
  return btoa(atob(s));
}

export type Comparison = '=' | '<' | '<=' | '>' | '>=';

/** `value` compared with `operand` (`value < operand` for `<`). */
export function compareNumbers(value: number, cmp: Comparison, operand: number): boolean {
  switch (cmp) {
    case '=':
      return value === operand;
    case '<':
      return value < operand;
    case '<=':
      return value <= operand;
    case '>':
      return value > operand;
    case '>=':
      return value >= operand;
  }
}
