/**
 * Runs one policy through its evaluator's validator. A policy holding intrinsic calls is validated
 * once per placeholder filling: a diagnostic at or inside a placeholder is dropped (its value is
 * unknowable), and one on an ancestor of a placeholder is kept only when every filling shows it.
 */
import { diagnostic, type Diagnostic } from '@arbiter/ir';
import { parseDataProtectionPolicy } from '@arbiter/data-protection';
import { validateIamPolicy, type PolicyKind, type ValidateOptions } from '@arbiter/iam';
import { validateFilterPolicy, type FilterPolicyScope } from '@arbiter/sns-filter';
import { validateEventPattern } from '@arbiter/event-pattern';
import { withPlaceholders, type PlaceholderTokens, type Unresolved } from './placeholders.js';

export type PolicyLanguage = 'sns-filter' | 'data-protection' | 'iam' | 'event-pattern';

export interface PolicyTarget {
  language: PolicyLanguage;
  /** SNS filter policies only. */
  scope?: FilterPolicyScope;
  /** IAM only: `resource` when the policy names principals. */
  iamKind?: PolicyKind;
  /** IAM only: where it is attached (size quota) or the resource type holding it. */
  iamOptions?: Omit<ValidateOptions, 'kind'>;
}

/** Validates raw policy text or a parsed value (without intrinsics) with the language's own validator. */
export function runValidator(target: PolicyTarget, input: unknown): Diagnostic[] {
  switch (target.language) {
    case 'sns-filter': {
      const r = validateFilterPolicy(input, { scope: target.scope ?? 'MessageAttributes' });
      return r.ok ? r.warnings : r.diagnostics;
    }
    case 'data-protection': {
      const r = parseDataProtectionPolicy(input);
      return r.ok ? r.warnings : r.diagnostics;
    }
    case 'iam':
      return validateIamPolicy(input, { ...target.iamOptions, kind: target.iamKind ?? 'identity' }).diagnostics;
    case 'event-pattern': {
      const r = validateEventPattern(input);
      return r.ok ? r.warnings : r.diagnostics;
    }
  }
}

/** Four ways to fill the unknowns: a problem on an ancestor of a placeholder is real only if all show it. */
const FILLINGS: readonly PlaceholderTokens[] = [
  { whole: (i) => `unresolved${i}`, text: 'unresolved' },
  { whole: () => '*', text: '*' },
  { whole: () => '', text: '' },
  { whole: () => 0, text: '0' },
];

/** Validates a parsed policy value that may hold intrinsic calls; adds one warning per call. */
export function checkPolicyValue(target: PolicyTarget, value: unknown): Diagnostic[] {
  const [first, ...others] = FILLINGS.map((tokens) => withPlaceholders(value, tokens));
  if (!first || first.unresolved.length === 0) return runValidator(target, value);
  const seen = others.map((o) => new Set(runValidator(target, o.value).map((d) => `${d.code} ${d.path}`)));
  const kept = runValidator(target, first.value).filter((d) => {
    const everywhere = seen.every((s) => s.has(`${d.code} ${d.path}`));
      // Inside a placeholder nothing is certain: `!Sub '${BucketArn}/*'` may be any ARN.
    if (first.unresolved.some((u) => covers(u.pointer, d.path))) return false;
    return everywhere || !first.unresolved.some((u) => covers(d.path, u.pointer));
  });
  return [...kept, ...first.unresolved.map(unresolvedWarning)];
}

function covers(at: string, path: string): boolean {
  return path === at || path.startsWith(at + '/');
}

function unresolvedWarning(u: Unresolved): Diagnostic {
  return diagnostic('template.unresolved-intrinsic', 'policy', u.pointer, `\`${u.fn}\` is resolved only at deployment: this value is not validated`, {
    severity: 'warning',
    params: { function: u.fn },
  });
}
