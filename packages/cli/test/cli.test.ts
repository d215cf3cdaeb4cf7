import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, files } from './helpers.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

describe('arbiter (global behaviour)', () => {
  it('teaches with --help: commands, exit statuses, examples', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    for (const s of ['filter', 'conformance', 'examples', 'Exit status', '--format']) expect(r.stdout).toContain(s);
  });

  it('exits 2 on an unknown command or option', async () => {
    expect((await cli(['nope'])).code).toBe(2);
    expect((await cli(['filter', 'validate', '--bogus', 'x'])).code).toBe(2);
  });
});

describe('arbiter conformance', () => {
  const good = { kind: 'sns-filter', id: 'c1', source: 't', scope: 'MessageAttributes', policy: { a: ['x'] }, message: { attributes: { a: { Type: 'String', Value: 'x' } } }, expect: 'match' };
  const bad = { ...good, id: 'c2', expect: 'no-match' };

  it('prints the runner-contract JSON and exits 1 when a case fails', async () => {
    const f = files({ 'c.jsonl': [good, bad].map((c) => JSON.stringify(c)).join('\n') + '\n{broken\n' });
    const r = await cli(['--format', 'json', 'conformance', f['c.jsonl']!]);
    expect(r.code).toBe(1);
    const out = r.json();
    expect([out.total, out.passed, out.failed]).toEqual([2, 1, 1]);
    expect(out.kinds['sns-filter']).toEqual({ total: 2, passed: 1, failed: 1 });
    expect(out.failures[0]).toMatchObject({ id: 'c2', kind: 'sns-filter', expected: 'no-match', actual: 'match' });
    expect(out.problems).toEqual([expect.objectContaining({ line: 3 })]);
  });

  it('exits 0 when failures are all known, and 2 for an unreadable file', async () => {
    const f = files({ 'c.jsonl': JSON.stringify(bad), 'k.json': { c2: 'recorded elsewhere' } });
    expect((await cli(['conformance', '--known-failing', f['k.json']!, f['c.jsonl']!])).code).toBe(0);
    expect((await cli(['conformance', '/nonexistent.jsonl'])).code).toBe(2);
  });

  it('ends its text report with the plain count line', async () => {
    const f = files({ 'c.jsonl': JSON.stringify(good) });
    const r = await cli(['conformance', f['c.jsonl']!]);
    expect(r.stdout.trim().split('\n').pop()).toBe('1 passed, 0 failed');
  });
});

describe('arbiter examples (the main job)', () => {
  it('runs every bundled scenario and their expectations hold', async () => {
    const r = await cli(['examples', join(root, 'examples')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('every stated expectation held');
  });
});

describe('the built binary', () => {
  const bin = join(root, 'packages', 'cli', 'dist', 'bin.js');
  it.skipIf(!existsSync(bin))('runs as a process with exit statuses (needs npm run build; npm test builds first)', () => {
    const ok = spawnSync(process.execPath, [bin, 'filter', 'validate', '-'], { input: '{"a":["b"]}', encoding: 'utf8' });
    expect(ok.status).toBe(0);
    const bad = spawnSync(process.execPath, [bin, 'filter', 'validate', '-'], { input: '{"a":[]}', encoding: 'utf8' });
    expect(bad.status).toBe(1);
  });

  const cjsBuilt = ['ir', 'sns-filter', 'data-protection', 'iam'].every((p) => existsSync(join(root, 'packages', p, 'dist', 'index.cjs')));
  it.skipIf(!cjsBuilt)('ships CommonJS builds of every library (needs npm run build)', () => {
    const script = [
      "const s = require('@arbiter/sns-filter');",
      "const d = require('@arbiter/data-protection');",
      "const i = require('@arbiter/iam');",
      "const allowAll = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };",
      'process.stdout.write(JSON.stringify([',
      "  s.validateFilterPolicy({ a: [] }).ok,",
      "  d.scanText('SSN: 123-12-1234', { identifiers: ['Ssn-US'] }).value.length,",
      "  i.authorize({ identity: [allowAll] }, { action: 's3:GetObject', resource: '*' }).value.decision,",
      ']));',
    ].join('\n');
    const dir = mkdtempSync(join(root, 'node_modules', '.arbiter-cjs-'));
    const file = join(dir, 'check.cjs');
    writeFileSync(file, script);
    const run = spawnSync(process.execPath, [file], { cwd: root, encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([false, 1, 'Allow']);
  });
});
