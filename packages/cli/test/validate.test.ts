import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, files } from './helpers.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** 1-based line and column of the `nth` occurrence of `needle` in `text` (computed from the fixture, not the program). */
function pos(text: string, needle: string, nth = 0): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`fixture lacks ${needle}`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: (before.at(-1) as string).length + 1 };
}

/** The JSON findings of one run. */
async function findingsOf(args: string[]): Promise<{ code: number; findings: any[] }> {
  const r = await cli(['--format', 'json', 'validate', ...args]);
  return { code: r.code, findings: r.json() };
}

const errorsOf = (findings: any[]): any[] => findings.filter((f) => f.severity === 'error');

const iamPolicy = (statement: object): object => ({ Version: '2012-10-17', Statement: [statement] });

describe('arbiter validate: standalone policy files (kind detected from the shape)', () => {
  it('detects an SNS filter policy and reports AWS text at the line and column of the pointer', async () => {
    const text = '{\n  "store": ["example_corp"],\n  "price_usd": []\n}\n';
    const f = files({ 'filter.json': text });
    const { code, findings } = await findingsOf([f['filter.json']!]);
    expect(code).toBe(1);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'sns.empty-array', message: 'Empty arrays are not allowed', policyKind: 'sns-filter', pointer: '/price_usd', policyPointer: '/price_usd', ...pos(text, '[]') });
  });

  it('--scope decides whether a nested filter policy is allowed (MessageAttributes is the default, as in SNS)', async () => {
    const f = files({ 'nested.json': { detail: { kind: ['quote'] } } });
    const asAttributes = await findingsOf([f['nested.json']!]);
    expect(asAttributes.findings.map((x) => x.code)).toEqual(['sns.nested-in-attributes-scope']);
    expect((await findingsOf(['--scope', 'MessageBody', f['nested.json']!])).code).toBe(0);
  });

  it('detects a data protection policy by its version and DataIdentifier', async () => {
    const policy = {
      Name: 'p', Version: '2021-06-01',
      Statement: [{ Sid: 'd', DataDirection: 'Inbound', Principal: ['*'], DataIdentifier: ['arn:aws:dataprotection::aws:data-identifier/NoSuchThing'], Operation: { Deny: {} } }],
    };
    const f = files({ 'dp.json': JSON.stringify(policy, null, 2) });
    const { code, findings } = await findingsOf([f['dp.json']!]);
    expect(code).toBe(1);
    expect(findings.map((x) => [x.code, x.policyPointer, x.policyKind])).toEqual([['dp.unknown-identifier', '/Statement/0/DataIdentifier/0', 'data-protection']]);
  });

  it('detects IAM policies; one naming a Principal is validated as a resource policy', async () => {
    const resource = iamPolicy({ Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: '*' });
    const identity = iamPolicy({ Effect: 'Alow', Action: 's3:GetObject', Resource: '*' });
    const f = files({ 'queue-policy.json': resource, 'role.json': identity });
    expect((await findingsOf([f['queue-policy.json']!])).code).toBe(0);
    const bad = await findingsOf([f['role.json']!]);
    expect(bad.findings.map((x) => [x.code, x.policyPointer])).toEqual([['iam.invalid-effect', '/Statement/0/Effect']]);
    expect(bad.findings[0].message).toBe('Invalid effect: The effect Alow is not valid. Use Allow or Deny.');
  });

  it('--kind forces the language', async () => {
    const f = files({ 'p.json': { store: ['x'] } });
    expect((await findingsOf([f['p.json']!])).code).toBe(0);
    const forced = await findingsOf(['--kind', 'iam', f['p.json']!]);
    expect(forced.code).toBe(1);
    expect(forced.findings.map((x) => x.code)).toContain('iam.missing-statement');
  });

  it('reads a policy written in YAML', async () => {
    const text = 'Version: "2012-10-17"\nStatement:\n  - Effect: Allow\n    Action: s3:GetObject\n    Resource: not-an-arn\n';
    const f = files({ 'p.yaml': text });
    const { findings } = await findingsOf([f['p.yaml']!]);
    expect(findings.map((x) => [x.code, x.line, x.column])).toEqual([['iam.invalid-resource', pos(text, 'not-an-arn').line, pos(text, 'not-an-arn').column]]);
  });

  it('reads - as standard input', async () => {
    const r = await cli(['--format', 'json', 'validate', '-'], JSON.stringify({ a: [] }));
    expect(r.code).toBe(1);
    expect(r.json()[0]).toMatchObject({ file: '<stdin>', code: 'sns.empty-array' });
  });
});

