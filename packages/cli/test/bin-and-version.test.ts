/**
 * `npx arbiter` from a fresh install: the bin npm links is a committed file that loads the build
 * (or says how to build it), and `--version` names Arbiter's packages and data.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listManagedIdentifiers } from '@arbiter/data-protection';
import { cli } from './helpers.js';

const cliDir = new URL('../', import.meta.url).pathname;
const root = new URL('../../../', import.meta.url).pathname;
const cliPackage = JSON.parse(readFileSync(join(cliDir, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string>; files: string[] };

describe('the arbiter bin', () => {
  it('is a file committed to git, shipped in the package', () => {
    const bin = cliPackage.bin['arbiter']!;
    expect(bin).toBe('./bin/arbiter.js');
    const tracked = execFileSync('git', ['ls-files', '--error-unmatch', 'bin/arbiter.js'], { cwd: cliDir, encoding: 'utf8' });
    expect(tracked.trim()).toBe('bin/arbiter.js');
    expect(cliPackage.files).toContain('bin');
    expect(readFileSync(join(cliDir, 'bin/arbiter.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('tells how to build when the build is missing (exit 2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'arbiter-bin-'));
    mkdirSync(join(dir, 'bin'));
    copyFileSync(join(cliDir, 'bin/arbiter.js'), join(dir, 'bin/arbiter.js'));
    const r = spawnSync(process.execPath, [join(dir, 'bin/arbiter.js'), '--version'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('not built yet');
    expect(r.stderr).toContain('npm run build');
  });

  it('loads dist/bin.js with the arguments when the build exists', () => {
    const dir = mkdtempSync(join(tmpdir(), 'arbiter-bin-'));
    mkdirSync(join(dir, 'bin'));
    mkdirSync(join(dir, 'dist'));
    copyFileSync(join(cliDir, 'bin/arbiter.js'), join(dir, 'bin/arbiter.js'));
    writeFileSync(join(dir, 'dist/bin.js'), 'process.stdout.write(JSON.stringify(process.argv.slice(2)));');
    const r = spawnSync(process.execPath, [join(dir, 'bin/arbiter.js'), 'validate', 'x.yaml'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(['validate', 'x.yaml']);
  });

  // After `npm ci` npm links node_modules/.bin/arbiter to the committed file (CI's .ci/check-npx.sh
  // proves it on a clean clone); here, where the install may predate the fix, only when linked.
  const link = join(root, 'node_modules/.bin/arbiter');
  it.runIf(existsSync(link) && realpathSync(link).endsWith('bin/arbiter.js') && existsSync(join(cliDir, 'dist/bin.js')))('runs as `npx arbiter --version`', () => {
    const out = execFileSync('npx', ['--no-install', 'arbiter', '--version'], { cwd: root, encoding: 'utf8' });
    expect(out.split('\n')[0]).toBe(`arbiter ${cliPackage.version}`);
  });
});

describe('arbiter --version', () => {
  it('prints Arbiter’s version, each package’s and the managed identifier table’s', async () => {
    const r = await cli(['--version']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe(`arbiter ${cliPackage.version}`);
    for (const pkg of ['ir', 'sns-filter', 'data-protection', 'iam', 'event-pattern', 'analysis']) {
      const version = (JSON.parse(readFileSync(join(root, 'packages', pkg, 'package.json'), 'utf8')) as { version: string }).version;
      expect(lines).toContain(`  @arbiter/${pkg} ${version}`);
    }
    const table = lines.find((l) => l.startsWith('  data: managed data identifiers: '));
    expect(table).toMatch(new RegExp(`: ${listManagedIdentifiers().length} identifiers, sha256:[0-9a-f]{12}$`));
  });

  it('answers in JSON with --format json', async () => {
    const r = await cli(['--format', 'json', '--version']);
    expect(r.code).toBe(0);
    const report = r.json();
    expect(report.arbiter).toBe(cliPackage.version);
    expect(report.data['managed data identifiers']).toMatch(/^\d+ identifiers, sha256:[0-9a-f]{12}$/);
    expect(report.data['IAM service authorization data']).toMatch(/^@cloud-copilot\/iam-data \d+\.\d+\.\d+$/);
    expect(report.data['AWS Region table']).toMatch(/^\d+ Regions in 8 partitions \(read \d{4}-\d{2}-\d{2}\), sha256:[0-9a-f]{12}$/);
  });

  it('still shows help without a command', async () => {
    const r = await cli([]);
    expect(r.stdout + r.stderr).toContain('Usage: arbiter');
  });
});
