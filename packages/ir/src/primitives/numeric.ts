/**
 * Number comparison as SNS and EventBridge do it: values are compared at a fixed decimal precision
 * (SNS documents five digits after the point; its engine keeps six), so 0.1 + 0.2 equals 0.3 and
 * `301.5` equals `3.015e2`.
 */
export const DECIMAL_PRECISION = 1e6;

/**
 * From 2³³ on, neighbouring doubles are more than 10⁻⁶ apart (spacing 2⁻¹⁹), so six decimals
 * distinguish every double and the number is its own key; below it, keys k/10⁶ are 10⁻⁶ apart
 * and a double's spacing is under 10⁻⁶, so distinct keys stay distinct after the division.
 */
export const NUMERIC_KEY_EXACT_FROM = 2 ** 33;
const EXACT_FROM = NUMERIC_KEY_EXACT_FROM;

/**
 * The number rounded to six decimals: equal for numbers equal at the comparison precision, and
 * monotonic (a ≤ b ⇒ key(a) ≤ key(b)), so bounds compare as keys. It never overflows: scaling
 * by 10⁶ is done only below 2³³ (a key that scaled every number made all |n| ≥ 1.8e302 Infinity).
 */
export function numericKey(n: number): number {
  if (!(Math.abs(n) < EXACT_FROM)) return n;
  return Math.round(n * DECIMAL_PRECISION) / DECIMAL_PRECISION;
}

export function numbersEqual(a: number, b: number): boolean {
  return numericKey(a) === numericKey(b);
}

/** True when `n` is a finite JSON-representable number. */
export function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}
