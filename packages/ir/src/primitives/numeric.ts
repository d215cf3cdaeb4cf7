/**
 * Number comparison as SNS and EventBridge do it: values are compared at a fixed decimal precision
 * (SNS documents five digits after the point; its engine keeps six), so 0.1 + 0.2 equals 0.3 and
 * `301.5` equals `3.015e2`.
 */
export const DECIMAL_PRECISION = 1e6;

/** An integer key that is equal for numbers equal at the comparison precision. */
export function numericKey(n: number): number {
  return Math.round(n * DECIMAL_PRECISION);
}

export function numbersEqual(a: number, b: number): boolean {
  return numericKey(a) === numericKey(b);
}

/** True when `n` is a finite JSON-representable number. */
export function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}
