/**
 * Data protection pane: policy + message + principals → published or denied, each delivery, each
 * finding's span in the message, and the statement that denied.
 */
import { parseDataProtectionPolicy, publishMessage, selectStatements, type DataDirection, type DataProtectionPolicy, type Finding, type PolicyStatement } from '@arbiter/data-protection';
import { rangeOfPointer } from '../json-ranges.js';
import type { PlaygroundState } from '../state.js';
import { invalid, placeDiagnostic } from './place.js';
import { readPrincipals } from './principals.js';
import type { InlineDiagnostic, Mark, PaneResult } from './types.js';

export function dpVerdict(input: PlaygroundState['dp']): PaneResult {
  const parsed = parseDataProtectionPolicy(input.policy);
  const diagnostics: InlineDiagnostic[] = (parsed.ok ? parsed.warnings : parsed.diagnostics).map((d) => placeDiagnostic('policy', input.policy, d));
  const principals = readPrincipals(input.principals, diagnostics);
  if (!parsed.ok || !principals) return invalid(parsed.ok ? 'The principals are not usable' : 'The data protection policy is invalid', diagnostics);
  // Audit is always sampled here, so the page shows the audit record the policy would write.
  const run = publishMessage(parsed.value, { message: input.message, principal: principals.publisher, subscriptions: principals.subscriptions, sampled: true });
  if (!run.ok) return invalid('The message cannot be published', run.diagnostics.map((d) => placeDiagnostic('message', input.message, d)));
  const outcome = run.value;
  const marks: Mark[] = outcome.inboundFindings.map((f) => findingMark(f));
  const details: string[] = [];
  if (outcome.inboundFindings.length) details.push(`Found on the way in: ${summarize(outcome.inboundFindings)}`);
  else details.push('No sensitive data found on the way in.');
  if (!outcome.published) {
    const by = denier(parsed.value, 'Inbound', principals.publisher, outcome.inboundFindings);
    if (by) marks.push(statementMark(input.policy, by, `denied publishing: ${by.id}`));
    details.push(`${outcome.error?.code ?? 'AuthorizationError'} (403): ${outcome.error?.message ?? ''}`);
    return { verdict: { tone: 'fail', headline: 'Publish denied', details }, marks, diagnostics };
  }
  if (outcome.message !== input.message) details.push(`After inbound de-identification: ${outcome.message}`);
  let undelivered = 0;
  // Outbound offsets are in the text inbound de-identification left; mark them only where that is the input.
  for (const [name, delivery] of Object.entries(outcome.deliveries)) {
    const sameText = outcome.message === input.message;
    if (delivery.delivered) {
      if (sameText) marks.push(...delivery.findings.map((f) => findingMark(f, ` (de-identified for ${name})`)));
      details.push(`${name}: delivered${delivery.message !== outcome.message ? ` as “${delivery.message}”` : ''}`);
      continue;
    }
    undelivered++;
    const by = denier(parsed.value, 'Outbound', principals.subscriptions[name]!, delivery.findings);
    if (by) marks.push(statementMark(input.policy, by, `denied delivery to ${name}: ${by.id}`));
    if (sameText) marks.push(...delivery.findings.map((f) => findingMark(f, ` (blocks ${name})`)));
    details.push(`${name}: not delivered, ${by ? `statement ${by.id}` : 'denied'} (${summarize(delivery.findings)})`);
  }
  if (outcome.audit) details.push(`Audit: ${outcome.inboundFindings.length} finding(s) recorded`);
  const headline = undelivered === 0 ? 'Published and delivered' : `Published; ${undelivered} of ${Object.keys(outcome.deliveries).length} deliveries denied`;
  return { verdict: { tone: undelivered === 0 ? 'pass' : 'fail', headline, details }, marks: dedupe(marks), diagnostics };
}

/** The statement that denied: the first Deny statement of that direction for that principal with a finding of one of its identifiers. */
function denier(policy: DataProtectionPolicy, direction: DataDirection, principal: string, findings: readonly Finding[]): PolicyStatement | undefined {
  const names = new Set(findings.map((f) => f.name));
  return selectStatements(policy, direction, principal, 'reference').find((s) => s.operation.kind === 'Deny' && s.identifiers.some((id) => names.has(id)));
}

function statementMark(policyText: string, s: PolicyStatement, title: string): Mark {
  const range = rangeOfPointer(policyText, s.at, true) ?? { from: 0, to: 0 };
  return { doc: 'policy', ...range, kind: 'decide', title };
}

/** AWS's `end` is inclusive; editor ranges are half-open. */
function findingMark(f: Finding, suffix = ''): Mark {
  return { doc: 'message', from: f.start, to: f.end + 1, kind: 'finding', title: `${f.name} at ${f.start}–${f.end}${suffix}` };
}

function summarize(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'no findings';
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.name, (counts.get(f.name) ?? 0) + 1);
  return [...counts].map(([n, c]) => (c > 1 ? `${n} ×${c}` : n)).join(', ');
}

function dedupe(marks: Mark[]): Mark[] {
  const seen = new Set<string>();
  return marks.filter((m) => {
    const key = `${m.doc}:${m.from}:${m.to}:${m.kind}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
