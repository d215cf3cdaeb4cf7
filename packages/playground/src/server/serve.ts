/**
 * A static-file server for the built playground (node:http, GET/HEAD only, nothing outside the
 * page folder). The page needs no server logic: any static host serves `dist/page/` as well.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ServeOptions {
  /** Default 8080; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1 (local only). */
  host?: string;
  /** The folder to serve; default the built page, {@link pageRoot}. */
  root?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

// Everything the page loads is its own: the policy refuses any other origin (works offline).
// 'unsafe-eval': Ajv (the data protection policy schema) compiles its validators to functions;
// 'unsafe-inline' styles: CodeMirror writes its theme into a <style> element.
const CSP = "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'";

/** The built page: `dist/page/` of this package, from either `src/server/` or `dist/`. */
export function pageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'dist', 'page');
    dir = dirname(dir);
  }
  return join(dirname(fileURLToPath(import.meta.url)), 'page');
}

function fileFor(root: string, url: string): string | undefined {
  const pathname = decodeURIComponent(new URL(url, 'http://x').pathname);
  const target = normalize(join(root, pathname.endsWith('/') ? pathname + 'index.html' : pathname));
  if (target !== root && !target.startsWith(root + sep)) return undefined;
  return existsSync(target) && statSync(target).isFile() ? target : undefined;
}

function handle(root: string, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  let file: string | undefined;
  try {
    file = fileFor(root, req.url ?? '/');
  } catch {
    file = undefined; // a malformed %-escape
  }
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n');
    return;
  }
  const body = readFileSync(file);
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': body.length,
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Starts serving; rejects when the page is not built or the port cannot be bound. */
export function servePlayground(options: ServeOptions = {}): Promise<RunningServer> {
  const root = resolve(options.root ?? pageRoot());
  if (!existsSync(join(root, 'index.html'))) {
    return Promise.reject(new Error(`no built playground at \`${root}\` (run \`npm run build\` first)`));
  }
  const host = options.host ?? '127.0.0.1';
  const server = createServer((req, res) => handle(root, req, res));
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : (options.port ?? 8080);
      const shownHost = host.includes(':') ? `[${host}]` : host;
      resolveServer({
        url: `http://${shownHost}:${port}/`,
        port,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
