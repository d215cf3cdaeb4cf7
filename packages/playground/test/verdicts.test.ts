import { describe, expect, it } from 'vitest';
import { EXAMPLES, seedState } from '../src/page/examples.js';
import { snsVerdict } from '../src/page/verdicts/sns.js';
import { dpVerdict } from '../src/page/verdicts/dp.js';
import { iamVerdict } from '../src/page/verdicts/iam.js';
import { eventsVerdict } from '../src/page/verdicts/events.js';
import { analysisVerdict } from '../src/page/verdicts/analysis.js';
import type { PaneResult } from '../src/page/verdicts/types.js';
import type { PlaygroundState } from '../src/page/state.js';

const example = (id: string): PlaygroundState => EXAMPLES.find((e) => e.id === id)!.apply(seedState());
const marked = (r: PaneResult, text: string, doc: string, kind?: string): string[] =>
  r.marks.filter((m) => m.doc === doc && (!kind || m.kind === kind)).map((m) => text.slice(m.from, m.to));

describe('SNS filter verdicts', () => {
  it('delivers the auto quote to the auto-leads subscription', () => {
    expect(snsVerdict(example('insurance-auto').sns).verdict).toMatchObject({ tone: 'pass', headline: 'Delivered' });
  });

  it('filters the home quote out and marks the failing key in the policy and in the body', () => {
    const { sns } = example('insurance-home');
    const r = snsVerdict(sns);
    expect(r.verdict).toMatchObject({ tone: 'fail', headline: 'Filtered out' });
    expect(r.verdict.details.join('\n')).toContain('NumberOfNotificationsFilteredOut-MessageBody');
    const [inPolicy] = marked(r, sns.policy, 'policy', 'decide');
    expect(inPolicy).toMatch(/^"key": \[/);
    expect(inPolicy).toContain('"prefix": "auto-"');
    expect(marked(r, sns.message, 'message')).toEqual(['"key": "home-insurance-2314.xml"']);
  });

  it('marks the failing attribute in attribute scope', () => {
    const { sns } = example('attributes-store');
    const r = snsVerdict(sns);
    expect(r.verdict.tone).toBe('fail');
    expect(marked(r, sns.message, 'message')[0]).toMatch(/^"store": \{[\s\S]*other_corp/);
  });

  it("puts a validation error at its pointer with AWS's full text", () => {
    const policy = '{\n  "store": [{"suffix": 100}]\n}';
    const r = snsVerdict({ scope: 'MessageAttributes', policy, message: '{}' });
    expect(r.verdict.tone).toBe('invalid');
    expect(r.diagnostics).toHaveLength(1);
    const d = r.diagnostics[0]!;
    expect(d.message).toBe('Invalid parameter: Attributes Reason: FilterPolicy: suffix match pattern must be a string');
    expect(policy.slice(d.from, d.to)).toBe('"suffix": 100');
  });

  it('puts a JSON syntax error where the text breaks', () => {
    const policy = '{"store": ["a",, "b"]}';
    const r = snsVerdict({ scope: 'MessageAttributes', policy, message: '{}' });
    expect(r.verdict.tone).toBe('invalid');
    expect(r.diagnostics[0]!.from).toBe(policy.indexOf(',,') + 1);
  });

  it('reports attributes that are not an object on the message editor', () => {
    const r = snsVerdict({ scope: 'MessageAttributes', policy: '{"a":["b"]}', message: '[1]' });
    expect(r.verdict.tone).toBe('invalid');
    expect(r.diagnostics.map((d) => [d.doc, d.code])).toEqual([['message', 'playground.attributes-not-object']]);
  });
});

describe('data protection verdicts', () => {
  it('denies the SSN on publish, marks its span and the deny-inbound statement', () => {
    const { dp } = example('clinic-ssn');
    const r = dpVerdict(dp);
    expect(r.verdict).toMatchObject({ tone: 'fail', headline: 'Publish denied' });
    const findings = marked(r, dp.message, 'message', 'finding');
    expect(findings).toContain('123-12-1234');
    expect(findings).toContain('jane@example.com');
    const [statement] = marked(r, dp.policy, 'policy', 'decide');
    expect(statement).toContain('"Sid": "deny-inbound"');
  });

  it('delivers the address to billing and not to scheduling', () => {
    const { dp } = example('clinic-address');
    const r = dpVerdict(dp);
    expect(r.verdict.headline).toBe('Published; 1 of 2 deliveries denied');
    expect(r.verdict.details).toContain('billing: delivered');
    expect(r.verdict.details.some((l) => l.startsWith('scheduling: not delivered, statement deny-outbound-scheduling'))).toBe(true);
    expect(marked(r, dp.policy, 'policy', 'decide')[0]).toContain('"Sid": "deny-outbound-scheduling"');
  });

  it('reports principals of the wrong shape at their pointer', () => {
    const principals = '{"publisher": 7}';
    const r = dpVerdict({ ...example('clinic-ssn').dp, principals });
    expect(r.verdict.tone).toBe('invalid');
    expect(principals.slice(r.diagnostics[0]!.from, r.diagnostics[0]!.to)).toBe('"publisher": 7');
  });
});

describe('IAM verdicts', () => {
  it("denies another project's function and shows the condition's resolved values", () => {
    const { iam } = example('abac-other-project');
    const r = iamVerdict(iam);
    expect(r.verdict).toMatchObject({ tone: 'fail', headline: 'ImplicitDeny' });
    expect(r.verdict.details).toContain('  StringEquals aws:ResourceTag/project-name: request ["eagle"] vs policy ["falcon"] → false');
    expect(marked(r, iam.policies, 'policies', 'fail')[0]).toMatch(/^"aws:ResourceTag\/project-name": "\$\{aws:PrincipalTag\/project-name\}"$/);
    expect(marked(r, iam.request, 'request', 'fail')).toEqual(['"aws:ResourceTag/project-name": "eagle"']);
  });

  it('allows tag-on-create and marks the deciding statement', () => {
    const { iam } = example('abac-create-tagged');
    const r = iamVerdict(iam);
    expect(r.verdict.headline).toBe('Allow');
    expect(marked(r, iam.policies, 'policies', 'decide')[0]).toContain('"Sid": "CreateFunctionWithProjectTag"');
  });

  it('marks the explicit deny of a policy set by its place in the set', () => {
    const { iam } = example('abac-deny-guard');
    const policies = JSON.stringify({ identity: [JSON.parse(iam.policies)] }, null, 2);
    const r = iamVerdict({ ...iam, policies });
    expect(r.verdict.headline).toBe('ExplicitDeny');
    expect(marked(r, policies, 'policies', 'decide')[0]).toContain('"Sid": "DenyOtherProjects"');
  });

  it('places a policy error inside the set', () => {
    const policies = '{"identity": [{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "lambda:*"}]}]}';
    const r = iamVerdict({ policies, request: '{"action": "lambda:GetFunction"}' });
    expect(r.verdict.tone).toBe('invalid');
    const text = policies.slice(r.diagnostics[0]!.from, r.diagnostics[0]!.to);
    expect(text.startsWith('{"Effect"')).toBe(true);
  });
});

describe('custom identifiers', () => {
  it('masks a custom identifier and an email for billing only', () => {
    const { dp } = example('custom-employee-id');
    const r = dpVerdict(dp);
    expect(r.verdict).toMatchObject({ tone: 'pass', headline: 'Published and delivered' });
    expect(r.verdict.details).toContain('billing: delivered as “################ wrote to ###############”');
    expect(r.verdict.details).toContain('scheduling: delivered');
    expect(marked(r, dp.message, 'message', 'finding')).toEqual(['EID-123456789-US', 'ana@example.com']);
  });
});

describe('event pattern verdicts', () => {
  it('marks the failing field of an EventBridge pattern in the pattern and in the event', () => {
    const { events } = example('ec2-state');
    const r = eventsVerdict(events);
    expect(r.verdict).toMatchObject({ tone: 'fail', headline: 'No match' });
    expect(marked(r, events.pattern, 'pattern', 'decide')[0]).toMatch(/^"state": \[/);
    expect(marked(r, events.event, 'event', 'fail')).toEqual(['"state": "pending"']);
  });

  it('passes an SQS record on the filter that matched, and marks that filter', () => {
    const { events } = example('lambda-sqs');
    const r = eventsVerdict(events);
    expect(r.verdict).toMatchObject({ tone: 'pass', headline: 'Record passed to the function' });
    expect(marked(r, events.pattern, 'pattern', 'decide')[0]).toContain('BBBB');
  });

  it('filters a record out when no filter matches, with the reason', () => {
    const { events } = example('lambda-sqs');
    const r = eventsVerdict({ ...events, event: events.event.replace('BBBB', 'CCCC') });
    expect(r.verdict.tone).toBe('fail');
    expect(r.verdict.details.length).toBeGreaterThan(0);
  });

  it('places an invalid filter inside an inline pattern', () => {
    const pattern = '[{"body": {"a": []}}]';
    const r = eventsVerdict({ target: 'sqs', pattern, event: '{"body": "x"}' });
    expect(r.verdict.tone).toBe('invalid');
    expect(pattern.slice(r.diagnostics[0]!.from, r.diagnostics[0]!.to)).toBe('"a": []');
  });
});

describe('policy diff verdicts', () => {
  it('SNS example: the suffix makes NEW broader; the witness body is delivered by NEW only', async () => {
    const { analysis } = example('diff-auto-leads');
    const r = analysisVerdict(analysis);
    expect(r.verdict).toMatchObject({ tone: 'fail', headline: expect.stringMatching(/^Broader/) });
    const line = r.verdict.details.find((d) => d.startsWith('A message only NEW lets through: '))!;
    const witness = JSON.parse(line.slice('A message only NEW lets through: '.length));
    const { compileFilterPolicy } = await import('@arbiter/sns-filter');
    const oldM = compileFilterPolicy(analysis.old, { scope: 'MessageBody' });
    const newM = compileFilterPolicy(analysis.new, { scope: 'MessageBody' });
    if (!oldM.ok || !newM.ok) throw new Error('example policies must be valid');
    expect([oldM.value.match(witness).delivered, newM.value.match(witness).delivered]).toEqual([false, true]);
  });

  it('EventBridge example: dropping a state is narrower, the witness is the dropped state', () => {
    const r = analysisVerdict(example('diff-ec2-states').analysis);
    expect(r.verdict.headline).toMatch(/^Narrower/);
    expect(r.verdict.details.join('\n')).toContain('"state":"stopped"');
  });

  it('equivalent policies pass; an invalid NEW is marked in the NEW editor', () => {
    expect(analysisVerdict({ language: 'SNS MessageAttributes', old: '{"a":["x","y"]}', new: '{"$or":[{"a":["x"]},{"a":["y"]}]}' }).verdict.tone).toBe('pass');
    const text = '{"a": [{"prefix": 5}]}';
    const r = analysisVerdict({ language: 'EventBridge', old: '{"a":["x"]}', new: text });
    expect(r.verdict.tone).toBe('invalid');
    expect(r.diagnostics.map((d) => d.doc)).toEqual(['new']);
    expect(text.slice(r.diagnostics[0]!.from, r.diagnostics[0]!.to)).toContain('5');
  });

  it('undecided parts say why instead of guessing', () => {
    const r = analysisVerdict({ language: 'EventBridge', old: '{"a":[{"wildcard":"a*b*c"}]}', new: '{"a":[{"prefix":"a"},{"equals-ignore-case":"zz"}]}' });
    expect(r.verdict.headline).toMatch(/^Undecided/);
    expect(r.verdict.details.join('\n')).toMatch(/Undecided \(onlyOld\): .*wildcard/);
  });
});
