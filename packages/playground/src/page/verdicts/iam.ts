/**
 * IAM pane: one policy document (an identity policy) or a policy set `{identity, resource,
 * boundary, scp, scpLevels, session}` + a request → the decision, the deciding statements, and each
 * condition's resolved values.
 */
import { joinPointer, parseJsonSafe, type Diagnostic } from '@arbiter/ir';
import { authorize, formatRef, type ConditionTrace, type IamRequest, type PolicySet, type StatementRef } from '@arbiter/iam';
import { rangeOfPointer } from '../json-ranges.js';
import type { PlaygroundState } from '../state.js';
import { invalid, placeDiagnostic } from './place.js';
import type { InlineDiagnostic, Mark, PaneResult } from './types.js';

/** Where one policy of the set sits in the editor's document. */
type Locate = (kind: string, index: number, level?: number) => string;

export function iamVerdict(input: PlaygroundState['iam']): PaneResult {
  const diagnostics: InlineDiagnostic[] = [];
  const policies = readJson(input.policies, 'policies', diagnostics);
  const request = readJson(input.request, 'request', diagnostics);
  if (policies === undefined || request === undefined) return invalid('The inputs are not JSON', diagnostics);
  const { set, locate } = policySetOf(policies.value);
  const decided = authorize(set, request.value as IamRequest);
  const place = (d: Diagnostic): InlineDiagnostic => {
    if (d.document === 'request') return placeDiagnostic('request', input.request, d);
    const p = d.params ?? {};
    const prefix = d.document === 'policy' ? locate(String(p.policyKind ?? 'identity'), Number(p.policyIndex ?? 0), typeof p.level === 'number' ? p.level : undefined) : '';
    return placeDiagnostic('policies', input.policies, d, d.message, prefix);
  };
  if (!decided.ok) return invalid('The policies or the request are invalid', decided.diagnostics.map(place));
  diagnostics.push(...decided.warnings.map(place));
  const { decision, deciding, explanation } = decided.value;
  const where = (ref: StatementRef, pointer: string): string => locate(ref.policyKind, ref.policyIndex, ref.level) + pointer;
  const marks: Mark[] = [];
  for (const ref of deciding) {
    const range = rangeOfPointer(input.policies, where(ref, ref.pointer), true);
    if (range) marks.push({ doc: 'policies', ...range, kind: 'decide', title: `${decision} by ${formatRef(ref)}` });
  }
  const details = [explanation.summary];
  for (const s of explanation.statements) {
    details.push(`${formatRef(s.ref)}: ${s.ref.effect}, action ✓, resource ${s.resourceMatched ? '✓' : '✗'}${s.principalMatched === false ? ', principal ✗' : ''}, ${s.applies ? 'applies' : 'does not apply'}`);
    for (const c of s.conditions) {
      const line = conditionLine(c);
      details.push(`  ${line}`);
      const range = rangeOfPointer(input.policies, where(s.ref, c.pointer), true);
      if (range) marks.push({ doc: 'policies', ...range, kind: c.result ? 'pass' : 'fail', title: line });
      const inRequest = rangeOfPointer(input.request, joinPointer('/context', c.key), true);
      if (inRequest && !c.result) marks.push({ doc: 'request', ...inRequest, kind: 'fail', title: line });
    }
  }
  return { verdict: { tone: decision === 'Allow' ? 'pass' : 'fail', headline: decision, details }, marks, diagnostics };
}

/** `StringEquals aws:ResourceTag/x: request ["eagle"] vs policy ["falcon"] → false`. */
export function conditionLine(c: ConditionTrace): string {
  const request = c.requestValues === null ? '(missing)' : JSON.stringify(c.requestValues);
  const policy = JSON.stringify(c.policyValues.map((v) => v ?? '(unresolved)'));
  return `${c.operator} ${c.key}: request ${request} vs policy ${policy} → ${c.result}${c.reason ? ` (${c.reason})` : ''}`;
}

/** A lone policy document (it has `Statement` or `Version`) is an identity policy; anything else is a set. */
function policySetOf(value: unknown): { set: PolicySet; locate: Locate } {
  const isDocument = typeof value === 'object' && value !== null && !Array.isArray(value) && ('Statement' in value || 'Version' in value);
  if (isDocument) return { set: { identity: [value] }, locate: () => '' };
  const usesScp = typeof value === 'object' && value !== null && 'scp' in value && !('scpLevels' in value);
  return {
    set: value as PolicySet,
    locate: (kind, index, level) => (level !== undefined && !usesScp ? `/scpLevels/${level}/${index}` : `/${kind}/${index}`),
  };
}

function readJson(text: string, doc: string, diagnostics: InlineDiagnostic[]): { value: unknown } | undefined {
  const parsed = parseJsonSafe(text, { document: doc === 'request' ? 'request' : 'policy' });
  if (parsed.ok) return parsed.value;
  diagnostics.push(...parsed.diagnostics.map((d) => placeDiagnostic(doc, text, d)));
  return undefined;
}
