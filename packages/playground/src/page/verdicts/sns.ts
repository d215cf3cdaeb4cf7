/** SNS filter pane: policy + message (either scope) → delivered or filtered out, and why. */
import { escapePointerToken, parseJsonSafe } from '@arbiter/ir';
import { compileFilterPolicy, formatAwsError, type SnsMessage } from '@arbiter/sns-filter';
import { rangeOfPointer, rangesOfDottedKey } from '../json-ranges.js';
import { failedKeyMarks } from './failed-key.js';
import type { PlaygroundState } from '../state.js';
import { invalid, placeDiagnostic } from './place.js';
import type { InlineDiagnostic, PaneResult } from './types.js';

export function snsVerdict(input: PlaygroundState['sns']): PaneResult {
  const { scope, policy, message } = input;
  const compiled = compileFilterPolicy(policy, { scope });
  const diagnostics: InlineDiagnostic[] = (compiled.ok ? compiled.warnings : compiled.diagnostics).map((d) => placeDiagnostic('policy', policy, d, formatAwsError(d)));
  const sns = snsMessageOf(scope, message, diagnostics);
  if (!compiled.ok || !sns) return invalid(compiled.ok ? 'The message attributes are not usable' : 'The filter policy is invalid', diagnostics);
  const decision = compiled.value.match(sns);
  if (decision.delivered) {
    return { verdict: { tone: 'pass', headline: 'Delivered', details: [`Every key of the policy matched (${scope}).`] }, marks: [], diagnostics };
  }
  const reason = decision.reason ?? 'filtered out';
  const failed = decision.failed;
  const inMessage = !failed ? [] : scope === 'MessageBody' ? rangesOfDottedKey(message, failed.key) : [rangeOfPointer(message, '/' + escapePointerToken(failed.key), true)].filter((r) => r !== undefined);
  const marks = failed ? failedKeyMarks(failed, reason, { doc: 'policy', text: policy }, { doc: 'message', ranges: inMessage }) : [];
  const details = [reason];
  if (decision.metric) details.push(`CloudWatch metric: ${decision.metric}`);
  if (failed) details.push(`Failing key: ${failed.key} (policy ${failed.path || '/'}), condition ${failed.condition}`);
  return { verdict: { tone: 'fail', headline: 'Filtered out', details }, marks, diagnostics };
}

/** The message as the matcher takes it; attribute JSON that does not parse adds diagnostics and gives `undefined`. */
function snsMessageOf(scope: PlaygroundState['sns']['scope'], text: string, diagnostics: InlineDiagnostic[]): SnsMessage | undefined {
  if (scope === 'MessageBody') return { body: text };
  if (text.trim() === '') return { attributes: {} };
  const parsed = parseJsonSafe(text, { document: 'message' });
  if (!parsed.ok) {
    diagnostics.push(...parsed.diagnostics.map((d) => placeDiagnostic('message', text, d)));
    return undefined;
  }
  const value = parsed.value.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    diagnostics.push({ doc: 'message', from: 0, to: Math.min(1, text.length), severity: 'error', code: 'playground.attributes-not-object', message: 'message attributes must be a JSON object: {"name": {"Type": "String", "Value": "…"}}' });
    return undefined;
  }
  return { attributes: value as SnsMessage['attributes'] };
}
