import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/index.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  json: () => any;
}

/** Runs the CLI in-process with captured output. */
export async function cli(args: string[], stdin = ''): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: () => stdin,
    isTTY: false,
    cwd: process.cwd(),
  });
  return { code, stdout, stderr, json: () => JSON.parse(stdout) };
}

/** Writes files into a fresh temp folder and returns their paths by name. */
export function files(contents: Record<string, string | object>): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'arbiter-cli-'));
  const out: Record<string, string> = {};
  for (const [name, body] of Object.entries(contents)) {
    const path = join(dir, name);
    writeFileSync(path, typeof body === 'string' ? body : JSON.stringify(body));
    out[name] = path;
  }
  return out;
}
