/** Explanations: the trace behind a decision, and a plain-text rendering for people. */
import type { Verdict } from './decide.js';
import type { EvaluatedSet } from './evaluate/request.js';
import { checkArgument, formatDiagnostic, type Check } from '@arbiter/ir';
import type { ConditionTrace, Decision, Explanation, StatementRef, StatementTrace } from './types.js';

const DECISION: Check<Decision> = {
  what: 'a decision from `authorize`',
  accept: (v: unknown): v is Decision => {
    const e = (v as Decision | null)?.explanation;
    return typeof v === 'object' && v !== null && typeof e === 'object' && e !== null && typeof e.summary === 'string' && Array.isArray(e.statements);
  },
};

/** `identity[0]/Statement/1 (Sid)`: a statement named for people. */
export function formatRef(ref: StatementRef): string {
  const policy = ref.level !== undefined ? `scp level ${ref.level}, policy ${ref.policyIndex}` : `${ref.policyKind}[${ref.policyIndex}]`;
  return `${policy} ${ref.pointer}${ref.sid ? ` (${ref.sid})` : ''}`;
}

function summarize(v: Verdict): string {
  if (v.decision === 'ExplicitDeny') return `ExplicitDeny by ${v.deciding.map(formatRef).join(', ')}`;
  if (v.decision === 'Allow') return v.deciding.length ? `Allow by ${v.deciding.map(formatRef).join(', ')}` : 'Allow (root user)';
  const why: Record<string, string> = {
    scp: `no SCP at level ${v.scpLevel ?? 0} allows the request`,
    identity: 'no identity-based or resource-based policy allows the request',
    boundary: 'the permissions boundary does not allow the request',
    session: 'the session policy does not allow the request',
    'cross-account': 'cross-account request: the resource-based policy does not allow the principal',
  };
  return `ImplicitDeny: ${why[v.blockedBy] ?? 'nothing allows the request'}`;
}

/** Builds the explanation from reference traces; only statements whose action matched are listed. */
export function buildExplanation(v: Verdict, set: EvaluatedSet): Explanation {
  const all = [...(set.scpLevels ?? []).flat(), ...set.resource, ...set.identity, ...(set.boundary ?? []), ...(set.session ?? [])];
  const statements = all.map((r) => r.trace).filter((t): t is StatementTrace => t !== undefined && t.actionMatched);
  const e: Explanation = { summary: summarize(v), blockedBy: v.blockedBy, statements };
  if (v.scpLevel !== undefined) e.scpLevel = v.scpLevel;
  return e;
}

function formatCondition(c: ConditionTrace): string {
  const req = c.requestValues === null ? '(missing)' : JSON.stringify(c.requestValues.length === 1 ? c.requestValues[0] : c.requestValues);
  const pol = c.policyValues.map((p) => (p === null ? '(unresolved)' : JSON.stringify(p))).join(', ');
  return `    ${c.result ? 'true ' : 'false'} ${c.operator} ${c.key}: request ${req} vs [${pol}]${c.reason ? ` (${c.reason})` : ''}  ${c.pointer}`;
}

/** Multi-line text for people: the decision, then each statement with its conditions. */
export function formatExplanation(decision: Decision): string {
  // A JavaScript caller's `null` or non-decision gets the problem as text, not a TypeError.
  const given = checkArgument(decision, DECISION, 'decision');
  if (given.length > 0) return given.map(formatDiagnostic).join('\n');
  const lines = [decision.explanation.summary];
  for (const s of decision.explanation.statements) {
    const parts = [`action ${s.actionMatched ? 'matched' : 'no match'}`, `resource ${s.resourceMatched ? 'matched' : 'no match'}`];
    if (s.principalMatched !== undefined) parts.push(`principal ${s.principalMatched ? 'matched' : 'no match'}`);
    lines.push(`  ${s.applies ? 'applies ' : 'skipped '} ${s.ref.effect} ${formatRef(s.ref)}: ${parts.join(', ')}`);
    for (const c of s.conditions) lines.push(formatCondition(c));
  }
  for (const note of decision.explanation.dataNotes ?? []) lines.push(`  data: ${note}`);
  return lines.join('\n');
}
