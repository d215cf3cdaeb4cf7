/**
 * Shared set-up of the browser tests: build the page from the current sources into a fresh folder,
 * serve it with the same server as `arbiter serve`, and drive Debian's Chromium with playwright-core.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { servePlayground, type RunningServer } from '@arbiter/playground';

export const CHROMIUM = process.env.ARBITER_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_PRESENT = existsSync(CHROMIUM);
export const SKIP_REASON = `no Chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (.ci/run does) or set ARBITER_CHROMIUM`;

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SCREENSHOTS = join(packageDir, 'screenshots');

export interface Harness {
  server: RunningServer;
  context: BrowserContext;
  /** Every URL the page asked for (the page must work offline: all of them are the server's). */
  requests: string[];
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const work = mkdtempSync(join(tmpdir(), 'arbiter-playground-'));
  const root = join(work, 'page');
  const built = spawnSync(process.execPath, [join(packageDir, 'build-page.mjs'), root], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`page build failed:\n${built.stdout}${built.stderr}`);
  const server = await servePlayground({ port: 0, root });
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  return {
    server,
    context,
    requests,
    async close() {
      await context.close();
      await server.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