const EVERY_TAG = `AWSTemplateFormatVersion: '2010-09-09'
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
  NotProd: !Not [!Condition IsProd]
  Both: !And [!Condition IsProd, !Or [!Condition NotProd, !Condition IsProd]]
Resources:
  Policy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Sid: EveryTag
            Effect: Allow
            Action: [s3:GetObject, ec2:RunInstances]
            Resource:
              - !Ref BucketArn
              - !GetAtt Queue.Arn
              - !ImportValue shared-bucket-arn
              - !Join ['', ['arn:aws:s3:::', !Ref Bucket, '/*']]
              - !Select [0, !Split [',', !Ref ArnList]]
              - !FindInMap [Arns, !Ref 'AWS::Region', Bucket]
              - !Base64 not-really-an-arn
              - !If [IsProd, 'arn:aws:s3:::prod/*', !Ref 'AWS::NoValue']
              - !Transform { Name: 'AWS::Include', Parameters: { Location: s3://x/y } }
              - !Sub 'arn:\${AWS::Partition}:s3:::\${Bucket}/*'
            Condition:
              IpAddress:
                aws:SourceIp: !Cidr ['10.0.0.0/16', 4, 8]
              StringEquals:
                ec2:AvailabilityZone: !GetAZs ''
Outputs:
  Arn:
    Value: !GetAtt Queue.Arn
`;
const TAGS_IN_POLICY = ['Ref', 'Fn::GetAtt', 'Fn::ImportValue', 'Fn::Join', 'Fn::Select', 'Fn::FindInMap', 'Fn::Base64', 'Fn::If', 'Fn::Transform', 'Fn::Sub', 'Fn::Cidr', 'Fn::GetAZs'];

