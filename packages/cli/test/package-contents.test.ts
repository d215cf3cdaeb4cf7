/**
 * What `npm pack` would publish for each package: the builds (ESM, CommonJS, both type files),
 * the README with install and import lines, the schemas and bins where a package has them, and no
 * sources or tests. publint and attw run in CI (.ci/check-packages.sh).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
/** `extra`: files this package must also ship; `data`: files under src/ it exports as data. */
const PACKAGES: Record<string, { dir: string; extra: string[]; data?: string[] }> = {
  '@arbiter/ir': { dir: 'packages/ir', extra: [], data: ['src/ir.schema.json'] },
  '@arbiter/sns-filter': { dir: 'packages/sns-filter', extra: ['schemas/sns-filter-policy.schema.json'] },
  '@arbiter/data-protection': { dir: 'packages/data-protection', extra: ['schemas/sns-data-protection-policy.schema.json', 'dist/regex-engine-node.js', 'dist/regex-engine-browser.js', 'dist/regex-engine-node.cjs', 'dist/regex-engine-browser.cjs'] },
  '@arbiter/iam': { dir: 'packages/iam', extra: ['schemas/iam-policy.schema.json'] },
  '@arbiter/event-pattern': { dir: 'packages/event-pattern', extra: [] },
  '@arbiter/analysis': { dir: 'packages/analysis', extra: [] },
  '@arbiter/lambda': { dir: 'packages/lambda', extra: [] },
  '@arbiter/conformance': { dir: 'conformance', extra: [] },
  '@arbiter/cli': { dir: 'packages/cli', extra: ['bin/arbiter.js', 'dist/bin.js'] },
};

const built = Object.values(PACKAGES).every((p) => existsSync(join(root, p.dir, 'dist/index.js')));

function packedFiles(dir: string): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: join(root, dir), encoding: 'utf8' });
  return (JSON.parse(out) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path).sort();
}

describe('npm pack contents', () => {
  for (const [name, { dir, extra, data = [] }] of Object.entries(PACKAGES)) {
    it.runIf(built)(`${name}: builds, types, README and package.json; no sources or tests`, () => {
      const files = packedFiles(dir);
      // npm always packs a README; @arbiter/ir's arrives with the issue 10 work.
      const readme = existsSync(join(root, dir, 'README.md')) ? ['README.md'] : [];
      for (const f of ['package.json', ...readme, 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', ...extra]) expect(files).toContain(f);
      expect(files.filter((f) => (/^(src|test)\//.test(f) && !data.includes(f)) || f.endsWith('.test.ts'))).toEqual([]);
      const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as { engines?: { node?: string }; license?: string };
      expect(manifest.engines?.node).toBe('>=20');
      expect(manifest.license).toBe('Apache-2.0');
    });
  }
});

describe('package READMEs', () => {
  for (const [name, { dir }] of Object.entries(PACKAGES)) {
    const readme = join(root, dir, 'README.md');
    it(`${name}: README has an install line and an import line`, () => {
      const text = readFileSync(readme, 'utf8');
      expect(text).toMatch(new RegExp(`npm install (--save-dev |-D )?${name.replace('/', '\\/')}\\b`));
      expect(text).toMatch(new RegExp(`from '${name.replace('/', '\\/')}'`));
    });
  }
});
