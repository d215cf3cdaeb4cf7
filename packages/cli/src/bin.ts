import { runCli } from './program.js';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`arbiter: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 70;
  },
);
