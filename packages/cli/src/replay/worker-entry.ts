/**
 * Where the replay worker's code is. From the build it is `dist/replay-worker.js` beside the
 * bundle; from TypeScript sources (tests, `vitest`) Node cannot run `worker.ts` itself, so it is
 * bundled once per process with esbuild (a build-time tool, resolved only in that case).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// vitest and CommonJS builds define __filename; native ESM has import.meta.url.
const here = typeof __filename === 'string' ? pathToFileURL(__filename).href : import.meta.url;

let bundled: Promise<URL> | undefined;

async function bundleFromSource(): Promise<URL> {
  const require = createRequire(here);
  const esbuild = (await import(pathToFileURL(require.resolve('esbuild')).href)) as {
    build: (options: Record<string, unknown>) => Promise<unknown>;
  };
  const dir = mkdtempSync(join(tmpdir(), 'arbiter-replay-worker-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const outfile = join(dir, 'replay-worker.cjs');
  await esbuild.build({
    entryPoints: [fileURLToPath(new URL('./worker.ts', here))],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    conditions: ['arbiter-source'],
    outfile,
    logLevel: 'silent',
  });
  return pathToFileURL(outfile);
}

/** The URL to start a replay worker from. */
export function resolveWorkerEntry(): Promise<URL> {
  if (!/\.[cm]?ts$/.test(new URL(here).pathname)) return Promise.resolve(new URL('./replay-worker.js', here));
  bundled ??= bundleFromSource();
  return bundled;
}
