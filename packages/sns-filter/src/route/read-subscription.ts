/** Reads a caller's subscription entry once, into a plain snapshot, through the shared argument checks. */
import { Arg, diagnostic, readOptions, type Check, type Result } from '@arbiter/ir';
import { SnsCodes } from '../policy/codes.js';
import type { Subscription } from '../types.js';

/** `null`, a non-object or a missing `id` is `sns.invalid-subscription`; a throwing getter is `input.unreadable`. */
export function readSubscription(sub: unknown): Result<Subscription> {
  if (sub === null || typeof sub !== 'object') {
    return { ok: false, diagnostics: [diagnostic(SnsCodes.invalidSubscription, 'input', '', 'a subscription needs a string `id` and a `policy`')] };
  }
  const read = readOptions<Subscription>(sub, { id: Arg.any<string>(), policy: Arg.any<object>(), scope: Arg.string as Check<Subscription['scope'] & string> }, 'subscription');
  if (!read.ok) return read;
  if (typeof read.value.id !== 'string') {
    return { ok: false, diagnostics: [diagnostic(SnsCodes.invalidSubscription, 'input', '', 'a subscription needs a string `id` and a `policy`')] };
  }
  return read;
}
