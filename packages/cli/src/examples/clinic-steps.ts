/** A publish of the clinic example with the outcome it states, and the check of that outcome. */
import type { PublishReport } from '../commands/dp/publish-report.js';

export interface PublishStep {
  /** The conformance case this step mirrors. */
  case?: string;
  /** The blog's testing step numbers. */
  steps: string;
  title: string;
  principal: string;
  message: string;
  sampled?: boolean;
  expect: {
    published: boolean;
    /** The inbound statement that denies the publish. */
    deniedBy?: string;
    /** Subscription → the text it receives. */
    delivered: Record<string, string>;
    /** Subscription → the outbound statement that denies its delivery. */
    notDelivered: Record<string, string>;
    /** The audit record's detections; offsets only where the source states them. */
    audit: Array<{ name: string; start?: number; end?: number }>;
  };
}

const isRecordOf = (v: unknown, type: string): boolean =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => typeof x === type);

/** Checks one JSONL line's shape; a string says what is wrong. */
export function readPublishStep(v: unknown): PublishStep | string {
  const s = v as Partial<PublishStep> | null;
  if (s === null || typeof s !== 'object') return 'a step must be a JSON object';
  for (const k of ['steps', 'title', 'principal', 'message'] as const) if (typeof s[k] !== 'string') return `\`${k}\` must be a string`;
  const e = s.expect;
  if (!e || typeof e.published !== 'boolean') return '`expect.published` must be true or false';
  if (!isRecordOf(e.delivered, 'string') || !isRecordOf(e.notDelivered, 'string')) return '`expect.delivered` and `expect.notDelivered` must map subscription names to strings';
  if (!Array.isArray(e.audit) || !e.audit.every((a) => typeof a?.name === 'string')) return '`expect.audit` must be an array of {name, start?, end?}';
  return s as PublishStep;
}

/** Every way the outcome differs from what the step states. */
export function checkPublishStep(step: PublishStep, r: PublishReport): string[] {
  const e = step.expect;
  const out: string[] = [];
  if (r.published !== e.published) out.push(`expected the publish to be ${e.published ? 'accepted' : 'denied'}, it was ${r.published ? 'accepted' : `denied (${r.error?.message})`}`);
  if (e.deniedBy !== undefined && r.deniedBy !== e.deniedBy) out.push(`expected statement \`${e.deniedBy}\` to deny the publish, got ${r.deniedBy ? `\`${r.deniedBy}\`` : 'none'}`);
  const names = new Set([...Object.keys(r.deliveries), ...Object.keys(e.delivered), ...Object.keys(e.notDelivered)]);
  for (const name of names) {
    const d = r.deliveries[name];
    const text = e.delivered[name];
    const by = e.notDelivered[name];
    if (text !== undefined && !(d?.delivered && d.message === text)) out.push(`expected ${name} to receive "${text}", ${describeDelivery(d)}`);
    if (by !== undefined && !(d && !d.delivered && d.deniedBy === by)) out.push(`expected statement \`${by}\` to stop the delivery to ${name}, ${describeDelivery(d)}`);
    if (text === undefined && by === undefined && d) out.push(`the example states nothing for ${name}, which ${describeDelivery(d).replace(/^it /, '')}`);
  }
  const detections = (r.audit?.record?.dataIdentifiers ?? []).flatMap((i) => i.detections.map((x) => ({ name: i.name, ...x })));
  const want = e.audit.map((a) => `${a.name}${a.start === undefined ? '' : ` ${a.start}..${a.end}`}`).sort();
  // A name stated without offsets (addresses: AWS finds them with ML) is compared by name alone.
  const nameOnly = new Set(e.audit.filter((a) => a.start === undefined).map((a) => a.name));
  const got = detections.map((d) => (nameOnly.has(d.name) ? d.name : `${d.name} ${d.start}..${d.end}`)).sort();
  if (!r.audit?.record) out.push('expected an audit record, none was written');
  else if (want.join(', ') !== got.join(', ')) out.push(`expected audit findings [${want.join(', ')}], got [${got.join(', ')}]`);
  return out;
}

function describeDelivery(d: PublishReport['deliveries'][string] | undefined): string {
  if (!d) return 'it was not attempted';
  return d.delivered ? `it received "${d.message}"` : `it was stopped${d.deniedBy ? ` by \`${d.deniedBy}\`` : ''}`;
}
