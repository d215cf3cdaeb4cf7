import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageRoot, servePlayground } from '@arbiter/playground';

describe('servePlayground', () => {
  it("serves this package's built page by default", () => {
    expect(pageRoot()).toBe(join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'page'));
  });

  it('refuses a folder without a built page, saying how to build it', async () => {
    await expect(servePlayground({ port: 0, root: mkdtempSync(join(tmpdir(), 'arbiter-empty-')) })).rejects.toThrow('run `npm run build` first');
  });
});
