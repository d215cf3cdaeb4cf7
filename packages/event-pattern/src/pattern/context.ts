/** What the validator threads through its steps: the diagnostics found and the number spellings. */
import { diagnostic, type Diagnostic } from '@arbiter/ir';
import { EventPatternCodes as Codes } from './codes.js';
import { isIncomparableNumber, type NumberSpellings } from './number-spellings.js';

export interface ValidationContext {
  diagnostics: Diagnostic[];
  spellings: NumberSpellings;
}

export function report(ctx: ValidationContext, code: string, at: string, message: string, help?: string): undefined {
  ctx.diagnostics.push(diagnostic(code, 'policy', at, message, help ? { help } : {}));
  return undefined;
}

/** A JSON value shown in a message: short, one line. */
export function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A number event-ruler can compare (a finite double, not a non-zero value that underflowed); else a diagnostic. */
export function checkComparable(ctx: ValidationContext, value: number, at: string): boolean {
  const spelling = ctx.spellings.get(at) ?? String(value);
  if (!Number.isFinite(value) || isIncomparableNumber(spelling)) {
    report(ctx, Codes.numberNotComparable, at, `Cannot compare number : ${spelling}`, 'numbers must fit a 64-bit double: no overflow, and no non-zero value that rounds to zero');
    return false;
  }
  return true;
}
