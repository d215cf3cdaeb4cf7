/**
 * Numbers compared as IEEE doubles, with no rounding: event-ruler 2.x's semantics (`0.1` is not
 * `0.1000001`; `300` is `3.0e2`). SNS's six-decimal comparison is in numeric.ts.
 */
interface Bound {
  value: number;
  inclusive: boolean;
}

export function inDoubleRange(v: unknown, lower: Bound | undefined, upper: Bound | undefined): boolean {
  if (typeof v !== 'number' || !Number.isFinite(v)) return false;
  if (lower && !(lower.inclusive ? v >= lower.value : v > lower.value)) return false;
  if (upper && !(upper.inclusive ? v <= upper.value : v < upper.value)) return false;
  return true;
}
