/** parse → validate → toIr, shared by validateEventPattern and compileEventPattern. */
import { resultOf, type Result } from '@arbiter/ir';
import type { EventPattern, ValidateOptions } from '../types.js';
import type { ValidationContext } from './context.js';
import { DEFAULT_MAX_PATTERN_BYTES, readPattern } from './parse.js';
import { toIr } from './to-ir.js';
import { validateStructure } from './validate.js';

/** Validates an event pattern (JSON text or a parsed value): every problem, with its pointer. */
export function validateEventPattern(pattern: unknown, options: ValidateOptions = {}): Result<EventPattern> {
  const input = readPattern(pattern, options.maxBytes ?? DEFAULT_MAX_PATTERN_BYTES);
  if (!input.ok) return input;
  const ctx: ValidationContext = { diagnostics: [...input.warnings], spellings: input.value.spellings };
  const model = validateStructure(ctx, input.value.value);
  if (!model || ctx.diagnostics.some((d) => d.severity === 'error')) return resultOf<EventPattern>(undefined as never, ctx.diagnostics);
  return resultOf({ source: input.value.value, model, ruleSet: toIr(model) }, ctx.diagnostics);
}