describe('arbiter validate: CloudFormation/SAM templates', () => {
  it('reads every intrinsic short tag; each unknowable value is one warning, never an error', async () => {
    const f = files({ 't.yaml': EVERY_TAG });
    const { code, findings } = await findingsOf([f['t.yaml']!]);
    expect(errorsOf(findings)).toEqual([]);
    expect(code).toBe(0);
    const warned = findings.filter((x) => x.code === 'template.unresolved-intrinsic');
    expect(warned.map((x) => x.params.function).sort()).toEqual([...TAGS_IN_POLICY].sort());
    const getAtt = warned.find((x) => x.params.function === 'Fn::GetAtt');
    expect(getAtt).toMatchObject({ resource: 'Policy', policyKind: 'iam', pointer: '/Resources/Policy/Properties/PolicyDocument/Statement/0/Resource/1', policyPointer: '/Statement/0/Resource/1', ...pos(EVERY_TAG, '!GetAtt') });
  });

  it('still reports real mistakes beside intrinsics; nothing inside a !Sub is certain', async () => {
    const text = `Resources:
  Policy:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: p
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Alow
            Action: s3:GetObject
            Resource: !Sub '\${Queue.Arn}'
          - Effect: Allow
            Action: s3:GetObject
            Resource: !Sub 'arn:aws:s3:\${Bucket}'
`;
    const f = files({ 't.yaml': text });
    const { code, findings } = await findingsOf([f['t.yaml']!]);
    expect(code).toBe(1);
    // '${Queue.Arn}' may be any ARN; even 'arn:aws:s3:${Bucket}' is a full ARN when Bucket holds colons.
    expect(errorsOf(findings).map((x) => [x.code, x.policyPointer])).toEqual([['iam.invalid-effect', '/Statement/0/Effect']]);
  });

  it('skips a whole policy given by an intrinsic, with a warning at it', async () => {
    const text = `Resources:
  Sub:
    Type: AWS::SNS::Subscription
    Properties:
      FilterPolicy: !If [IsProd, { env: [prod] }, { env: [dev] }]
`;
    const f = files({ 't.yaml': text });
    const r = await cli(['validate', f['t.yaml']!]);
    expect(r.code).toBe(0);
    const { line, column } = pos(text, '!If');
    expect(r.stdout).toContain(`${f['t.yaml']}:${line}:${column} warning template.unresolved-intrinsic`);
    expect(r.stdout).toContain('0 policies checked');
  });

  it('finds the policies of every supported resource type and counts the others', async () => {
    const doc = iamPolicy({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' });
    // Each resource policy names its own service's actions; the role's trust policy is a trust policy.
    const resourceDoc = (action: string) => iamPolicy({ Effect: 'Allow', Principal: { AWS: '123456789012' }, Action: action, Resource: '*' });
    const trustDoc = iamPolicy({ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' });
    const filter = { store: ['x'] };
    const template = {
      Resources: {
        Sub: { Type: 'AWS::SNS::Subscription', Properties: { FilterPolicy: filter, FilterPolicyScope: 'MessageAttributes' } },
        Topic: { Type: 'AWS::SNS::Topic', Properties: { DataProtectionPolicy: { Name: 'n', Version: '2021-06-01', Statement: [{ DataDirection: 'Inbound', Principal: ['*'], DataIdentifier: ['arn:aws:dataprotection::aws:data-identifier/Ssn-US'], Operation: { Deny: {} } }] } } },
        Pol: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'p', PolicyDocument: doc } },
        Managed: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: doc } },
        Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: trustDoc, Policies: [{ PolicyName: 'a', PolicyDocument: doc }, { PolicyName: 'b', PolicyDocument: doc }] } },
        User: { Type: 'AWS::IAM::User', Properties: { Policies: [{ PolicyName: 'a', PolicyDocument: doc }] } },
        Group: { Type: 'AWS::IAM::Group', Properties: { Policies: [{ PolicyName: 'a', PolicyDocument: doc }] } },
        Fn: {
          Type: 'AWS::Serverless::Function',
          Properties: {
            Policies: ['AWSLambdaBasicExecutionRole', { SQSPollerPolicy: { QueueName: 'q' } }, { DynamoDBReadPolicy: { TableName: 't' } }, doc],
            Events: { Leads: { Type: 'SNS', Properties: { Topic: 'arn:aws:sns:us-east-1:123456789012:t', FilterPolicy: filter } }, Api: { Type: 'Api', Properties: {} } },
          },
        },
        TopicPolicy: { Type: 'AWS::SNS::TopicPolicy', Properties: { PolicyDocument: resourceDoc('sns:Publish') } },
        QueuePolicy: { Type: 'AWS::SQS::QueuePolicy', Properties: { PolicyDocument: resourceDoc('sqs:SendMessage') } },
        BucketPolicy: { Type: 'AWS::S3::BucketPolicy', Properties: { PolicyDocument: resourceDoc('s3:GetObject') } },
        Queue: { Type: 'AWS::SQS::Queue' },
        Permission: { Type: 'AWS::Lambda::Permission', Properties: { Action: 'lambda:InvokeFunction' } },
        Table: { Type: 'Custom::Thing', Properties: {} },
      },
    };
    const f = files({ 't.json': JSON.stringify(template, null, 2) });
    const r = await cli(['validate', f['t.json']!]);
    expect(r.code).toBe(0);
    // 2 filter (subscription + SAM event), 1 data protection, IAM: Pol, Managed, trust + 2 inline, User, Group, Fn inline, 3 resource policies = 11.
    expect(r.stdout.trim().split('\n').pop()).toBe(
      '1 file, 14 policies checked (2 SNS filter, 1 data protection, 11 IAM), 0 errors, 0 warnings, 3 resources of other types ignored, 2 SAM policy templates not checked',
    );
  });

  it('reads JSON templates with long-form intrinsics and maps pointers to JSON lines and columns', async () => {
    const template = {
      Resources: {
        Pol: {
          Type: 'AWS::IAM::ManagedPolicy',
          Properties: {
            PolicyDocument: {
              Version: '2012-10-17',
              Statement: [
                { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: { 'Fn::GetAtt': ['Queue', 'Arn'] } },
                { Effect: 'Allow', Action: 'sns:Publish', Resource: { Ref: 'Topic' }, Condition: { StringEquals: { 'aws:SourceAccount': { 'Fn::Sub': '${AWS::AccountId}' } } } },
                { Effect: 'Deny', Action: 's3:*', Resource: 'oops' },
              ],
            },
          },
        },
      },
    };
    const text = JSON.stringify(template, null, 2);
    const f = files({ 't.json': text });
    const { code, findings } = await findingsOf([f['t.json']!]);
    expect(code).toBe(1);
    expect(errorsOf(findings)).toEqual([expect.objectContaining({ code: 'iam.invalid-resource', policyPointer: '/Statement/2/Resource', ...pos(text, '"oops"') })]);
    expect(findings.filter((x) => x.code === 'template.unresolved-intrinsic').map((x) => x.params.function)).toEqual(['Fn::GetAtt', 'Ref', 'Fn::Sub']);
  });

  it('reads FilterPolicyScope and SAM SNS event filter policies', async () => {
    const text = `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Events:
        Leads:
          Type: SNS
          Properties:
            Topic: !Ref Topic
            FilterPolicyScope: MessageBody
            FilterPolicy:
              Records:
                s3: { object: { key: [{ prefix: auto- }] } }
        Flat:
          Type: SNS
          Properties:
            Topic: !Ref Topic
            FilterPolicy:
              Records:
                s3: { object: { key: [{ prefix: auto- }] } }
`;
    const f = files({ 't.yaml': text });
    const { findings } = await findingsOf([f['t.yaml']!]);
    // Nested keys are fine in MessageBody scope; without a scope SNS uses MessageAttributes, which rejects them.
    expect(errorsOf(findings).map((x) => [x.code, x.resource, x.line])).toEqual([['sns.nested-in-attributes-scope', 'Fn/Flat', pos(text, 'Records', 1).line]]);
  });
});

