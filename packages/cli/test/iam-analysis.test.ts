import { describe, expect, it } from 'vitest';
import { authorize } from '@arbiter/iam';
import { cli, files } from './helpers.js';

const E = 'examples/lambda-abac/policies';
const policy = (...Statement: object[]) => ({ Version: '2012-10-17', Statement });

describe('arbiter iam diff', () => {
  it('JSON: relation and witnesses; the new-access witness is a request `iam authorize` allows under NEW only', async () => {
    const r = await cli(['--format', 'json', 'iam', 'diff', `${E}/developer.json`, `${E}/manager.json`]);
    expect(r.code).toBe(1);
    const out = r.json();
    expect(out.relation).toBe('overlapping');
    const f = files({ 'req.json': out.witnesses.onlyNew });
    expect((await cli(['iam', 'authorize', '--policy', `${E}/manager.json`, '--request', f['req.json']!])).code).toBe(0);
    expect((await cli(['iam', 'authorize', '--policy', `${E}/developer.json`, '--request', f['req.json']!])).code).toBe(1);
  });

  it('exits 0 when NEW grants nothing new (narrower), and says so in text', async () => {
    const f = files({ 'old.json': policy({ Effect: 'Allow', Action: 's3:*', Resource: '*' }), 'new.json': policy({ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }) });
    const r = await cli(['iam', 'diff', f['old.json']!, f['new.json']!]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^narrower: /);
    expect(r.stdout).toContain('only OLD allows: {"action":"s3:');
  });

  it('--kind scp: an SCP that drops a Deny lets identity policies grant more (exit 1, witness allowed under NEW only)', async () => {
    const open = policy({ Effect: 'Allow', Action: '*', Resource: '*' });
    const guarded = policy({ Effect: 'Allow', Action: '*', Resource: '*' }, { Effect: 'Deny', Action: 'iam:*', Resource: '*' });
    const f = files({ 'old.json': guarded, 'new.json': open });
    const r = await cli(['--format', 'json', 'iam', 'diff', '--kind', 'scp', f['old.json']!, f['new.json']!]);
    expect(r.code).toBe(1);
    const out = r.json();
    expect(out.relation).toBe('broader');
    const request = out.witnesses.onlyNew;
    expect(request.action.toLowerCase()).toMatch(/^iam:/);
    const decide = (scp: object) => authorize({ identity: [open], scp: [scp] }, request);
    expect([decide(guarded), decide(open)].map((d) => (d.ok ? d.value.decision : 'error'))).toEqual(['ExplicitDeny', 'Allow']);
    expect((await cli(['iam', 'diff', '--kind', 'rcp', f['old.json']!, f['new.json']!])).code).toBe(2);
  });

  it('an invalid policy is a finding against its file (exit 1); a missing file exits 2', async () => {
    const r = await cli(['iam', 'diff', `${E}/manager.json`, `${E}/manager-as-printed.json`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('manager-as-printed.json: error');
    expect((await cli(['iam', 'diff', `${E}/manager.json`, 'missing.json'])).code).toBe(2);
  });
});

describe('arbiter iam check-access-not-granted / check-no-public-access / analyze', () => {
  it('PASS exits 0, FAIL exits 1 with a witness; no actions and no resources is unusable input', async () => {
    expect((await cli(['iam', 'check-access-not-granted', `${E}/developer.json`, '--actions', 'lambda:DeleteFunction'])).code).toBe(0);
    const fail = await cli(['--format', 'json', 'iam', 'check-access-not-granted', `${E}/developer.json`, '--actions', 'lambda:DeleteFunction,lambda:GetFunction']);
    expect(fail.code).toBe(1);
    const { witness } = fail.json();
    const developer = JSON.parse((await import('node:fs')).readFileSync(`${E}/developer.json`, 'utf8'));
    const decided = authorize({ identity: [developer] }, witness);
    expect(decided.ok && decided.value.decision).toBe('Allow');
    expect(witness.action).toBe('lambda:GetFunction');
    expect((await cli(['iam', 'check-access-not-granted', `${E}/developer.json`])).code).toBe(2);
  });

  it('check-no-public-access: Principal * fails, an organization condition passes', async () => {
    const open = policy({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' });
    const org = policy({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-1' } } });
    const f = files({ 'open.json': open, 'org.json': org });
    const r = await cli(['iam', 'check-no-public-access', f['open.json']!, '--resource-type', 'AWS::S3::Bucket']);
    expect([r.code, r.stdout.split('\n')[0]]).toEqual([1, 'FAIL: the policy allows public access']);
    expect((await cli(['iam', 'check-no-public-access', f['org.json']!])).code).toBe(0);
  });

  it('analyze: unreachable statements exit 1; --actions lists the keys a request must carry', async () => {
    const f = files({ 'p.json': policy({ Sid: 'Gone', Effect: 'Allow', Action: 'ec2:*', Resource: '*' }, { Effect: 'Deny', Action: 'ec2:*', Resource: '*' }) });
    const bad = await cli(['iam', 'analyze', f['p.json']!]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('analysis.iam.allow-shadowed-by-deny /Statement/0');
    const r = await cli(['iam', 'analyze', `${E}/developer.json`, '--actions', 'lambda:InvokeFunction']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('requires aws:ResourceTag/project-name: StringEquals ${aws:PrincipalTag/project-name}');
  });
});
