/**
 * The README's library examples are runnable: every ```js block is written to a module at the repo
 * root and run with Node against the built packages (npm test builds first). Each block asserts
 * its own results with node:assert.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1] as string);
const built = ['ir', 'sns-filter', 'data-protection', 'iam'].every((p) => existsSync(join(root, 'packages', p, 'dist', 'index.js')));
const dir = join(root, 'node_modules', '.arbiter-readme-examples');

describe('README examples', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has library examples for every evaluator', () => {
    for (const pkg of ['@arbiter/sns-filter', '@arbiter/data-protection', '@arbiter/iam']) {
      expect(blocks.some((b) => b.includes(`from '${pkg}'`))).toBe(true);
    }
  });

  blocks.forEach((code, i) => {
    it.skipIf(!built)(`block ${i + 1} runs and its assertions hold (needs npm run build)`, () => {
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `example-${i + 1}.mjs`);
      writeFileSync(file, code);
      const run = spawnSync(process.execPath, [file], { cwd: root, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    });
  });
});