describe('arbiter validate: policies given as JSON strings', () => {
  it('validates a whole policy written as !Sub JSON text, at exact positions, without false errors', async () => {
    const text = `Resources:
  Pol:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: !Sub |
        {"Version": "2012-10-17", "Statement": [
          {"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:\${AWS::Partition}:s3:::\${Bucket}",
           "Condition": {"NumericLessThanEquals": {"s3:max-keys": \${MaxKeys}}}},
          {"Effect": "Alow", "Action": "s3:GetObject", "Resource": "\${BucketArn}/*"}]}
`;
    const f = files({ 't.yaml': text });
    const { code, findings } = await findingsOf([f['t.yaml']!]);
    expect(code).toBe(1);
    expect(errorsOf(findings)).toEqual([expect.objectContaining({ code: 'iam.invalid-effect', policyPointer: '/Statement/1/Effect', ...pos(text, '"Alow"') })]);
    expect(findings.filter((x) => x.code === 'template.unresolved-intrinsic')).toHaveLength(1);
  });


  it('maps a position inside a YAML literal block to the exact file line and column', async () => {
    const text = `Resources:
  Sub:
    Type: AWS::SNS::Subscription
    Properties:
      FilterPolicy: |
        {
          "store": ["example_corp"],
          "price_usd": []
        }
`;
    const f = files({ 't.yaml': text });
    const { findings } = await findingsOf([f['t.yaml']!]);
    expect(findings).toEqual([expect.objectContaining({ code: 'sns.empty-array', policyPointer: '/price_usd', pointer: '/Resources/Sub/Properties/FilterPolicy/price_usd', ...pos(text, '[]') })]);
  });

  it('puts a finding in a quoted one-line string on the string line', async () => {
    const text = `Resources:
  Pol:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: p
      PolicyDocument: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "bad"}]}'
`;
    const f = files({ 't.yaml': text });
    const { findings } = await findingsOf([f['t.yaml']!]);
    expect(findings.map((x) => [x.code, x.line])).toEqual([['iam.invalid-resource', pos(text, 'PolicyDocument').line]]);
  });

  it('a string that is not JSON is one error pointing into the string', async () => {
    const text = `Resources:
  Topic:
    Type: AWS::SNS::Topic
    Properties:
      DataProtectionPolicy: |
        {"Name": "x",
         "Version": "2021-06-01",,
         "Statement": []}
`;
    const f = files({ 't.yaml': text });
    const { code, findings } = await findingsOf([f['t.yaml']!]);
    expect(code).toBe(1);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'template.policy-not-json', severity: 'error', policyKind: 'data-protection', resource: 'Topic', line: pos(text, ',,').line });
    expect(findings[0].column).toBe(pos(text, ',,').column + 1);
  });
});

