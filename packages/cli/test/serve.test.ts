import { afterEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stopServing } from '../src/commands/serve.js';
import { cli } from './helpers.js';

/** A stand-in page folder: these tests check the server, the browser tests check the real page. */
function pageDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'arbiter-serve-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(dir, 'app.js'), 'export {};');
  mkdirSync(join(dir, 'sub'));
  return dir;
}

describe('arbiter serve', () => {
  afterEach(() => stopServing());

  it('serves the page folder with types and a same-origin content policy, and nothing outside it', async () => {
    const dir = pageDir();
    writeFileSync(join(dir, '..', 'secret.txt'), 'no');
    const run = await cli(['--format', 'json', 'serve', '--port', '0', '--dir', dir]);
    expect(run.code).toBe(0);
    const { url } = run.json() as { url: string };
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const index = await fetch(url);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await index.text()).toContain('<title>t</title>');
    expect((await fetch(url + 'app.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(url + 'missing.js')).status).toBe(404);
    expect((await fetch(url + 'sub')).status).toBe(404);
    expect((await fetch(url + '..%2fsecret.txt')).status).toBe(404);
    expect((await fetch(url + '%E0%A4%A')).status).toBe(404);
    expect((await fetch(url, { method: 'POST' })).status).toBe(405);
  });

  it('prints the address for people', async () => {
    const run = await cli(['serve', '--port', '0', '--dir', pageDir()]);
    expect(run.stdout).toMatch(/^Arbiter playground at http:\/\/127\.0\.0\.1:\d+\/ \(Ctrl-C to stop\)\n$/);
  });

  it('is unusable input (exit 2) when the page is not built, the port is taken or bad', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'arbiter-serve-empty-'));
    const notBuilt = await cli(['serve', '--port', '0', '--dir', empty]);
    expect(notBuilt.code).toBe(2);
    expect(notBuilt.stderr).toContain('run `npm run build` first');

    const taken = createServer();
    await new Promise<void>((done) => taken.listen(0, '127.0.0.1', done));
    const port = (taken.address() as { port: number }).port;
    const busy = await cli(['serve', '--port', String(port), '--dir', pageDir()]);
    taken.close();
    expect(busy.code).toBe(2);
    expect(busy.stderr).toBe(`arbiter: port ${port} is in use (try --port 0)\n`);

    const bad = await cli(['serve', '--port', 'http']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--port must be a number');
  });

  it('teaches in its help', async () => {
    const help = await cli(['serve', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('packages/playground/dist/page/');
    expect(help.stdout).toContain('arbiter serve --port 3000');
  });
});
