/**
 * Runs one policy through its evaluator's validator. Policies holding intrinsic calls are validated
 * twice, with two different placeholder tokens: a diagnostic inside a whole-value placeholder is
 * dropped (the value is unknowable), and one inside a `Fn::Sub`/`Fn::Join` string is kept only when
 * both runs report it, i.e. when the literal text is at fault and not the token.
 */
import { diagnostic, type Diagnostic } from '@arbiter/ir';
import { parseDataProtectionPolicy } from '@arbiter/data-protection';
import { validateIamPolicy, type PolicyKind } from '@arbiter/iam';
import { validateFilterPolicy, type FilterPolicyScope } from '@arbiter/sns-filter';
import { withPlaceholders, type Unresolved } from './placeholders.js';

export type PolicyLanguage = 'sns-filter' | 'data-protection' | 'iam';

export interface PolicyTarget {
  language: PolicyLanguage;
  /** SNS filter policies only. */
  scope?: FilterPolicyScope;
  /** IAM only: `resource` when the policy names principals. */
  iamKind?: PolicyKind;
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
      return validateIamPolicy(input, { kind: target.iamKind ?? 'identity' }).diagnostics;
  }
}

const TOKEN_A = 'unresolved';
const TOKEN_B = '*';

/** Validates a parsed policy value that may hold intrinsic calls; adds one warning per call. */
export function checkPolicyValue(target: PolicyTarget, value: unknown): Diagnostic[] {
  const a = withPlaceholders(value, TOKEN_A);
  if (a.unresolved.length === 0) return runValidator(target, value);
  const b = withPlaceholders(value, TOKEN_B);
  const fromA = runValidator(target, a.value);
  const inB = new Set(runValidator(target, b.value).map((d) => `${d.code} ${d.path}`));
  const kept = fromA.filter((d) => {
    const covering = a.unresolved.filter((u) => covers(u.pointer, d.path));
    const both = inB.has(`${d.code} ${d.path}`);
    // A problem reported on an ancestor may be the placeholder's doing too: keep it only if both runs agree.
    if (covering.length === 0) return both || !a.unresolved.some((u) => covers(d.path, u.pointer));
    return both && covering.every((u) => u.partial);
  });
  return [...kept, ...a.unresolved.map(unresolvedWarning)];
}

function covers(at: string, path: string): boolean {
  return path === at || path.startsWith(at + '/');
}

function unresolvedWarning(u: Unresolved): Diagnostic {
  const how = u.partial ? 'its literal text was validated, the substituted parts were not' : 'validated with a placeholder';
  return diagnostic('template.unresolved-intrinsic', 'policy', u.pointer, `\`${u.fn}\` cannot be resolved before deployment: ${how}`, {
    severity: 'warning',
    params: { function: u.fn },
  });
}
