/**
 * `arbiter serve`: serves the playground page (packages/playground/dist/page, built by
 * `npm run build`) on a local port. The page runs every evaluator in the browser; the server only
 * hands out static files, so any static host can serve the same folder.
 */
import type { Command } from 'commander';
import { servePlayground, type RunningServer } from '@arbiter/playground';
import type { CommandContext } from '../context.js';
import { CliInputError, printJson } from '../io.js';

const SERVE_HELP = `
Open the printed address in a browser: panes for SNS filter policies (both scopes), SNS data
protection and IAM with ABAC, with live verdicts, the deciding path highlighted, errors inline,
seed examples and share links. Nothing typed into the page is sent anywhere.

The server runs until interrupted (Ctrl-C). It listens on 127.0.0.1 only unless --host says
otherwise. To host the page elsewhere, copy packages/playground/dist/page/ to any static host.

Exit status: 2 when the page is not built (run \`npm run build\`) or the port cannot be used.

Examples:
  arbiter serve                        http://127.0.0.1:8080/
  arbiter serve --port 3000
  arbiter serve --host 0.0.0.0 --port 8080     reachable from other machines
  arbiter serve --dir ./my-copy-of-the-page`;

const running = new Set<RunningServer>();

/** Closes every server this process started (tests; the CLI itself stops on a signal). */
export async function stopServing(): Promise<void> {
  await Promise.all([...running].map((s) => s.close()));
  running.clear();
}

export function registerServeCommand(program: Command, ctx: CommandContext): void {
  program
    .command('serve')
    .description('serve the playground page: verdicts and their reasons, live in the browser')
    .option('--port <port>', 'port to listen on (0 picks a free one)', '8080')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--dir <dir>', 'folder to serve (default: the built page of @arbiter/playground)')
    .addHelpText('after', SERVE_HELP)
    .action(async (opts: { port: string; host: string; dir?: string }) => {
      const port = Number(opts.port);
      if (!/^\d+$/.test(opts.port) || port > 65535) throw new CliInputError(`--port must be a number from 0 to 65535, got \`${opts.port}\``);
      let server: RunningServer;
      try {
        server = await servePlayground({ port, host: opts.host, ...(opts.dir ? { root: opts.dir } : {}) });
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        const why = err.code === 'EADDRINUSE' ? `port ${port} is in use (try --port 0)` : err.code === 'EADDRNOTAVAIL' ? `cannot listen on \`${opts.host}\`` : err.message;
        throw new CliInputError(why);
      }
      running.add(server);
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stopServing());
      if (ctx.format() === 'json') printJson(ctx.io, { url: server.url, port: server.port });
      else ctx.io.stdout(`Arbiter playground at ${server.url} (Ctrl-C to stop)\n`);
    });
}
