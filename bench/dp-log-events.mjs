// The CloudWatch Logs row of the data protection benchmark (issue #13 item 4): one subscription
// payload as Lambda receives it (gzip + base64), decoded, every event scanned for all managed
// identifiers and masked, findings reports built. MB/s counts the characters of the events'
// messages. The compiled protector's masked events are checked equal to the reference one's first.
import { gzipSync } from 'node:zlib';
import { compileLogsPolicies, listManagedIdentifiers, parseLogsDataProtectionPolicy, readLogEvents } from '@arbiter/data-protection';
import { makeJsonMessage } from './dp-messages.mjs';
import { measure } from './measure.mjs';

const MB = 1024 * 1024;

function protectorOf(mode) {
  const ids = listManagedIdentifiers().map((i) => `arn:aws:dataprotection::aws:data-identifier/${i.name}`);
  const policy = parseLogsDataProtectionPolicy({ Name: 'bench', Version: '2021-06-01', Statement: [
    { DataIdentifier: ids, Operation: { Audit: { FindingsDestination: {} } } },
    { DataIdentifier: ids, Operation: { Deidentify: { MaskConfig: {} } } },
  ] });
  if (!policy.ok) throw new Error(`bench policy: ${policy.diagnostics[0].message}`);
  const compiled = compileLogsPolicies({ logGroup: policy.value }, mode);
  if (!compiled.ok) throw new Error(`bench protector: ${compiled.diagnostics[0].message}`);
  return compiled.value;
}

/** A Lambda subscription event of `count` structured log lines of about `bytes` characters each. */
function lambdaEvent(count, bytes) {
  const logEvents = Array.from({ length: count }, (_, i) => ({ id: String(36_000_000 + i), timestamp: 1_700_000_000_000 + i, message: makeJsonMessage(bytes, 500 + i) }));
  const payload = { messageType: 'DATA_MESSAGE', owner: '123456789012', logGroup: '/aws/lambda/orders', logStream: '2024/01/01/[$LATEST]abc', subscriptionFilters: ['dp'], logEvents };
  return { event: { awslogs: { data: gzipSync(JSON.stringify(payload)).toString('base64') } }, chars: logEvents.reduce((n, e) => n + e.message.length, 0) };
}

/** The log-events row: decode + scan + mask + findings, compiled, with the reference protector as baseline. */
export async function benchLogEvents({ quick = false } = {}) {
  const { event, chars } = lambdaEvent(quick ? 64 : 256, 1024);
  const compiled = protectorOf('compiled');
  const reference = protectorOf('reference');
  const run = (protector) => {
    const batch = readLogEvents(event);
    if (!batch.ok) throw new Error('bench log events do not decode');
    return protector.protect(batch.value, { now: new Date(0) });
  };
  const a = run(compiled);
  const b = run(reference);
  if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error('log events: compiled and reference protection differ');
  const findings = a.events.reduce((n, e) => n + e.findings.length, 0);
  const [c, r] = await measure([
    { name: 'compiled log events', items: chars, fn: () => run(compiled) },
    { name: 'reference log events', items: chars, fn: () => run(reference) },
  ], { iterations: quick ? 3 : 8, warmup: 1 });
  const label = `log events (${a.events.length} × 1 KB, subscription payload gzip+base64)`;
  return {
    rows: [
      { name: `compiled, ${label}`, bytes: chars, mbPerSecond: Math.round((c.perSecond / MB) * 100) / 100, ratioToBaseline: Math.round((c.perSecond / r.perSecond) * 100) / 100, rme: Math.round(c.rme * 100) / 100, findingsPerEvent: Math.round((findings / a.events.length) * 10) / 10 },
      { name: `separate-regex baseline, ${label}`, bytes: chars, mbPerSecond: Math.round((r.perSecond / MB) * 100) / 100, ratioToBaseline: 1, rme: Math.round(r.rme * 100) / 100 },
    ],
    note: `Log events: one Lambda subscription event decoded (base64, gunzip, JSON), every event scanned for all managed identifiers, masked, and its findings report built; ${a.metrics.LogEventsWithFindings} of ${a.events.length} events have findings; compiled and reference outcomes checked equal before timing.`,
  };
}
