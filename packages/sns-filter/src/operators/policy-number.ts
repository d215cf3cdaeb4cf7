/**
 * Checks a number written in a policy against SNS's documented range (±1e9) and precision (five
 * decimal places). AWS accepts numbers outside both (LocalStack's notes, spec §3/§9.8), so these
 * are warnings: Arbiter keeps the value and compares at six decimals, like SNS's engine. Only
 * non-finite numbers (`1e400` overflows to Infinity) are errors: they cannot be compared.
 */
import { diagnostic } from '@arbiter/ir';
import { SnsCodes } from '../policy/codes.js';
import type { OperatorContext } from './types.js';

export const SNS_NUMBER_LIMIT = 1e9;
export const SNS_DECIMALS = 5;

/** Decimal places of a number as JavaScript prints it (`1e-7` has 7). */
export function decimalPlaces(n: number): number {
  const m = /^-?\d+(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(n));
  if (!m) return 0;
  return Math.max(0, (m[1]?.length ?? 0) - Number(m[2] ?? 0));
}

/** True when the number is usable; appends an error (non-finite) or warnings (range, precision). */
export function checkPolicyNumber(n: number, at: string, ctx: OperatorContext): boolean {
  if (!Number.isFinite(n)) {
    ctx.diagnostics.push(
      diagnostic(SnsCodes.numericNotFinite, 'policy', at, 'number is too large to compare: it overflows a double', {
        help: `SNS compares numbers between -${SNS_NUMBER_LIMIT} and ${SNS_NUMBER_LIMIT}`,
      }),
    );
    return false;
  }
  if (Math.abs(n) > SNS_NUMBER_LIMIT) {
    ctx.diagnostics.push(
      diagnostic(SnsCodes.numericOutOfRange, 'policy', at, `number \`${n}\` is outside the range SNS documents (-1e9 to 1e9)`, {
        severity: 'warning',
        params: { value: n },
        help: 'AWS has been seen to accept such numbers; Arbiter compares them as doubles at six decimals',
      }),
    );
  }
  if (decimalPlaces(n) > SNS_DECIMALS) {
    ctx.diagnostics.push(
      diagnostic(SnsCodes.numericPrecision, 'policy', at, `number \`${n}\` has more than the ${SNS_DECIMALS} decimal places SNS documents`, {
        severity: 'warning',
        params: { value: n },
        help: 'numbers are compared at six decimal places; digits after the sixth are ignored',
      }),
    );
  }
  return true;
}
