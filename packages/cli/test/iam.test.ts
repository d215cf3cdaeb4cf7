/**
 * `arbiter iam validate|authorize` and the Lambda ABAC example. Expected texts come from IAM Access
 * Analyzer's wording (spec §4) and IAM's evaluation logic (spec §3); pointers from the documents.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, files } from './helpers.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const example = join(root, 'examples', 'lambda-abac');
const printed = join(example, 'policies', 'manager-as-printed.json');
const costCenter = '/Statement/0/Condition/StringEquals/aws:ResourceTag~1cost-center';

const developer = {
  Version: '2012-10-17',
  Statement: [{
    Sid: 'AllActionsLambdaSameProject', Effect: 'Allow', Action: ['lambda:InvokeFunction', 'lambda:GetFunction'],
    Resource: 'arn:aws:lambda:*:*:function:*',
    Condition: { StringEquals: { 'aws:ResourceTag/project-name': '${aws:PrincipalTag/project-name}' } },
  }],
};
const guard = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: 'lambda:*', Resource: '*' },
    { Sid: 'DenyOtherProjects', Effect: 'Deny', Action: 'lambda:*', Resource: '*', Condition: { StringNotEqualsIfExists: { 'aws:ResourceTag/project-name': '${aws:PrincipalTag/project-name}' } } },
  ],
};
const invoke = (principalTag: string, resourceTag: string) => ({
  action: 'lambda:InvokeFunction',
  resource: `arn:aws:lambda:us-east-1:123456789012:function:${resourceTag}-fn`,
  principal: `arn:aws:iam::123456789012:role/lambda-dev-${principalTag}`,
  context: { 'aws:PrincipalTag/project-name': principalTag, 'aws:ResourceTag/project-name': resourceTag },
});

describe('arbiter iam validate', () => {
  it('accepts a valid policy with exit 0', async () => {
    const f = files({ 'dev.json': developer });
    const r = await cli(['iam', 'validate', f['dev.json']!]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${f['dev.json']}: valid identity policy\n`);
  });

  it('shows warnings with exit 0 (a missing Version)', async () => {
    const f = files({ 'p.json': { Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] } });
    const r = await cli(['iam', 'validate', f['p.json']!]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${f['p.json']}: warning iam.missing-version (root): Missing version: We recommend that you specify the Version element to help you with debugging permission issues.`);
    expect(r.stdout).toContain(': valid identity policy (0 errors, 1 warning)');
  });

  it('reports an error as `file: severity code pointer: message (help)` with exit 1', async () => {
    const f = files({ 'p.json': { Version: '2012-10-17', Statement: [{ Effect: 'allow', Action: 's3:GetObject', Resource: '*' }] } });
    const r = await cli(['iam', 'validate', f['p.json']!]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^${f['p.json']}: error iam\\.invalid-effect /Statement/0/Effect: Invalid effect: The effect allow is not valid\\. Use Allow or Deny\\.( \\(.+\\))?$`, 'm'));
    expect(r.stdout).toContain('invalid (1 error, 0 warnings)');
  });

  it('reports the printed manager policy: curly quotes and `$}` at the cost-center condition', async () => {
    const r = await cli(['iam', 'validate', printed]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    // The curly quote opens the cost-center value on line 12: ten spaces, then `"aws:ResourceTag/cost-center": ` (31 characters).
    expect(lines[0]).toMatch(new RegExp(`^${printed}: error iam\\.json-syntax ${costCenter}: Json syntax error: Fix the JSON syntax error at index \\d+ line 12 column 42\\. \\(.*curly quotes.*\\)$`));
    expect(lines[1]).toMatch(new RegExp(`^${printed}: error iam\\.variable-typo ${costCenter}: .*\`\\$\\}aws:PrincipalTag/cost-center\\}\``));
    expect(lines[2]).toBe(`${printed}: invalid (2 errors, 0 warnings)`);
  });

  it('finds the same two errors when the key is in curly quotes too', async () => {
    const text = readFileSync(printed, 'utf8').replace('"aws:ResourceTag/cost-center"', '\u201caws:ResourceTag/cost-center\u201d');
    const r = await cli(['--format', 'json', 'iam', 'validate', '-'], text);
    expect(r.code).toBe(1);
    const ds = r.json().files[0].diagnostics;
    expect(ds.map((d: { code: string; path: string }) => [d.code, d.path])).toEqual([['iam.json-syntax', costCenter], ['iam.variable-typo', costCenter]]);
    expect(ds[0].params).toMatchObject({ line: 12, column: 11 });
  });

  it('treats raw text that is not JSON as an invalid policy (exit 1), not as unusable input', async () => {
    for (const text of ['{"Version": "2012-10-17", "Statement": [', 'not json at all', '']) {
      const r = await cli(['iam', 'validate', '-'], text);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/^-: error iam\.json-syntax /);
    }
  });

  it('rejects documents nested too deeply or with wrong types, never crashing', async () => {
    const deep = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":' + '{"a":'.repeat(200) + '1' + '}'.repeat(201) + ']}';
    const d = await cli(['--format', 'json', 'iam', 'validate', '-'], deep);
    expect(d.code).toBe(1);
    expect(d.json().files[0].diagnostics[0].code).toBe('json.too-deep');
    const wrong = await cli(['--format', 'json', 'iam', 'validate', '-'], JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 42, Resource: null, __proto__x: 1 }] }));
    expect(wrong.code).toBe(1);
    expect(wrong.json().files[0].diagnostics.map((x: { path: string }) => x.path)).toEqual(expect.arrayContaining(['/Statement/0/Action']));
  });

  it('keeps `__proto__` as data and rejects oversized text as a finding (exit 1)', async () => {
    const proto = await cli(['iam', 'validate', '-'], '{"__proto__": {"a": 1}, "Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}');
    expect(proto.code).toBe(1);
    expect(proto.stdout).toContain('-: error iam.invalid-element /__proto__: ');
    const statements = Array.from({ length: 20000 }, (_, i) => ({ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::bucket-${i}/*` }));
    const big = await cli(['iam', 'validate', '-'], JSON.stringify({ Version: '2012-10-17', Statement: statements }));
    expect(big.code).toBe(1);
    expect(big.stdout).toMatch(/^-: error json\.too-large \(root\): /);
  });

  it('validates every file, prints json with --format json, and exits 2 when one cannot be read', async () => {
    const f = files({ 'a.json': developer, 'b.json': { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject' }] } });
    const both = await cli(['--format', 'json', 'iam', 'validate', f['a.json']!, f['b.json']!]);
    expect(both.code).toBe(1);
    const out = both.json();
    expect(out.valid).toBe(false);
    expect(out.files.map((x: { valid: boolean }) => x.valid)).toEqual([true, false]);
    expect(out.files[1].diagnostics[0]).toMatchObject({ code: 'iam.missing-resource', path: '/Statement/0', message: 'Missing resource: Add a Resource or NotResource element to the policy statement.' });
    const missing = await cli(['iam', 'validate', f['a.json']!, '/nonexistent/p.json', f['b.json']!]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('arbiter: cannot read `/nonexistent/p.json`: no such file\n');
    expect(missing.stdout).toContain(`${f['b.json']}: invalid`);
    expect(missing.stdout.trim().split('\n').pop()).toBe('3 files: 1 valid, 1 invalid, 1 unreadable');
  });

  it('checks Principal by --kind: required in resource policies, not allowed in identity policies', async () => {
    const withPrincipal = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] };
    const f = files({ 'p.json': withPrincipal, 'dev.json': developer });
    expect((await cli(['iam', 'validate', '--kind', 'resource', f['p.json']!])).code).toBe(0);
    const asIdentity = await cli(['iam', 'validate', '--kind', 'identity', f['p.json']!]);
    expect(asIdentity.code).toBe(1);
    expect(asIdentity.stdout).toContain('error iam.unsupported-principal /Statement/0/Principal');
    const noPrincipal = await cli(['iam', 'validate', '--kind', 'resource', f['dev.json']!]);
    expect(noPrincipal.stdout).toContain('error iam.missing-principal /Statement/0: Missing principal');
    expect((await cli(['iam', 'validate', '--kind', 'nope', f['dev.json']!])).code).toBe(2);
  });
});

describe('arbiter iam authorize', () => {
  it('exits 0 on Allow and names the deciding statement and its file', async () => {
    const f = files({ 'dev.json': developer, 'req.json': invoke('falcon', 'falcon') });
    const r = await cli(['iam', 'authorize', '--policy', f['dev.json']!, '--request', f['req.json']!]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Allow by identity[0] /Statement/0 (AllActionsLambdaSameProject)\n  identity[0] is ${f['dev.json']}\n`);
  });

  it('exits 1 on ImplicitDeny; --explain shows the condition with the variable resolved', async () => {
    const f = files({ 'dev.json': developer, 'req.json': invoke('falcon', 'eagle') });
    const plain = await cli(['iam', 'authorize', '--policy', f['dev.json']!, '--request', f['req.json']!]);
    expect(plain.code).toBe(1);
    expect(plain.stdout.split('\n')[0]).toBe('ImplicitDeny: no identity-based or resource-based policy allows the request');
    const r = await cli(['iam', 'authorize', '--policy', f['dev.json']!, '--request', f['req.json']!, '--explain']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('skipped  Allow identity[0] /Statement/0 (AllActionsLambdaSameProject): action matched, resource matched');
    expect(r.stdout).toContain('false StringEquals aws:ResourceTag/project-name: request "eagle" vs ["falcon"]  /Statement/0/Condition/StringEquals/aws:ResourceTag~1project-name');
    expect(r.stdout).toContain(`identity[0] is ${f['dev.json']}`);
  });

  it('prints the Decision as JSON: ExplicitDeny by the deny guard, exit 1', async () => {
    const f = files({ 'guard.json': guard, 'req.json': invoke('falcon', 'eagle') });
    const r = await cli(['--format', 'json', 'iam', 'authorize', '--policy', f['guard.json']!, '--request', f['req.json']!]);
    expect(r.code).toBe(1);
    const d = r.json();
    expect(d.decision).toBe('ExplicitDeny');
    expect(d.deciding).toEqual([expect.objectContaining({ policyKind: 'identity', policyIndex: 0, statementIndex: 1, sid: 'DenyOtherProjects', effect: 'Deny', pointer: '/Statement/1' })]);
    expect(d.explanation.blockedBy).toBe('deny');
    const deny = d.explanation.statements.find((s: { ref: { sid?: string } }) => s.ref.sid === 'DenyOtherProjects');
    expect(deny.conditions[0]).toMatchObject({ operator: 'StringNotEqualsIfExists', key: 'aws:ResourceTag/project-name', requestValues: ['eagle'], policyValues: ['falcon'], result: true });
  });

  it('reads the request or a policy from stdin with -, but only one of them', async () => {
    const f = files({ 'dev.json': developer, 'req.json': invoke('eagle', 'eagle') });
    expect((await cli(['iam', 'authorize', '--policy', f['dev.json']!, '--request', '-'], JSON.stringify(invoke('eagle', 'eagle')))).code).toBe(0);
    expect((await cli(['iam', 'authorize', '--policy', '-', '--request', f['req.json']!], JSON.stringify(developer))).code).toBe(0);
    const twice = await cli(['iam', 'authorize', '--policy', '-', '--request', '-'], '{}');
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('standard input');
  });

  it('combines boundary, SCP, session and resource policies as IAM does', async () => {
    const allowAll = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
    const s3Only = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] };
    const bucket = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:user/alice' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' }] };
    const get = { action: 's3:GetObject', resource: 'arn:aws:s3:::reports/q1.csv', principal: 'arn:aws:iam::123456789012:user/alice' };
    const f = files({ 'dev.json': developer, 'all.json': allowAll, 's3.json': s3Only, 'bucket.json': bucket, 'req.json': invoke('falcon', 'falcon'), 'get.json': get });
    const run = (...args: string[]) => cli(['--format', 'json', 'iam', 'authorize', ...args]);
    // A boundary or SCP without an Allow for the action is an implicit deny, whatever the identity policy says.
    const boundary = await run('--policy', f['dev.json']!, '--boundary', f['s3.json']!, '--request', f['req.json']!);
    expect([boundary.code, boundary.json().decision, boundary.json().explanation.blockedBy]).toEqual([1, 'ImplicitDeny', 'boundary']);
    const scp = await run('--policy', f['all.json']!, '--scp', f['s3.json']!, '--request', f['req.json']!);
    expect([scp.code, scp.json().explanation.blockedBy]).toEqual([1, 'scp']);
    const session = await run('--policy', f['all.json']!, '--session-policy', f['s3.json']!, '--request', f['req.json']!);
    expect(session.json().explanation.blockedBy).toBe('session');
    const scpOk = await run('--policy', f['dev.json']!, '--scp', f['all.json']!, f['s3.json']!, '--request', f['req.json']!);
    expect([scpOk.code, scpOk.json().decision]).toEqual([0, 'Allow']);
    // Same account: a resource policy naming the user allows without any identity policy.
    const rbp = await run('--resource-policy', f['bucket.json']!, '--request', f['get.json']!);
    expect([rbp.code, rbp.json().decision, rbp.json().deciding[0].policyKind]).toEqual([0, 'Allow', 'resource']);
  });

  it('gives the same decision in reference and compiled mode', async () => {
    const f = files({ 'guard.json': guard, 'a.json': invoke('falcon', 'falcon'), 'b.json': invoke('falcon', 'eagle') });
    for (const req of ['a.json', 'b.json']) {
      const ref = await cli(['--format', 'json', 'iam', 'authorize', '--mode', 'reference', '--policy', f['guard.json']!, '--request', f[req]!]);
      const cmp = await cli(['--format', 'json', 'iam', 'authorize', '--mode', 'compiled', '--policy', f['guard.json']!, '--request', f[req]!]);
      expect(cmp.json()).toEqual(ref.json());
      expect(cmp.code).toBe(ref.code);
    }
  });

  it('refuses to decide with an invalid policy: exit 1, findings named by file', async () => {
    const f = files({ 'dev.json': developer, 'req.json': invoke('falcon', 'falcon') });
    const r = await cli(['iam', 'authorize', '--policy', f['dev.json']!, printed, '--request', f['req.json']!]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${printed}: error iam.json-syntax ${costCenter}: Json syntax error`);
    expect(r.stdout).not.toContain(`${f['dev.json']}: error`);
    expect(r.stdout.trim().split('\n').pop()).toBe('not decided: 2 errors in the policies');
    const json = await cli(['--format', 'json', 'iam', 'authorize', '--policy', printed, '--request', f['req.json']!]);
    expect(json.json()).toMatchObject({ decided: false, diagnostics: [{ code: 'iam.json-syntax', file: printed, path: costCenter }, { code: 'iam.variable-typo', file: printed }] });
  });

  it('exits 2 on unusable input: missing file, malformed or mistyped request, no policy', async () => {
    const f = files({ 'dev.json': developer, 'req.json': invoke('falcon', 'falcon'), 'bad.json': '{"action": ', 'typed.json': { action: 42 }, 'ctx.json': { action: 'lambda:GetFunction', context: { 'aws:PrincipalTag/x': null } } });
    const missing = await cli(['iam', 'authorize', '--policy', '/nonexistent/p.json', '--request', f['req.json']!]);
    expect([missing.code, missing.stderr]).toEqual([2, 'arbiter: cannot read `/nonexistent/p.json`: no such file\n']);
    const malformed = await cli(['iam', 'authorize', '--policy', f['dev.json']!, '--request', f['bad.json']!]);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/^arbiter: .*bad\.json:1:\d+: /);
    const typed = await cli(['iam', 'authorize', '--policy', f['dev.json']!, '--request', f['typed.json']!]);
    expect(typed.code).toBe(2);
    expect(typed.stderr).toContain('/action: request `action` must be a non-empty string');
    expect((await cli(['iam', 'authorize', '--policy', f['dev.json']!, '--request', f['ctx.json']!])).code).toBe(2);
    expect((await cli(['iam', 'authorize', '--request', f['req.json']!])).code).toBe(2);
    expect((await cli(['iam', 'authorize', '--policy', f['dev.json']!])).code).toBe(2);
  });

  it('decides requests with odd but usable values; refuses non-finite numbers', async () => {
    const f = files({
      'all.json': { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'lambda:*', Resource: '*' }] },
      'surrogate.json': '{"action": "lambda:GetFunction", "context": {"aws:PrincipalTag/x": "\\ud800"}}',
      'proto.json': '{"action": "lambda:GetFunction", "__proto__": {"x": 1}, "context": {"__proto__": "a"}}',
      'number.json': '{"action": "lambda:GetFunction", "context": {"aws:PrincipalTag/x": 5}}',
      'infinite.json': '{"action": "lambda:GetFunction", "context": {"aws:PrincipalTag/x": 1e400}}',
    });
    const run = (req: string) => cli(['iam', 'authorize', '--policy', f['all.json']!, '--request', f[req]!]);
    expect((await run('surrogate.json')).code).toBe(0);
    expect((await run('proto.json')).code).toBe(0);
    const coerced = await run('number.json');
    expect(coerced.code).toBe(0);
    expect(coerced.stderr).toContain('warning iam.context-coerced /context/aws:PrincipalTag~1x');
    const infinite = await run('infinite.json');
    expect(infinite.code).toBe(2);
    expect(infinite.stderr).toContain('/context/aws:PrincipalTag~1x');
  });

  it('teaches with --help: every policy option, exit statuses and examples', async () => {
    const a = await cli(['iam', 'authorize', '--help']);
    expect(a.code).toBe(0);
    for (const s of ['--policy', '--boundary', '--scp', '--resource-policy', '--session-policy', '--request', '--explain', 'Exit status', 'Examples']) expect(a.stdout).toContain(s);
    const group = await cli(['iam', '--help']);
    expect(group.code).toBe(0);
    for (const s of ['validate', 'authorize', 'Exit status', 'Examples']) expect(group.stdout).toContain(s);
    const v = await cli(['iam', 'validate', '--help']);
    for (const s of ['--kind', 'Exit status', 'Examples', 'POINTER']) expect(v.stdout).toContain(s);
  });
});

describe('the Lambda ABAC example (arbiter examples)', () => {
  it('decides every request as the example files state and reports the printed policy findings', async () => {
    const r = await cli(['--format', 'json', 'examples', join(root, 'examples')]);
    const abac = r.json().scenarios.find((s: { title: string }) => s.title.startsWith('IAM ABAC for Lambda'));
    expect(abac.mismatches).toEqual([]);
    const requests = JSON.parse(readFileSync(join(example, 'requests.json'), 'utf8')) as unknown[];
    const decided = abac.results.filter((x: { decision?: string }) => x.decision);
    expect(decided).toHaveLength(requests.length);
    expect(new Set(decided.map((x: { decision: string }) => x.decision))).toEqual(new Set(['Allow', 'ImplicitDeny', 'ExplicitDeny']));
    const findings = abac.results.find((x: { file?: string }) => x.file)!;
    expect(findings.valid).toBe(false);
    expect(findings.diagnostics.map((d: { code: string; path: string }) => [d.code, d.path])).toEqual([['iam.json-syntax', costCenter], ['iam.variable-typo', costCenter]]);
  });

  it('prints lines a person can read', async () => {
    const r = await cli(['examples', join(root, 'examples')]);
    expect(r.stdout).toContain('== IAM ABAC for Lambda');
    expect(r.stdout).toMatch(/ {2}Allow {9}falcon developer invokes falcon-orders\n {16}allowed by developer\.json \/Statement\/0 \(AllActionsLambdaSameProject\)/);
    expect(r.stdout).toContain('ExplicitDeny  untagged lead invokes falcon-orders');
    expect(r.stdout).toContain(`error iam.json-syntax at ${costCenter} (line 12, column 42)`);
    // The offending line, with a caret under the opening curly quote.
    expect(r.stdout).toContain(`      12 | "aws:ResourceTag/cost-center": \u201c$}aws:PrincipalTag/cost-center}\u201d\n         | ${' '.repeat(31)}^\n`);
  });

  it('reports an expectation that does not hold (exit 1)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arbiter-abac-'));
    cpSync(example, join(dir, 'lambda-abac'), { recursive: true });
    const reqs = JSON.parse(readFileSync(join(example, 'requests.json'), 'utf8')) as Array<{ expect: string }>;
    reqs[0]!.expect = 'ImplicitDeny';
    writeFileSync(join(dir, 'lambda-abac', 'requests.json'), JSON.stringify(reqs));
    const r = await cli(['examples', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('falcon developer invokes falcon-orders: Allow, example expects ImplicitDeny');
  });
});