/** A folder tree: a filter policy, a template in a subfolder, and files a walk must skip. */
function tree(): string {
  const f = files({ 'top.json': { store: ['x'] } });
  const dir = dirname(f['top.json']!);
  const put = (rel: string, body: string | object): void => {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), typeof body === 'string' ? body : JSON.stringify(body));
  };
  put('infra/app.yaml', 'Resources:\n  P:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Action: s3:GetObject\n            Resource: "*"\n');
  put('infra/deep/stack.template', '{"Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}');
  put('infra/notes.txt', 'not a policy');
  put('infra/package.json', { name: 'x', version: '1.0.0' });
  put('node_modules/dep/bad.json', { a: [] });
  put('.cache/bad.json', { a: [] });
  return dir;
}

describe('arbiter validate: directories and globs', () => {
  it('walks a directory for .json/.yaml/.yml/.template, skipping node_modules and dot-folders', async () => {
    const dir = tree();
    const r = await cli(['validate', dir]);
    expect(r.code).toBe(0);
    // top.json, infra/app.yaml, infra/deep/stack.template, infra/package.json (read, not a policy).
    expect(r.stdout.trim().split('\n').pop()).toBe('4 files, 2 policies checked (1 SNS filter, 0 data protection, 1 IAM), 0 errors, 0 warnings, 1 resource of other types ignored');
    expect(r.stdout).toContain(`note: 1 file(s) are neither a template nor a recognisable policy and were not checked: ${join(dir, 'infra', 'package.json')}`);
    expect(r.stdout).not.toContain('node_modules');
  });

  it('expands * and ** globs itself (for quoted arguments)', async () => {
    const dir = tree();
    const yamlOnly = await cli(['validate', `${dir}/**/*.yaml`]);
    expect(yamlOnly.stdout).toContain('1 file, 1 policy checked');
    const anyDepth = await cli(['validate', `${dir}/infra/**/*.t?mplate`]);
    expect(anyDepth.stdout).toContain('1 file, 0 policies checked');
    const top = await cli(['validate', `${dir}/*.json`]);
    expect(top.stdout).toContain('1 file, 1 policy checked (1 SNS filter');
  });

  it('exits 2 when a path or glob names nothing', async () => {
    const dir = tree();
    const missing = await cli(['validate', join(dir, 'nope.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.yaml');
    expect((await cli(['validate', `${dir}/**/*.nothing`])).code).toBe(2);
  });
});

const WARN_ONLY = `Resources:
  Pol:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: sqs:SendMessage
            Resource: !GetAtt Queue.Arn
`;
const ONE_ERROR = `Resources:
  Sub:
    Type: AWS::SNS::Subscription
    Properties:
      FilterPolicy:
        price_usd: []
`;

describe('arbiter validate: output formats', () => {
  it('text: file:line:col severity code message, then the summary line', async () => {
    const f = files({ 't.yaml': ONE_ERROR });
    const r = await cli(['validate', f['t.yaml']!]);
    const lines = r.stdout.trim().split('\n');
    const { line, column } = pos(ONE_ERROR, '[]');
    expect(lines[0]).toBe(`${f['t.yaml']}:${line}:${column} error sns.empty-array Empty arrays are not allowed [Sub /price_usd]`);
    expect(lines.at(-1)).toBe('1 file, 1 policy checked (1 SNS filter, 0 data protection, 0 IAM), 1 error, 0 warnings, 0 resources of other types ignored');
  });

  it('json: an array of findings with both pointers, kind and resource', async () => {
    const f = files({ 't.yaml': ONE_ERROR });
    const r = await cli(['--format', 'json', 'validate', f['t.yaml']!]);
    const out = r.json();
    expect(Array.isArray(out)).toBe(true);
    expect(out).toEqual([
      {
        file: f['t.yaml'], ...pos(ONE_ERROR, '[]'), severity: 'error', code: 'sns.empty-array', message: 'Empty arrays are not allowed',
        pointer: '/Resources/Sub/Properties/FilterPolicy/price_usd', policyPointer: '/price_usd', policyKind: 'sns-filter', resource: 'Sub',
      },
    ]);
  });

  it('sarif: SARIF 2.1.0 with the driver, a rule per code and located results', async () => {
    const f = files({ 'e.yaml': ONE_ERROR, 'w.yaml': WARN_ONLY });
    const cwd = dirname(f['e.yaml']!);
    const r = await cli(['--format', 'sarif', 'validate', f['e.yaml']!, f['w.yaml']!]);
    const log = r.json();
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    expect(log.runs).toHaveLength(1);
    const { driver } = log.runs[0].tool;
    expect(driver.name).toBe('arbiter');
    expect(driver.rules.map((x: any) => x.id).sort()).toEqual(['sns.empty-array', 'template.unresolved-intrinsic']);
    for (const rule of driver.rules) expect(rule.shortDescription.text).toEqual(expect.any(String));
    const results = log.runs[0].results;
    expect(results).toHaveLength(2);
    for (const res of results) {
      expect(['error', 'warning', 'note']).toContain(res.level);
      expect(driver.rules[res.ruleIndex].id).toBe(res.ruleId);
      expect(res.message.text).toEqual(expect.any(String));
      const loc = res.locations[0].physicalLocation;
      expect(loc.region.startLine).toBeGreaterThanOrEqual(1);
      expect(loc.region.startColumn).toBeGreaterThanOrEqual(1);
      expect(loc.artifactLocation.uri).toMatch(/^(file:\/\/\/|[^/])/);
    }
    const err = results.find((x: any) => x.ruleId === 'sns.empty-array');
    expect(err.level).toBe('error');
    expect(err.locations[0].physicalLocation.region).toEqual({ startLine: pos(ONE_ERROR, '[]').line, startColumn: pos(ONE_ERROR, '[]').column });
    // Files outside the working directory are absolute file URLs (the temp folder is not under cwd).
    if (!cwd.startsWith(process.cwd())) expect(err.locations[0].physicalLocation.artifactLocation.uri).toBe(`file://${f['e.yaml']}`);
  });

  it('sarif: files under the working directory are relative to %SRCROOT%', async () => {
    const r = await cli(['--format', 'sarif', 'validate', join('examples', 'bad-template.yaml')]);
    const loc = r.json().runs[0].results[0].locations[0];
    expect(loc.physicalLocation.artifactLocation).toEqual({ uri: 'examples/bad-template.yaml', uriBaseId: '%SRCROOT%' });
  });
});

describe('arbiter validate: --fail-on', () => {
  it('error (default): warnings pass, errors fail; warning: both fail', async () => {
    const f = files({ 'w.yaml': WARN_ONLY, 'e.yaml': ONE_ERROR });
    expect((await cli(['validate', f['w.yaml']!])).code).toBe(0);
    expect((await cli(['validate', '--fail-on', 'error', f['w.yaml']!])).code).toBe(0);
    expect((await cli(['validate', '--fail-on', 'warning', f['w.yaml']!])).code).toBe(1);
    expect((await cli(['validate', f['e.yaml']!])).code).toBe(1);
    expect((await cli(['validate', '--fail-on', 'warning', f['e.yaml']!])).code).toBe(1);
    expect((await cli(['validate', '--fail-on', 'never', f['e.yaml']!])).code).toBe(2);
  });
});

describe('arbiter validate: bad input', () => {
  it('broken YAML is a template.syntax error with line and column, not a crash', async () => {
    const dup = 'Resources:\n  A:\n    Type: AWS::SQS::Queue\n  A:\n    Type: AWS::SQS::Queue\n';
    const f = files({ 'dup.yaml': dup, 'open.yaml': 'Resources:\n  A: [1, 2\n' });
    const r = await findingsOf([f['dup.yaml']!]);
    expect(r.code).toBe(1);
    expect(r.findings).toEqual([expect.objectContaining({ code: 'template.syntax', severity: 'error', line: 4, column: 3 })]);
    const open = await findingsOf([f['open.yaml']!]);
    expect(open.findings[0]).toMatchObject({ code: 'template.syntax', severity: 'error' });
    expect(open.findings[0].line).toBeGreaterThanOrEqual(2);
  });

  it('broken JSON is a template.syntax error at the offending character', async () => {
    const text = '{"Resources": {"A": }}';
    const f = files({ 't.json': text });
    const { code, findings } = await findingsOf([f['t.json']!]);
    expect(code).toBe(1);
    expect(findings).toEqual([expect.objectContaining({ code: 'template.syntax', line: 1, column: text.indexOf('}') + 1 })]);
  });

  it('counts resources of unknown types instead of failing on them', async () => {
    const f = files({ 't.yaml': 'Resources:\n  A:\n    Type: AWS::Made::Up\n  B:\n    Type: Custom::Thing\n  C:\n    Type: AWS::EC2::VPC\n' });
    const r = await cli(['validate', f['t.yaml']!]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 policies checked (0 SNS filter, 0 data protection, 0 IAM), 0 errors, 0 warnings, 3 resources of other types ignored');
  });

  it('reports a template whose Resources is not an object, and an invalid FilterPolicyScope', async () => {
    const f = files({
      'list.yaml': "AWSTemplateFormatVersion: '2010-09-09'\nResources: [a, b]\n",
      'scope.yaml': 'Resources:\n  S:\n    Type: AWS::SNS::Subscription\n    Properties:\n      FilterPolicyScope: Body\n      FilterPolicy: { a: [x] }\n',
    });
    expect((await findingsOf([f['list.yaml']!])).findings.map((x) => x.code)).toEqual(['template.no-resources']);
    const scope = await findingsOf([f['scope.yaml']!]);
    expect(scope.findings.map((x) => [x.code, x.pointer, x.line])).toEqual([['template.invalid-filter-policy-scope', '/Resources/S/Properties/FilterPolicyScope', 5]]);
  });

  it('a named file that is neither template nor policy is a warning (use --kind)', async () => {
    const f = files({ 'empty.yaml': '# nothing\n', 'scalar.json': '"hello"', 'pkg.json': { name: 'x', version: '1' } });
    for (const name of ['empty.yaml', 'scalar.json', 'pkg.json']) {
      const { code, findings } = await findingsOf([f[name]!]);
      expect(code).toBe(0);
      expect(findings.map((x) => [x.code, x.severity])).toEqual([['input.unrecognised', 'warning']]);
    }
  });

  it('keeps __proto__ as a policy key and leaves prototypes alone', async () => {
    const f = files({ 't.yaml': 'Resources:\n  S:\n    Type: AWS::SNS::Subscription\n    Properties:\n      FilterPolicy:\n        __proto__: []\n        polluted: [yes]\n' });
    const { findings } = await findingsOf([f['t.yaml']!]);
    expect(findings.map((x) => [x.code, x.policyPointer])).toEqual([['sns.empty-array', '/__proto__']]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  // The alias budget bounds the work (the loader stops at its node budget); speed is the bench's
  // business, not a timed assertion here.
  it('refuses an alias bomb and absurd nesting as findings', async () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 9; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    lines.push('Resources: { S: { Type: AWS::SNS::Subscription, Properties: { FilterPolicy: { k: *a9 } } } }');
    const deep = `Resources: ${'['.repeat(2000)}${']'.repeat(2000)}\n`;
    const f = files({ 'bomb.yaml': lines.join('\n') + '\n', 'deep.yaml': deep });
    const bomb = await findingsOf([f['bomb.yaml']!]);
    expect(bomb.code).toBe(1);
    expect(bomb.findings.map((x) => x.code)).toEqual(['template.too-large']);
    const nested = await findingsOf([f['deep.yaml']!]);
    expect(nested.code).toBe(1);
    expect(errorsOf(nested.findings).length).toBeGreaterThan(0);
  });

  it('a YAML .nan where a filter policy needs a number is an error, not a crash', async () => {
    const f = files({ 't.yaml': 'Resources:\n  S:\n    Type: AWS::SNS::Subscription\n    Properties:\n      FilterPolicy:\n        price: [{ numeric: [">", .nan] }]\n' });
    const { code, findings } = await findingsOf([f['t.yaml']!]);
    expect(code).toBe(1);
    expect(errorsOf(findings)[0].code).toMatch(/^sns\./);
  });
});

describe('the examples', () => {
  it('the SAM template of the seed scenarios validates without errors', async () => {
    const r = await cli(['validate', join(root, 'examples', 'sam-template', 'template.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/, 0 errors, /);
  });

  it('the sam-template scenario finds the policies its expect.json counts', async () => {
    const { samTemplate } = await import('../src/examples/sam-template.js');
    const report = samTemplate.run(join(root, 'examples', 'sam-template'), { stdout: () => {}, stderr: () => {}, readStdin: () => '', isTTY: false, cwd: root });
    expect(report.mismatches).toEqual([]);
  });

  it('the bad template shows each mistake its header lists', async () => {
    const path = join(root, 'examples', 'bad-template.yaml');
    const header = readFileSync(path, 'utf8').split('\n').filter((l) => l.startsWith('#')).join('\n');
    const listed = [...header.matchAll(/\b(?:sns|dp|iam|template)\.[a-z-]*…?/g)].map((m) => m[0]);
    expect(listed).toHaveLength(6);
    const { code, findings } = await findingsOf([path]);
    expect(code).toBe(1);
    const codes = errorsOf(findings).map((x) => x.code);
    for (const c of listed) expect(codes.some((x) => (c.endsWith('…') ? x.startsWith(c.slice(0, -1)) : x === c))).toBe(true);
    expect(codes).toHaveLength(6);
  });
});

describe('arbiter validate: subscriptions files', () => {
  it("checks each policy of Arbiter's own subscriptions file with its scope", async () => {
    const text = JSON.stringify([
      { id: 'body', scope: 'MessageBody', policy: { detail: { kind: ['quote'] } } },
      { id: 'attrs', policy: { detail: { kind: ['quote'] } } },
      { id: 'empty', policy: { a: [] } },
    ], null, 2);
    const f = files({ 'subs.json': text });
    const { code, findings } = await findingsOf([f['subs.json']!]);
    expect(code).toBe(1);
    // Nested keys need MessageBody; without a scope a subscription filters MessageAttributes.
    expect(findings.map((x) => [x.code, x.resource, x.pointer])).toEqual([
      ['sns.nested-in-attributes-scope', 'attrs', '/1/policy/detail'],
      ['sns.empty-array', 'empty', '/2/policy/a'],
    ]);
  });
});
