/** `arbiter validate` and friends on hostile files (issue 17 items 7 and 8): an error that says why, never a hang or a crash. */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { matchSegments } from '../src/templates/expand-paths.js';
import { validateFile } from '../src/templates/validate-file.js';
import { cli, files } from './helpers.js';

const codes = (name: string, text: string) => validateFile(name, text, { explicit: true }).findings.map((f) => f.code);

describe('item 7: hostile templates', () => {
  it('a YAML mapping with 50,000 keys is read in linear time; a repeated key is still an error', () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => `k${i}: v`).join('\n');
    expect(codes('t.yaml', keys)).toEqual(['input.unrecognised']);
    expect(codes('t.yaml', 'a: 1\nb: 2\na: 3\n')).toEqual(['template.syntax']);
    expect(validateFile('t.yaml', 'a: 1\nb: 2\na: 3\n').findings[0]).toMatchObject({ line: 3, message: expect.stringContaining('Map keys must be unique') });
  });

  it('a template over the size limit gets a clear error', () => {
    expect(codes('t.yaml', `a: "${'x'.repeat(9 * 1024 * 1024)}"`)).toEqual(['template.too-large']);
  });

  it('a glob with 40 `**` segments is matched in polynomial time', () => {
    const pattern = [...Array.from({ length: 40 }, () => '**'), 'x.yaml'];
    const path = [...Array.from({ length: 30 }, () => 'd'), 'y.yaml'];
    expect(matchSegments(pattern, path)).toBe(false);
    expect(matchSegments(['**', 'a', '**', '*.yaml'], ['z', 'a', 'b', 't.yaml'])).toBe(true);
    expect(matchSegments(['a', '*.yaml'], ['a', 'b', 't.yaml'])).toBe(false);
  });

  it('!If with two arguments and !Sub with three are errors, not unresolved warnings', () => {
    const template = (value: string) => `Resources:\n  Sub:\n    Type: AWS::SNS::Subscription\n    Properties:\n      Protocol: sqs\n      FilterPolicy: ${value}\n`;
    expect(codes('t.yaml', template('!If [IsProd, {a: [x]}]'))).toContain('template.intrinsic-arguments');
    expect(codes('t.yaml', template('!Sub [a, b, c]'))).toContain('template.intrinsic-arguments');
    expect(codes('t.yaml', template('!If [IsProd, {a: [x]}, {a: [y]}]'))).not.toContain('template.intrinsic-arguments');
  });

  it('kept: alias bombs, deep nesting, binary garbage, multi-document files', () => {
    const bomb = ['a0: &a0 [x, x]', ...Array.from({ length: 30 }, (_, i) => `a${i + 1}: &a${i + 1} [*a${i}, *a${i}]`)].join('\n');
    expect(codes('t.yaml', bomb)).toEqual(['template.too-large']);
    expect(codes('t.json', '['.repeat(10_000) + ']'.repeat(10_000))).toEqual(['json.too-deep']);
    expect(codes('t.yaml', Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 37) % 256)).toString('latin1')).length).toBeGreaterThan(0);
    expect(codes('t.yaml', 'a: 1\n---\nb: 2\n')).toEqual(['template.syntax']);
  });
});

describe('item 8: CLI rough edges', () => {
  it('10,000-deep YAML is a depth error, not the engine\'s stack overflow text', () => {
    const r = validateFile('t.yaml', '['.repeat(10_000) + ']'.repeat(10_000));
    expect(r.findings.map((f) => f.code)).toContain('template.too-deep');
    expect(r.findings.map((f) => f.message).join()).not.toMatch(/call stack/);
  });

  it('deep YAML is refused before the parser recurses (found by fuzzing: 2,000 nested `[` killed the process on the second file)', () => {
    // Deep in the parser's recursion V8 died compiling a regex ("RegExpCompiler Allocation failed"), which no catch can see.
    for (const text of ['['.repeat(2_000) + ']'.repeat(2_000), '- '.repeat(2_000) + 'x', 'a: {b: ' + '{c: '.repeat(1_000) + '}'.repeat(1_001)]) {
      for (let i = 0; i < 3; i++) expect(codes('t.yaml', text)).toEqual(['template.too-deep']);
    }
    // Brackets inside quotes and comments are text, not nesting.
    expect(codes('t.yaml', `a: "${'['.repeat(2_000)}"\nb: '${'{'.repeat(2_000)}' # ${'['.repeat(2_000)}\n`)).not.toContain('template.too-deep');
  });

  it('an undefined YAML alias is an error', () => {
    expect(validateFile('t.yaml', 'a: *nope\n').findings[0]).toMatchObject({ code: 'template.syntax', message: expect.stringContaining('Unresolved alias `*nope`') });
  });

  it('an empty .yaml and an empty .json give the same warning and exit code', async () => {
    const f = files({ 'e.yaml': '', 'e.json': '  \n' });
    const yaml = await cli(['--format', 'json', 'validate', f['e.yaml']!]);
    const json = await cli(['--format', 'json', 'validate', f['e.json']!]);
    expect(yaml.code).toBe(json.code);
    expect(codes('e.yaml', '')).toEqual(['input.empty']);
    expect(codes('e.json', '')).toEqual(['input.empty']);
  });

  it('/dev/null is a readable (empty) file, not "no such file"', async () => {
    const r = await cli(['validate', '/dev/null']);
    expect(r.stderr + r.stdout).not.toMatch(/no such file/);
    expect(r.code).not.toBe(2);
  });

  it('a FIFO is a readable file, not "no such file"', async () => {
    const fifo = join(mkdtempSync(join(tmpdir(), 'arbiter-fifo-')), 'policy.json');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `printf '{"a": ["x"]}' > "${fifo}"`]);
    const r = await cli(['validate', fifo, '--kind', 'sns-filter']);
    writer.kill();
    expect(r.stderr + r.stdout).not.toMatch(/no such file/);
    expect(r.code).toBe(0);
  });

  it('a truncated .gz: the reason on stderr, and the complete cases before the cut still run', async () => {
    const c = (id: string) => JSON.stringify({ kind: 'sns-filter', id, source: 't', scope: 'MessageAttributes', policy: { a: ['x'] }, message: { attributes: { a: { Type: 'String', Value: 'x' } } }, expect: 'match' });
    const lines = Array.from({ length: 400 }, (_, i) => c(`c${i}`)).join('\n') + '\n';
    const gz = gzipSync(lines);
    const path = join(mkdtempSync(join(tmpdir(), 'arbiter-gz-')), 'cut.jsonl.gz');
    writeFileSync(path, gz.subarray(0, Math.floor(gz.length * 0.6)));
    const r = await cli(['--format', 'json', 'conformance', path]);
    expect(r.stderr).toMatch(/truncated or corrupt gzip data/);
    expect(r.json().passed).toBeGreaterThan(0);
  });
});
