/** The data protection pane's principals document: who publishes, and each subscription's principal. */
import { joinPointer, parseJsonSafe } from '@arbiter/ir';
import { placeDiagnostic } from './place.js';
import type { InlineDiagnostic } from './types.js';

export interface Principals {
  publisher: string;
  /** Subscription name → SubscriptionPrincipal ARN. */
  subscriptions: Record<string, string>;
}

export const PRINCIPALS_SHAPE = '{"publisher": "arn:…", "subscriptions": {"name": "arn:…"}}';

/** Reads `{publisher, subscriptions}`; problems become diagnostics on the `principals` editor. */
export function readPrincipals(text: string, diagnostics: InlineDiagnostic[]): Principals | undefined {
  const parsed = parseJsonSafe(text, { document: 'input' });
  if (!parsed.ok) {
    diagnostics.push(...parsed.diagnostics.map((d) => placeDiagnostic('principals', text, d)));
    return undefined;
  }
  const v = parsed.value.value as { publisher?: unknown; subscriptions?: unknown } | null;
  const problem = (path: string, message: string): undefined => {
    diagnostics.push(placeDiagnostic('principals', text, { code: 'playground.principals-shape', severity: 'error', document: 'input', path, message }));
    return undefined;
  };
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return problem('', `the principals must be an object: ${PRINCIPALS_SHAPE}`);
  if (typeof v.publisher !== 'string') return problem('/publisher', '`publisher` must be the ARN of the principal calling Publish');
  const subs = v.subscriptions ?? {};
  if (typeof subs !== 'object' || subs === null || Array.isArray(subs)) return problem('/subscriptions', '`subscriptions` must map each subscription name to its principal ARN');
  for (const [name, arn] of Object.entries(subs)) {
    if (typeof arn !== 'string') return problem(joinPointer('/subscriptions', name), `subscription \`${name}\` must name its principal ARN as a string`);
  }
  return { publisher: v.publisher, subscriptions: subs as Record<string, string> };
}
