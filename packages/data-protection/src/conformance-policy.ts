/** Runs one whole-policy case: `policy`, `publish`, `subscriptions` → published, delivered, findings. */
import type { CaseOutcome, EvaluationMode } from '@arbiter/ir';
import { publishMessage } from './operations/publish.js';

type Json = Record<string, unknown>;

const renderFinding = (f: Json): string => (typeof f['start'] === 'number' ? `${String(f['name'])}@${String(f['start'])}..${String(f['end'])}` : String(f['name']));

/** Policy case runner: compares published, the delivered texts and the Audit findings. */
export function runPolicyCase(testCase: Json, mode: EvaluationMode): CaseOutcome {
  const publish = testCase['publish'] as Json | undefined;
  const expect = testCase['expect'] as Json | undefined;
  if (!publish || !expect) return { passed: false, expected: 'a policy case', actual: 'malformed case', detail: 'needs publish and expect' };
  const request = {
    message: String(publish['message']),
    principal: String(publish['principal']),
    subscriptions: (testCase['subscriptions'] ?? {}) as Record<string, string>,
    mode,
    random: () => 0.999_999,
    now: new Date('2024-01-01T00:00:00Z'),
    messageId: '00000000-0000-0000-0000-000000000000',
  };
  const result = publishMessage(testCase['policy'], typeof publish['sampled'] === 'boolean' ? { ...request, sampled: publish['sampled'] } : request);
  const expected = JSON.stringify({ published: expect['published'], delivered: expect['delivered'], findings: ((expect['findings'] ?? []) as Json[]).map(renderFinding).sort() });
  if (!result.ok) return { passed: false, expected, actual: 'invalid-policy', detail: result.diagnostics.map((d) => `${d.path} ${d.message}`).join('; ') };
  const o = result.value;
  const delivered = Object.fromEntries(Object.entries(o.deliveries).flatMap(([k, d]) => (d.delivered ? [[k, d.message]] : [])));
  const wanted = ((expect['findings'] ?? []) as Json[]);
  const byNameOnly = wanted.some((f) => typeof f['start'] !== 'number');
  const findings = (o.audit?.record?.dataIdentifiers ?? []).flatMap((d) => d.detections.map((x) => (byNameOnly ? d.name : `${d.name}@${x.start}..${x.end}`)));
  const actualFindings = byNameOnly ? [...new Set(findings)].sort() : findings.sort();
  const actual = JSON.stringify({ published: o.published, delivered, findings: actualFindings });
  const sameDelivered = JSON.stringify(Object.entries(delivered).sort()) === JSON.stringify(Object.entries((expect['delivered'] ?? {}) as Json).sort());
  const passed = o.published === expect['published'] && sameDelivered && JSON.stringify(actualFindings) === JSON.stringify(wanted.map(renderFinding).sort());
  return passed ? { passed, expected, actual } : { passed, expected, actual, detail: 'published, delivered or findings differ' };
}
