/**
 * `arbiter validate --base REF` / `--base-file OLD`: changed filter policies and event patterns
 * are compared with the base version; each witness is checked here against both versions with the
 * evaluators themselves, and the SARIF stays valid against the OASIS schema.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { compileEventPattern } from '@arbiter/event-pattern';
import { compileFilterPolicy } from '@arbiter/sns-filter';
import { cli } from './helpers.js';

const OLD_FILTER = { store: ['example_corp'], price: [{ numeric: ['<', 100] }] };
const NEW_FILTER = { store: [{ prefix: 'example' }], price: [{ numeric: ['<', 100] }] };
const OLD_RULE = { source: ['aws.ec2'], 'detail-type': ['EC2 Instance State-change Notification'], detail: { state: ['running', 'stopped'] } };
const NEW_RULE = { source: ['aws.ec2'], 'detail-type': ['EC2 Instance State-change Notification'], detail: { state: ['running'] } };

function template(filter: object, rule: object, filters: object[], extra = ''): string {
  return `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Topic:
    Type: AWS::SNS::Topic
  Sub:
    Type: AWS::SNS::Subscription
    Properties:
      TopicArn: !Ref Topic
      Protocol: sqs
      Endpoint: arn:aws:sqs:us-east-1:111122223333:q
      FilterPolicy: ${JSON.stringify(filter)}
  Rule:
    Type: AWS::Events::Rule
    Properties:
      EventPattern: ${JSON.stringify(rule)}
  Mapping:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      FunctionName: fn
      EventSourceArn: arn:aws:sqs:us-east-1:111122223333:q
      FilterCriteria:
        Filters: ${JSON.stringify(filters.map((p) => ({ Pattern: JSON.stringify(p) })))}
  Same:
    Type: AWS::SNS::Subscription
    Properties:
      TopicArn: !Ref Topic
      Protocol: sqs
      Endpoint: arn:aws:sqs:us-east-1:111122223333:q2
      FilterPolicy: {"kind": ["a"]}
${extra}`;
}

const git = (dir: string, ...args: string[]) => execFileSync('git', ['-C', dir, '-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { encoding: 'utf8' });

function repo(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'arbiter-base-'));
  git(dir, 'init', '-q');
  const file = join(dir, 'template.yaml');
  writeFileSync(file, template(OLD_FILTER, OLD_RULE, [{ body: { kind: ['order'] } }]));
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'base');
  writeFileSync(file, template(NEW_FILTER, NEW_RULE, [{ body: { kind: ['order'] } }, { body: { kind: ['refund'] } }]));
  return { dir, file };
}

const delivered = (policy: object, message: unknown) => {
  const m = compileFilterPolicy(policy);
  if (!m.ok) throw new Error('invalid policy');
  return m.value.match(message as never).delivered;
};
const matched = (pattern: object, event: unknown) => {
  const m = compileEventPattern(pattern);
  if (!m.ok) throw new Error('invalid pattern');
  return m.value.match(event).matched;
};

interface JsonFinding { code: string; resource?: string; line: number; pointer?: string; params: Record<string, string>; message: string }

describe('arbiter validate --base', () => {
  it('reports each changed policy: what it now lets through, with witnesses that hold against both versions', async () => {
    const { file } = repo();
    const r = await cli(['--format', 'json', 'validate', '--base', 'HEAD', file]);
    const findings = r.json() as JsonFinding[];
    const byResource = Object.fromEntries(findings.filter((f) => f.code.startsWith('analysis.')).map((f) => [f.resource, f]));
    expect(Object.keys(byResource).sort()).toEqual(['Mapping', 'Rule', 'Sub']);

    const sub = byResource.Sub!;
    expect(sub.code).toBe('analysis.delivers-more');
    expect(sub.params.relation).toBe('broader');
    const message = JSON.parse(sub.params.witness!);
    expect([delivered(OLD_FILTER, message), delivered(NEW_FILTER, message)]).toEqual([false, true]);
    expect(sub.line).toBe(11);

    const rule = byResource.Rule!;
    expect(rule.code).toBe('analysis.delivers-less');
    expect(rule.params.relation).toBe('narrower');
    const event = JSON.parse(rule.params.witness!);
    expect([matched(OLD_RULE, event), matched(NEW_RULE, event)]).toEqual([true, false]);
    expect(event.detail.state).toBe('stopped');

    // A filter added to the mapping: Lambda ORs the filters, so the mapping now delivers refunds.
    const mapping = byResource.Mapping!;
    expect(mapping.code).toBe('analysis.delivers-more');
    expect(JSON.parse(mapping.params.witness!).body.kind).toBe('refund');
    // Warnings: exit 0 by default, 1 with --fail-on warning.
    expect(r.code).toBe(0);
    expect((await cli(['validate', '--base', 'HEAD', '--fail-on', 'warning', file])).code).toBe(1);
  });

  it('says it for people, and as SARIF that the OASIS schema accepts', async () => {
    const { file } = repo();
    const text = await cli(['validate', '--base', 'HEAD', file]);
    expect(text.stdout).toMatch(/the filter policy of `Sub` now delivers messages it did not at `HEAD` \(broader\), e\.g\. \{"attributes"/);
    const sarif = (await cli(['--format', 'sarif', 'validate', '--base', 'HEAD', file])).json();
    const schema = JSON.parse(readFileSync(new URL('./fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    expect(ajv.validate(schema, sarif), JSON.stringify(ajv.errors)).toBe(true);
    const results = sarif.runs[0].results as Array<{ ruleId: string; level: string; message: { text: string } }>;
    expect(results.filter((x) => x.ruleId === 'analysis.delivers-more').map((x) => x.level)).toEqual(['warning', 'warning']);
  });

  it('an unchanged template has no change findings; a file new since REF has none either', async () => {
    const { dir, file } = repo();
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'new');
    const r = await cli(['--format', 'json', 'validate', '--base', 'HEAD', file]);
    expect((r.json() as JsonFinding[]).filter((f) => f.code.startsWith('analysis.'))).toEqual([]);
    const fresh = join(dir, 'fresh.yaml');
    writeFileSync(fresh, template(NEW_FILTER, NEW_RULE, []));
    const r2 = await cli(['--format', 'json', 'validate', '--base', 'HEAD', fresh]);
    expect((r2.json() as JsonFinding[]).filter((f) => f.code.startsWith('analysis.'))).toEqual([]);
  });

  it('a REF that is no commit is unusable input (exit 2)', async () => {
    const { file } = repo();
    const r = await cli(['validate', '--base', 'no-such-branch', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no-such-branch');
  });
});

describe('arbiter validate --base-file OLD NEW', () => {
  it('compares two versions given as paths: a removed filter policy now delivers every message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arbiter-two-'));
    const oldFile = join(dir, 'old.yaml');
    const newFile = join(dir, 'new.yaml');
    writeFileSync(oldFile, template(OLD_FILTER, OLD_RULE, []));
    writeFileSync(newFile, template(OLD_FILTER, OLD_RULE, []).replace(/      FilterPolicy: \{"kind": \["a"\]\}\n/, ''));
    const r = await cli(['--format', 'json', 'validate', '--base-file', oldFile, newFile]);
    const changes = (r.json() as JsonFinding[]).filter((f) => f.code.startsWith('analysis.'));
    expect(changes.map((f) => [f.code, f.resource])).toEqual([['analysis.delivers-more', 'Same']]);
    expect(changes[0]!.message).toContain('now receives every message');
  });

  it('standalone event patterns (--kind event-pattern): wildcards decided; several stars beside an ignore-case constant undecided, never guessed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arbiter-two-'));
    writeFileSync(join(dir, 'old.json'), JSON.stringify({ a: [{ wildcard: 'a*b' }] }));
    writeFileSync(join(dir, 'new.json'), JSON.stringify({ a: [{ wildcard: 'a*' }] }));
    const r = await cli(['--format', 'json', 'validate', '--kind', 'event-pattern', '--base-file', join(dir, 'old.json'), join(dir, 'new.json')]);
    const changes = (r.json() as JsonFinding[]).filter((f) => f.code.startsWith('analysis.'));
    expect(changes.map((f) => f.code)).toEqual(['analysis.delivers-more']);
    const less = await cli(['--format', 'json', 'validate', '--kind', 'event-pattern', '--base-file', join(dir, 'new.json'), join(dir, 'old.json')]);
    expect((less.json() as JsonFinding[]).filter((f) => f.code.startsWith('analysis.')).map((f) => f.code)).toEqual(['analysis.delivers-less']);
    writeFileSync(join(dir, 'stars.json'), JSON.stringify({ a: [{ wildcard: 'a*b*c' }] }));
    const stars = await cli(['--format', 'json', 'validate', '--kind', 'event-pattern', '--base-file', join(dir, 'new.json'), join(dir, 'stars.json')]);
    expect((stars.json() as JsonFinding[]).filter((f) => f.code.startsWith('analysis.')).map((f) => f.code)).toEqual(['analysis.delivers-less']);
    writeFileSync(join(dir, 'folded.json'), JSON.stringify({ a: [{ wildcard: 'a*b*c' }, { 'equals-ignore-case': 'zz' }] }));
    const undecided = await cli(['--format', 'json', 'validate', '--kind', 'event-pattern', '--base-file', join(dir, 'stars.json'), join(dir, 'folded.json')]);
    const found = (undecided.json() as JsonFinding[]).filter((f) => f.code.startsWith('analysis.'));
    // Only NEW matches "zz" (a witness, so it says delivers-more); "no event only OLD matches" is not claimed.
    expect(found.map((f) => [f.code, f.params.relation])).toEqual([['analysis.delivers-more', 'unknown']]);
  });

  it('SAM event sources and intrinsic values: a JSON-string pattern is compared; a !Sub value is undecided, not guessed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arbiter-two-'));
    const sam = (pattern: string, filter: string) => `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs20.x
      Handler: index.handler
      Events:
        Queue:
          Type: SQS
          Properties:
            Queue: arn:aws:sqs:us-east-1:111122223333:q
            FilterCriteria:
              Filters:
                - Pattern: '${pattern}'
  Sub:
    Type: AWS::SNS::Subscription
    Properties:
      TopicArn: arn:aws:sns:us-east-1:111122223333:t
      Protocol: sqs
      Endpoint: arn:aws:sqs:us-east-1:111122223333:q
      FilterPolicy: ${filter}
`;
    writeFileSync(join(dir, 'old.yaml'), sam('{"body": {"n": [{"numeric": [">", 5]}]}}', '{"env": [{"Ref": "Env"}]}'));
    writeFileSync(join(dir, 'new.yaml'), sam('{"body": {"n": [{"numeric": [">=", 5]}]}}', '{"env": [{"Fn::Sub": "\${Env}-2"}]}'));
    const r = await cli(['--format', 'json', 'validate', '--base-file', join(dir, 'old.yaml'), join(dir, 'new.yaml')]);
    const changes = (r.json() as JsonFinding[]).filter((f) => f.code.startsWith('analysis.'));
    expect(changes.map((f) => [f.code, f.resource])).toEqual([['analysis.delivers-more', 'Fn/Queue'], ['analysis.change-undecided', 'Sub']]);
    expect(JSON.parse(changes[0]!.params.witness!)).toEqual({ body: { n: 5 } });
    expect(changes[1]!.message).toContain('intrinsic functions');
  });

  it('IAM policies (iamDiff): an action added is new access, with a request only the new policy allows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arbiter-two-'));
    const iam = (actions: string[]) => JSON.stringify({ Resources: { P: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: 'arn:aws:s3:::bucket/*' }] } } } } }, null, 2);
    writeFileSync(join(dir, 'old.json'), iam(['s3:GetObject']));
    writeFileSync(join(dir, 'new.json'), iam(['s3:GetObject', 's3:PutObject']));
    const r = await cli(['--format', 'json', 'validate', '--base-file', join(dir, 'old.json'), join(dir, 'new.json')]);
    const changes = (r.json() as JsonFinding[]).filter((f) => f.code.startsWith('analysis.'));
    expect(changes.map((f) => [f.code, f.resource, f.params.relation])).toEqual([['analysis.grants-more', 'P', 'broader']]);
    expect(JSON.parse(changes[0]!.params.witness!).action).toMatch(/^s3:putobject$/i);
  });

  it('IAM policies added to or removed from a resource that stays: what they grant is access added or taken away', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arbiter-iam-added-'));
    const role = (policies: { name: string; actions: string[] }[]) =>
      JSON.stringify({ Resources: { R: { Type: 'AWS::IAM::Role', Properties: {
        AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
        Policies: policies.map((p) => ({ PolicyName: p.name, PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: p.actions, Resource: 'arn:aws:s3:::bucket/*' }] } })),
      } } } }, null, 2);
    writeFileSync(join(dir, 'one.json'), role([{ name: 'read', actions: ['s3:GetObject'] }]));
    writeFileSync(join(dir, 'two.json'), role([{ name: 'read', actions: ['s3:GetObject'] }, { name: 'write', actions: ['s3:PutObject'] }]));
    const added = await cli(['--format', 'json', 'validate', '--base-file', join(dir, 'one.json'), join(dir, 'two.json')]);
    const more = (added.json() as JsonFinding[]).filter((f) => f.code.startsWith('analysis.'));
    expect(more.map((f) => [f.code, f.pointer, f.params.change])).toEqual([['analysis.grants-more', '/Resources/R/Properties/Policies/1/PolicyDocument', 'added']]);
    expect(JSON.parse(more[0]!.params.witness!).action).toMatch(/^s3:putobject$/i);
    expect(more[0]!.message).toContain('added since');
    const removed = await cli(['--format', 'json', 'validate', '--base-file', join(dir, 'two.json'), join(dir, 'one.json')]);
    const less = (removed.json() as JsonFinding[]).filter((f) => f.code.startsWith('analysis.'));
    expect(less.map((f) => [f.code, f.params.change])).toEqual([['analysis.grants-less', 'removed']]);
    expect(JSON.parse(less[0]!.params.witness!).action).toMatch(/^s3:putobject$/i);
  });

  it('SCPs (AWS::Organizations::Policy): a Deny dropped is more that identity policies may grant', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arbiter-scp-'));
    const org = (statements: object[]) =>
      JSON.stringify({ Resources: { Guard: { Type: 'AWS::Organizations::Policy', Properties: { Name: 'guard', Type: 'SERVICE_CONTROL_POLICY', Content: { Version: '2012-10-17', Statement: statements } } } } }, null, 2);
    const all = { Effect: 'Allow', Action: '*', Resource: '*' };
    writeFileSync(join(dir, 'old.json'), org([all, { Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }]));
    writeFileSync(join(dir, 'new.json'), org([all]));
    const r = await cli(['--format', 'json', 'validate', '--base-file', join(dir, 'old.json'), join(dir, 'new.json')]);
    const changes = (r.json() as JsonFinding[]).filter((f) => f.code.startsWith('analysis.'));
    expect(changes.map((f) => [f.code, f.resource, f.params.relation])).toEqual([['analysis.grants-more', 'Guard', 'broader']]);
    expect(JSON.parse(changes[0]!.params.witness!).action).toMatch(/^organizations:leaveorganization$/i);
  });

  it('needs exactly one PATH', async () => {
    const r = await cli(['validate', '--base-file', 'a.yaml', 'b.yaml', 'c.yaml']);
    expect(r.code).toBe(2);
  });
});
