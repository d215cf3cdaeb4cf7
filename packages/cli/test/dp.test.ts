/**
 * `arbiter dp validate|scan|publish` and the clinic example. Expected offsets, texts and verdicts
 * come from the spec (/work/shared/spec/data-protection.md) and the AWS documents it cites.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { managedIdentifierNames } from '@arbiter/data-protection';
import { clusterFindings, excerptFindings, markFindings } from '../src/commands/dp/highlight.js';
import { wantsColour } from '../src/commands/dp/options.js';
import type { CommandContext } from '../src/context.js';
import { cli, files } from './helpers.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const clinicDir = join(root, 'examples', 'clinic-data-protection');
const clinicPolicy = join(clinicDir, 'policy.json');
const ARN = 'arn:aws:dataprotection::aws:data-identifier/';
const ADMIN = 'arn:aws:iam::111222333444:role/Admin';
const BILLING = 'arn:aws:iam::111222333444:role/BillingRole';
const SCHEDULING = 'arn:aws:iam::111222333444:role/SchedulingRole';
const subs = ['--subscription', `billing=${BILLING}`, '--subscription', `scheduling=${SCHEDULING}`];

const statement = (over: Record<string, unknown> = {}) => ({
  Sid: 's', DataDirection: 'Inbound', Principal: ['*'], DataIdentifier: [`${ARN}Ssn-US`], Operation: { Deny: {} }, ...over,
});
const policyOf = (...statements: object[]) => ({ Name: 'p', Version: '2021-06-01', Statement: statements });
const codesAt = (out: { files: Array<{ diagnostics: Array<{ code: string; path: string }> }> }) =>
  out.files[0]!.diagnostics.map((d) => `${d.code} ${d.path}`);

describe('arbiter dp validate', () => {
  it('accepts the clinic policy and summarises it (exit 0)', async () => {
    const r = await cli(['dp', 'validate', clinicPolicy]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('valid data protection policy `data-protection-example-policy`: 4 statements (1 Audit, 3 Deny)');
  });

  it('reports every problem with its pointer, line and column (exit 1)', async () => {
    const doc = {
      Name: 'p', Version: '2012-10-17',
      Statement: [
        statement({ Sid: 'a1', Operation: { Audit: { SampleRate: '100', FindingsDestination: { S3: { Bucket: 'audit-bucket' } } } } }),
        statement({ Sid: 'a2', Operation: { Audit: { SampleRate: '10', FindingsDestination: { S3: { Bucket: 'audit-bucket' } } } } }),
        statement({ DataIdentifier: [`${ARN}Ssn-XX`] }),
      ],
    };
    const text = JSON.stringify(doc, null, 2);
    const f = files({ 'p.json': text });
    const json = await cli(['--format', 'json', 'dp', 'validate', f['p.json']!]);
    expect(json.code).toBe(1);
    const out = json.json();
    expect(out.valid).toBe(false);
    const codes = codesAt(out);
    // Version 2021-06-01 is the only one; SampleRate is 0-99; one Audit; ARNs name managed identifiers [spec §1].
    expect(codes).toEqual(expect.arrayContaining([
      'dp.unsupported-version /Version',
      'dp.sample-rate /Statement/0/Operation/Audit/SampleRate',
      'dp.unknown-identifier /Statement/2/DataIdentifier/0',
    ]));
    expect(codes.some((c) => c.startsWith('dp.multiple-audit /Statement/1'))).toBe(true);
    const sampleLine = text.split('\n').findIndex((l) => l.includes('"SampleRate": "100"')) + 1;
    const textRun = await cli(['dp', 'validate', f['p.json']!]);
    expect(textRun.code).toBe(1);
    expect(textRun.stdout).toMatch(new RegExp(`p\\.json:${sampleLine}:\\d+: error dp\\.sample-rate`));
    expect(textRun.stdout).toMatch(/invalid \(\d+ errors\)/);
    const lines = [...textRun.stdout.matchAll(/p\.json:(\d+):\d+:/g)].map((m) => Number(m[1]));
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('shows warnings without failing, and --inbound-only-deidentify makes them errors', async () => {
    const p = policyOf(statement({ DataDirection: 'Outbound', Operation: { Deidentify: { MaskConfig: { MaskWithCharacter: '#' } } } }));
    const f = files({ 'p.json': p });
    const r = await cli(['dp', 'validate', f['p.json']!]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('warning dp.deidentify-outbound');
    expect(r.stdout).toContain('(1 warning)');
    expect((await cli(['dp', 'validate', '--inbound-only-deidentify', f['p.json']!])).code).toBe(1);
  });

  it('reads stdin with -', async () => {
    const r = await cli(['dp', 'validate', '-'], JSON.stringify(policyOf(statement())));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<stdin>: valid');
  });

  it('exits 2 when a file cannot be read, still reporting the others', async () => {
    const f = files({ 'p.json': policyOf(statement()) });
    const r = await cli(['--format', 'json', 'dp', 'validate', f['p.json']!, '/nonexistent/p.json']);
    expect(r.code).toBe(2);
    expect(r.json().files.map((x: { readable: boolean; valid: boolean }) => [x.readable, x.valid])).toEqual([[true, true], [false, false]]);
  });

  describe('bad policy files: a diagnostic, never a crash', () => {
    const cases: Array<[string, string, string]> = [
      ['malformed JSON', '{"Name": "p",\n  "Version": ', 'json.'],
      ['NaN is not JSON', '{"Name": "p", "Version": NaN}', 'json.'],
      ['a lone surrogate', '{"Name": "\\ud800", "Version": "2021-06-01", "Statement": []}', ''],
      ['duplicate keys', '{"Name": "p", "Name": "q", "Version": "2021-06-01", "Statement": []}', ''],
      ['__proto__ as a key', JSON.stringify(policyOf(statement())).replace('{', '{"__proto__": {"Version": "x"},'), ''],
      ['a string, not an object', '"policy"', ''],
      ['deep nesting', '{"Name": ' + '['.repeat(5000) + ']'.repeat(5000) + '}', ''],
      ['more than 30,720 characters', JSON.stringify({ ...policyOf(statement()), Description: 'x'.repeat(31_000) }), 'dp.policy-too-large'],
      ['an empty file', '', ''],
    ];
    for (const [title, text, code] of cases) {
      it(title, async () => {
        const f = files({ 'p.json': text });
        const r = await cli(['--format', 'json', 'dp', 'validate', f['p.json']!]);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(1);
        const diagnostics = r.json().files[0].diagnostics as Array<{ code: string; severity: string }>;
        expect(diagnostics.some((d) => d.severity === 'error' && d.code.startsWith(code))).toBe(true);
      });
    }
  });
});

describe('arbiter dp scan', () => {
  it('finds an SSN at AWS offsets 5..15 (inclusive end) and exits 1', async () => {
    const f = files({ 'm.txt': 'SSN: 123-12-1234' });
    const r = await cli(['--format', 'json', 'dp', 'scan', '--identifiers', 'Ssn-US', f['m.txt']!]);
    expect(r.code).toBe(1);
    const out = r.json();
    expect(out.findings).toEqual([{ name: 'Ssn-US', start: 5, end: 15, text: '123-12-1234' }]);
    expect(out.counts).toEqual({ 'Ssn-US': 1 });
    expect(out.identifiers).toEqual(['Ssn-US']);
  });

  it('marks findings in the message for people, without colour when not a terminal', async () => {
    const r = await cli(['dp', 'scan', '--identifiers', `Ssn-US,${ARN}EmailAddress`, '-'], 'SSN: 123-12-1234, mail ana@example.com\n');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('SSN: [Ssn-US: 123-12-1234], mail [EmailAddress: ana@example.com]');
    expect(r.stdout).toContain('<stdin>: 2 findings of 2 identifiers');
    expect(r.stdout).toMatch(/^ {2}Ssn-US +1$/m);
    expect(r.stdout).not.toContain('\x1b');
    const coloured = await cli(['dp', 'scan', '--color', 'always', '--identifiers', 'Ssn-US', '-'], 'SSN: 123-12-1234');
    expect(coloured.stdout).toContain('\x1b[');
  });

  it('exits 0 with nothing found, and for an empty message', async () => {
    const r = await cli(['dp', 'scan', '-'], 'The appointment is confirmed.');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`no findings (${managedIdentifierNames().length} identifiers checked)`);
    expect((await cli(['dp', 'scan', '-'], '')).code).toBe(0);
  });

  it('gives the JSON pointer of the field for JSON messages', async () => {
    // `{"user":{"email":"` is 18 characters, the address 15: start 18, inclusive end 32.
    const r = await cli(['--format', 'json', 'dp', 'scan', '--identifiers', 'EmailAddress', '-'], '{"user":{"email":"ana@example.com"}}');
    expect(r.json().findings).toEqual([{ name: 'EmailAddress', start: 18, end: 32, pointer: '/user/email', text: 'ana@example.com' }]);
  });

  it('scans for every managed identifier by default', async () => {
    const r = await cli(['--format', 'json', 'dp', 'scan', '-'], 'x');
    expect(r.json().identifiers).toEqual(managedIdentifierNames());
  });

  it("with --policy scans for the policy's identifiers only, custom ones included", async () => {
    const p = {
      ...policyOf(statement({ DataIdentifier: [`${ARN}EmailAddress`, 'EmployeeId'] })),
      Configuration: { CustomDataIdentifier: [{ Name: 'EmployeeId', Regex: 'EID-\\d{9}-US' }] },
    };
    const f = files({ 'p.json': p });
    const message = 'ana@example.com called +1 206 555 0100 about EID-123456789-US';
    const r = await cli(['--format', 'json', 'dp', 'scan', '--policy', f['p.json']!, '-'], message);
    expect(r.code).toBe(1);
    expect(r.json().findings.map((x: { name: string; text: string }) => `${x.name}=${x.text}`)).toEqual(['EmailAddress=ana@example.com', 'EmployeeId=EID-123456789-US']);
  });

  it('adds custom identifiers with --custom NAME=REGEX', async () => {
    const r = await cli(['--format', 'json', 'dp', 'scan', '--identifiers', 'Ssn-US', '--custom', 'EmployeeId=EID-\\d{9}-US', '-'], 'Employee EID-123456789-US');
    expect(r.json().findings).toEqual([{ name: 'EmployeeId', start: 9, end: 24, text: 'EID-123456789-US' }]);
  });

  it('runs a catastrophic custom regex in linear time (RE2)', async () => {
    // With backtracking, a*a*…a*b over a long run of `a` without `b` takes time polynomial of degree 12.
    const evil = 'Evil=' + 'a*'.repeat(12) + 'b';
    const none = await cli(['dp', 'scan', '--identifiers', 'Ssn-US', '--custom', evil, '-'], 'a'.repeat(100_000));
    expect(none.code).toBe(0);
    const found = await cli(['--format', 'json', 'dp', 'scan', '--identifiers', 'Ssn-US', '--custom', evil, '-'], 'a'.repeat(100_000) + 'b');
    expect(found.code).toBe(1);
    // Custom identifiers decide each match within a bounded look-ahead (issue 17 item 2, README
    // "Custom identifier look-ahead"): the match is found, starting within the bound of the `b`.
    const spans = found.json().findings.map((x: { start: number; end: number }) => [x.start, x.end]);
    expect(spans).toHaveLength(1);
    expect(spans[0][1]).toBe(100_000);
    expect(spans[0][0]).toBeGreaterThan(100_000 - 3 * 256);
  });

  describe('unusable input exits 2', () => {
    const f = files({ 'm.txt': 'x', 'bad.json': '{"Name": "p"}' });
    const cases: Array<[string, string[], string]> = [
      ['an unknown identifier', ['--identifiers', 'Ssn-US,Nope'], '--identifiers `Nope`: unknown managed data identifier `Nope`'],
      ['a custom regex with a character AWS does not allow', ['--custom', 'X=(a)'], '--custom X: custom data identifier regex contains the unsupported character `(`'],
      ['a custom regex that does not compile', ['--custom', 'X=[a-'], '--custom X: custom data identifier regex `[a-` does not compile'],
      ['a custom identifier without =', ['--custom', 'X'], 'expected NAME=REGEX'],
      ['both --identifiers and --policy', ['--identifiers', 'Ssn-US', '--policy', f['bad.json']!], 'cannot be used with'],
      ['an invalid policy', ['--policy', f['bad.json']!], 'not a valid data protection policy'],
      ['an unreadable policy', ['--policy', '/nonexistent/p.json'], 'no such file'],
      ['no identifiers at all', ['--identifiers', ''], 'no identifiers to scan for'],
      ['a context that is not a number', ['--context', 'wide'], 'expected an integer'],
    ];
    for (const [title, args, says] of cases) {
      it(title, async () => {
        const r = await cli(['dp', 'scan', ...args, f['m.txt']!]);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain(says);
      });
    }

    it('an unreadable message file', async () => {
      expect((await cli(['dp', 'scan', '/nonexistent/m.txt'])).code).toBe(2);
    });

    it('with --format json, the problems as diagnostics', async () => {
      const r = await cli(['--format', 'json', 'dp', 'scan', '--custom', 'X=[a-', f['m.txt']!]);
      expect(r.code).toBe(2);
      expect(r.json().diagnostics.map((d: { code: string; path: string }) => `${d.code} ${d.path}`)).toEqual(['dp.custom-regex-invalid /custom/0/Regex']);
    });

    it('an invalid policy lists its diagnostics with positions on stderr', async () => {
      const r = await cli(['dp', 'scan', '--policy', f['bad.json']!, f['m.txt']!]);
      expect(r.stderr).toMatch(/bad\.json:1:1: error dp\.missing-field policy:\/Statement/);
    });
  });

  it('shows control characters of the message as symbols, never raw', async () => {
    const r = await cli(['dp', 'scan', '--identifiers', 'Ssn-US', '-'], 'SSN: 123-12-1234 \x1b[2J\x07');
    expect(r.stdout).not.toMatch(/[\x07\x1b]/);
    expect(r.stdout).toContain('\u241b[2J\u2407');
  });

  it('prints excerpts with line and column for long messages', async () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(100);
    const message = `${filler}\n${filler}\nPatient SSN: 123-12-1234 on file\n${filler}`;
    const f = files({ 'long.txt': message });
    const r = await cli(['dp', 'scan', '--identifiers', 'Ssn-US', '--context', '8', f['long.txt']!]);
    expect(r.code).toBe(1);
    // Line 3, column 14: `Patient SSN: ` is 13 characters; 8 characters of context on each side.
    expect(r.stdout).toContain(`${f['long.txt']}:3:14: …nt SSN: [Ssn-US: 123-12-1234] on file…`);
    expect(r.stdout).not.toContain(filler);
  });

  it('reads bytes that are not UTF-8 as U+FFFD, warns, and still scans', async () => {
    const f = files({});
    const path = join(mkdtempSync(join(tmpdir(), 'arbiter-dp-')), 'bin.dat');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0x00]), Buffer.from('SSN: 123-12-1234')]));
    void f;
    const r = await cli(['--format', 'json', 'dp', 'scan', '--identifiers', 'Ssn-US', path]);
    expect(r.code).toBe(1);
    const out = r.json();
    expect(out.warnings).toHaveLength(2);
    // U+FFFD and NUL come first: the SSN starts at 2 + 5.
    expect(out.findings).toEqual([{ name: 'Ssn-US', start: 7, end: 17, text: '123-12-1234' }]);
    const text = await cli(['dp', 'scan', '--identifiers', 'Ssn-US', path]);
    expect(text.stderr).toContain('warning');
  });

  it('scans a 10 MB message (scanning has no size limit; Publish has)', async () => {
    const message = 'word '.repeat(2_000_000) + 'SSN: 123-12-1234';
    const r = await cli(['--format', 'json', 'dp', 'scan', '--identifiers', 'Ssn-US', '-'], message);
    expect(r.code).toBe(1);
    expect(r.json().findings).toEqual([{ name: 'Ssn-US', start: 10_000_005, end: 10_000_015, text: '123-12-1234' }]);
  });

  it('finds the same with the reference scanner', async () => {
    const message = '{"patient": {"ssn": "123-12-1234", "email": "ana@example.com", "ip": "192.0.2.10"}}';
    const compiled = await cli(['--format', 'json', 'dp', 'scan', '-'], message);
    const reference = await cli(['--format', 'json', 'dp', 'scan', '--mode', 'reference', '-'], message);
    expect(compiled.json().findings.length).toBeGreaterThanOrEqual(3);
    expect(reference.json().findings).toEqual(compiled.json().findings);
  });
});

describe('marking findings', () => {
  it('merges overlapping findings into one mark naming each identifier', () => {
    const marks = clusterFindings([
      { name: 'PhoneNumber', start: 5, end: 9 },
      { name: 'Address', start: 0, end: 12 },
      { name: 'Ssn-US', start: 20, end: 22 },
    ]);
    expect(marks).toEqual([{ start: 0, end: 12, names: ['Address', 'PhoneNumber'] }, { start: 20, end: 22, names: ['Ssn-US'] }]);
    expect(markFindings('0123456789abcdefghijklmn', marks, { colour: false })).toBe('[Address, PhoneNumber: 0123456789abc]defghij[Ssn-US: klm]n');
  });

  it('joins excerpts whose contexts touch and shows newlines as ↵', () => {
    const text = 'aaaa\nSSN1 bb SSN2\ncccccccccc';
    const marks = clusterFindings([{ name: 'A', start: 5, end: 8 }, { name: 'B', start: 13, end: 16 }]);
    expect(excerptFindings(text, marks, 3, { colour: false })).toEqual([{ line: 2, column: 1, text: '…aa↵[A: SSN1] bb [B: SSN2]↵cc…' }]);
  });
});

describe('colour', () => {
  const ctxWith = (isTTY: boolean) => ({ io: { isTTY }, format: () => 'text', exitCode: 0 }) as unknown as CommandContext;
  const setStdoutTTY = (value: boolean | undefined) => Object.defineProperty(process.stdout, 'isTTY', { value, configurable: true });
  const original = process.stdout.isTTY;
  afterEach(() => {
    setStdoutTTY(original);
    vi.unstubAllEnvs();
  });

  it('is on for a terminal, off when stdout is piped or NO_COLOR is set', () => {
    vi.stubEnv('NO_COLOR', '');
    setStdoutTTY(true);
    expect(wantsColour(ctxWith(true), 'auto')).toBe(true);
    expect(wantsColour(ctxWith(false), 'auto')).toBe(false);
    setStdoutTTY(undefined);
    expect(wantsColour(ctxWith(true), 'auto')).toBe(false);
    setStdoutTTY(true);
    vi.stubEnv('NO_COLOR', '1');
    expect(wantsColour(ctxWith(true), 'auto')).toBe(false);
    expect(wantsColour(ctxWith(false), 'always')).toBe(true);
    expect(wantsColour(ctxWith(true), 'never')).toBe(false);
  });
});

describe('arbiter dp publish', () => {
  const publish = (message: string, ...more: string[]) =>
    cli(['--format', 'json', 'dp', 'publish', '--policy', clinicPolicy, '--principal', ADMIN, '--message', message, ...subs, '--sampled', ...more]);

  it('denies an SSN on the way in with AuthorizationError 403 and audits it (exit 1)', async () => {
    const r = await publish('SSN: 123-12-1234', '--message-id', 'm-1', '--timestamp', '2022-05-12T02:10:44Z', '--topic-arn', 'arn:aws:sns:us-east-1:111222333444:clinic');
    expect(r.code).toBe(1);
    const out = r.json();
    expect(out.published).toBe(false);
    expect(out.error).toMatchObject({ code: 'AuthorizationError', statusCode: 403 });
    expect(out.deniedBy).toBe('deny-inbound');
    expect(out.deliveries).toEqual({});
    // AWS's audit record [spec §2]: exactly these keys, timestamp without milliseconds.
    expect(out.audit.record).toEqual({
      messageId: 'm-1', auditTimestamp: '2022-05-12T02:10:44Z', callerPrincipal: ADMIN, resourceArn: 'arn:aws:sns:us-east-1:111222333444:clinic',
      dataIdentifiers: [{ name: 'Ssn-US', count: 1, detections: [{ start: 5, end: 15 }] }],
    });
    expect(out.audit.metrics).toEqual({ MessagesWithFindings: 1, MessagesWithNoFindings: 0 });
  });

  it('stops one delivery with FAILURE 403 and says which statement did (exit 0)', async () => {
    const r = await publish('NDC: 0777-3105-02', '--topic-arn', 'arn:aws:sns:us-east-1:111222333444:clinic');
    expect(r.code).toBe(0);
    const out = r.json();
    expect(out.published).toBe(true);
    expect(out.deliveries.scheduling).toMatchObject({ delivered: true, message: 'NDC: 0777-3105-02', principal: SCHEDULING });
    expect(out.deliveries.billing).toMatchObject({
      delivered: false, status: 'FAILURE', statusCode: 403, deniedBy: 'deny-outbound-billing',
      providerResponse: "The topic's data protection policy prohibits this message from being delivered to arn:aws:sns:us-east-1:111222333444:clinic:billing",
    });
  });

  it('tells people the verdict, each delivery and the audit', async () => {
    const r = await cli(['dp', 'publish', '--policy', clinicPolicy, '--principal', ADMIN, '--message', '410 Terry Ave N, Seattle 98109, WA', ...subs, '--sampled']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^published: delivered to 1 of 2 subscriptions$/m);
    expect(r.stdout).toMatch(/billing +\(arn:aws:iam::111222333444:role\/BillingRole\): delivered "410 Terry Ave N, Seattle 98109, WA"/);
    expect(r.stdout).toMatch(/scheduling \(.*SchedulingRole\): not delivered: statement `deny-outbound-scheduling` found Address/);
    expect(r.stdout).toContain('MessagesWithFindings +1');
    expect(r.stdout).toMatch(/audit record: \{"messageId":/);
    const denied = await cli(['dp', 'publish', '--policy', clinicPolicy, '--principal', ADMIN, '--message', 'SSN: 123-12-1234']);
    expect(denied.code).toBe(1);
    expect(denied.stdout).toMatch(/^denied: AuthorizationError \(403\): .*`deny-inbound`/m);
    expect(denied.stdout).toContain('inbound findings: Ssn-US 5..15 "123-12-1234"');
  });

  it('masks and redacts as the SNS docs show', async () => {
    const p = policyOf(
      statement({ Sid: 'mask', DataIdentifier: [`${ARN}Ssn-US`, `${ARN}EmailAddress`], Operation: { Deidentify: { MaskConfig: { MaskWithCharacter: '#' } } } }),
      statement({ Sid: 'redact', DataIdentifier: [`${ARN}CreditCardNumber`], Operation: { Deidentify: { RedactConfig: {} } } }),
    );
    const f = files({ 'p.json': p });
    const run = async (message: string) =>
      (await cli(['--format', 'json', 'dp', 'publish', '--policy', f['p.json']!, '--principal', '111222333444', '--message', message, '--subscription', 'a=111222333444'])).json();
    expect((await run('ssn: 123-45-6789')).deliveries.a.message).toBe('ssn: ###########');
    expect((await run('email: classified@amazon.com')).deliveries.a.message).toBe(`email: ${'#'.repeat(21)}`);
    expect((await run('My credit card number is 4539894458086459')).deliveries.a.message).toBe('My credit card number is ');
    // "If the entire message is sensitive" the publish fails [doc S1].
    const whole = await cli(['dp', 'publish', '--policy', f['p.json']!, '--principal', '111222333444', '--message', '4539894458086459']);
    expect(whole.code).toBe(1);
  });

  it('matches an assumed-role session against its role', async () => {
    const r = await cli(['--format', 'json', 'dp', 'publish', '--policy', clinicPolicy, '--principal', ADMIN, '--message', 'NDC: 0777-3105-02',
      '--subscription', 'billing=arn:aws:sts::111222333444:assumed-role/BillingRole/session-1']);
    expect(r.json().deliveries.billing).toMatchObject({ delivered: false, deniedBy: 'deny-outbound-billing' });
  });

  it('samples the audit reproducibly with --seed, and --not-sampled skips it', async () => {
    const p = policyOf(statement({ Operation: { Audit: { SampleRate: '50', FindingsDestination: { S3: { Bucket: 'audit-bucket' } } } } }));
    const f = files({ 'p.json': p });
    const sampled = async (...flags: string[]) =>
      (await cli(['--format', 'json', 'dp', 'publish', '--policy', f['p.json']!, '--principal', ADMIN, '--message', 'hello', ...flags])).json().audit.sampled as boolean;
    const seeds = Array.from({ length: 30 }, (_, i) => String(i));
    const first = await Promise.all(seeds.map((s) => sampled('--seed', s)));
    const again = await Promise.all(seeds.map((s) => sampled('--seed', s)));
    expect(again).toEqual(first);
    expect(first).toContain(true);
    expect(first).toContain(false);
    expect(await sampled('--not-sampled')).toBe(false);
    expect(await sampled('--sampled')).toBe(true);
  });

  it('reads the message from a file or stdin', async () => {
    const f = files({ 'm.txt': 'SSN: 123-12-1234' });
    expect((await cli(['dp', 'publish', '--policy', clinicPolicy, '--principal', ADMIN, '--message-file', f['m.txt']!])).code).toBe(1);
    expect((await cli(['dp', 'publish', '--policy', clinicPolicy, '--principal', ADMIN, '--message-file', '-'], 'This is a demo!')).code).toBe(0);
  });

  it('handles lone surrogates in the message', async () => {
    const r = await publish('\ud800SSN: 123-12-1234');
    expect(r.code).toBe(1);
    expect(r.json().inboundFindings[0]).toMatchObject({ name: 'Ssn-US', start: 6, end: 16 });
  });

  describe('unusable input exits 2', () => {
    const f = files({ 'bad.json': '{"Name": "p", "Version": "2021-06-01", "Statement": [{}]}' });
    const base = ['dp', 'publish', '--policy', clinicPolicy, '--principal', ADMIN];
    const cases: Array<[string, string[], string]> = [
      ['an empty message (SNS refuses one)', [...base, '--message', ''], 'the message is empty'],
      ['a message over 256 KiB', [...base, '--message', 'x'.repeat(262_145)], 'Message too long'],
      ['both --message and --message-file', [...base, '--message', 'a', '--message-file', 'b'], 'cannot be used with'],
      ['no message', base, 'give exactly one of --message'],
      ['an invalid policy', ['dp', 'publish', '--policy', f['bad.json']!, '--principal', ADMIN, '--message', 'a'], 'not a valid data protection policy'],
      ['no principal', ['dp', 'publish', '--policy', clinicPolicy, '--message', 'a'], "required option '--principal"],
      ['a subscription without =', [...base, '--message', 'a', '--subscription', 'billing'], 'expected NAME=ARN'],
      ['a subscription named twice', [...base, '--message', 'a', '--subscription', 'a=1', '--subscription', 'a=2'], 'given twice'],
      ['a bad seed', [...base, '--message', 'a', '--seed', '-1'], 'expected an integer'],
      ['a bad timestamp', [...base, '--message', 'a', '--timestamp', 'yesterday'], 'not an ISO 8601 date-time'],
      ['--sampled with --not-sampled', [...base, '--message', 'a', '--sampled', '--not-sampled'], 'cannot be used with'],
    ];
    for (const [title, args, says] of cases) {
      it(title, async () => {
        const r = await cli(args);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain(says);
      });
    }
  });
});

describe('arbiter dp --help', () => {
  for (const sub of [[], ['validate'], ['scan'], ['publish']]) {
    it(`teaches ${['dp', ...sub].join(' ')}: examples and exit statuses`, async () => {
      const r = await cli(['dp', ...sub, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Examples:');
      expect(r.stdout).toContain('Exit status');
    });
  }
});

describe('the clinic example', () => {
  it('holds: every testing step of the announcement has the outcome it states', async () => {
    const r = await cli(['--format', 'json', 'examples', join(root, 'examples')]);
    const clinic = r.json().scenarios.find((s: { title: string }) => s.title.includes('clinic'));
    expect(clinic.mismatches).toEqual([]);
    expect(clinic.results.map((x: { steps: string; outcome: { published: boolean } }) => [x.steps, x.outcome.published]))
      .toEqual([['1', true], ['2-3', false], ['5-6', true], ['7-8', true]]);
  });

  it('reads well for people', async () => {
    const r = await cli(['examples', join(root, 'examples')]);
    expect(r.stdout).toContain('step 2-3: A social security number is denied on the way in, and audited');
    expect(r.stdout).toMatch(/denied: AuthorizationError \(403\)/);
    expect(r.stdout).toMatch(/not delivered: statement `deny-outbound-billing` found NationalDrugCode-US 5\.\.16/);
    expect(r.stdout).toContain('audit record: {"messageId":"clinic-step-2-3"');
  });

  const copyExamples = (edit: (publishes: string) => string): string => {
    const dir = mkdtempSync(join(tmpdir(), 'arbiter-clinic-'));
    cpSync(clinicDir, join(dir, 'clinic-data-protection'), { recursive: true });
    const file = join(dir, 'clinic-data-protection', 'publishes.jsonl');
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    return dir;
  };

  it('reports a stated outcome that does not hold (exit 1)', async () => {
    const dir = copyExamples((t) => t.replace('"notDelivered": {"billing": "deny-outbound-billing"}', '"notDelivered": {"billing": "deny-inbound"}'));
    const r = await cli(['examples', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('step 7-8 (A national drug code reaches scheduling but not billing): expected statement `deny-inbound` to stop the delivery to billing, it was stopped by `deny-outbound-billing`');
  });

  it('exits 2 on a malformed step, naming its line', async () => {
    const dir = copyExamples((t) => t + '{"steps": 9}\n');
    const r = await cli(['examples', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/publishes\.jsonl:5: `steps` must be a string/);
  });
});
