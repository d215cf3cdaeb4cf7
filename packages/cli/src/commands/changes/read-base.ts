/**
 * The old version of a file for `validate --base REF` (git: `git show REF:./path`, run in the
 * file's folder so paths resolve the way the user sees them) or `--base-file OLD`.
 */
import { execFileSync } from 'node:child_process';
import { basename, dirname, resolve } from 'node:path';
import { CliInputError, readText, type CliIo } from '../../io.js';

/** Where the old versions come from, and how reports name it (`main`, `old.yaml`). */
export type BaseSource = { kind: 'git'; ref: string } | { kind: 'file'; path: string };

export function baseLabel(base: BaseSource): string {
  return base.kind === 'git' ? `\`${base.ref}\`` : `\`${base.path}\``;
}

function git(dir: string, args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Fails (exit 2) when REF names no commit in the repository holding `file`. */
export function checkRef(io: CliIo, file: string, ref: string): void {
  const dir = dirname(resolve(io.cwd, file));
  try {
    git(dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch (e) {
    const why = (e as { stderr?: string }).stderr?.trim();
    throw new CliInputError(`--base ${ref}: not a commit in the git repository holding \`${file}\`${why ? ` (${why})` : ''}`);
  }
}

/** The text of `file` at the base, or `undefined` when the file did not exist there (a new file). */
export function readBase(io: CliIo, file: string, base: BaseSource): string | undefined {
  if (base.kind === 'file') return readText(io, base.path);
  const full = resolve(io.cwd, file);
  try {
    return git(dirname(full), ['show', `${base.ref}:./${basename(full)}`]);
  } catch {
    return undefined;
  }
}
