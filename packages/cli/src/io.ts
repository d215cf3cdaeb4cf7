/** Where the CLI reads and writes; injected so tests can run commands in-process. */
import { readFileSync } from 'node:fs';
import { constants as zlibConstants, gunzipSync } from 'node:zlib';
import { formatDiagnostic, parseJsonSafe, type Diagnostic, type DocumentKind } from '@arbiter/ir';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads all of standard input. */
  readStdin: () => string;
  /** True when stderr is a terminal (progress bars only then). */
  isTTY: boolean;
  cwd: string;
}

export const EXIT_OK = 0;
/** No match, invalid policy, failed cases, denied request. */
export const EXIT_NEGATIVE = 1;
/** Unusable input: unreadable file, malformed JSON where a document was required, bad flags. */
export const EXIT_USAGE = 2;

/** An input the command cannot use: printed as one line, exit status 2. */
export class CliInputError extends Error {
  constructor(
    message: string,
    readonly diagnostics: Diagnostic[] = [],
  ) {
    super(message);
  }
}

export function nodeIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readStdin: () => readFileSync(0, 'utf8'),
    isTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
  };
}

/** Reads a file as UTF-8 text (`-` is stdin, `.gz` is gunzipped). */
export function readText(io: CliIo, path: string): string {
  if (path === '-') return io.readStdin();
  try {
    const buf = readFileSync(path);
    return (path.endsWith('.gz') ? gunzipTolerant(io, path, buf) : buf).toString('utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : err.message;
    throw new CliInputError(`cannot read \`${path}\`: ${why}`);
  }
}

/**
 * Gunzips `buf`; a truncated or corrupt stream keeps the complete lines before the cut and says so
 * on stderr (so `conformance` still runs every whole case), instead of failing the whole file.
 */
function gunzipTolerant(io: CliIo, path: string, buf: Buffer): Buffer {
  try {
    return gunzipSync(buf);
  } catch (e) {
    let partial: Buffer;
    try {
      partial = gunzipSync(buf, { finishFlush: zlibConstants.Z_SYNC_FLUSH });
    } catch {
      throw e;
    }
    const cut = partial.lastIndexOf(0x0a) + 1;
    const lines = partial.subarray(0, cut).toString('utf8').split('\n').length - 1;
    io.stderr(`warning: \`${path}\`: truncated or corrupt gzip data (${(e as Error).message}); reading the ${lines} complete lines before the cut\n`);
    return partial.subarray(0, cut);
  }
}

/** Reads and parses a JSON document; malformed JSON is a one-line input error with line and column. */
export function readJson(io: CliIo, path: string, document: DocumentKind): unknown {
  const text = readText(io, path);
  const parsed = parseJsonSafe(text, { document, loneSurrogates: 'ignore' });
  if (!parsed.ok) {
    const d = parsed.diagnostics[0];
    const where = d?.params?.line !== undefined ? `:${d.params.line}:${d.params.column}` : '';
    throw new CliInputError(`${path === '-' ? '<stdin>' : path}${where}: ${d?.message ?? 'invalid JSON'}`, parsed.diagnostics);
  }
  return parsed.value.value;
}

export function printDiagnostics(io: CliIo, diagnostics: readonly Diagnostic[], label?: string): void {
  for (const d of diagnostics) io.stdout(`${label ? `${label}: ` : ''}${formatDiagnostic(d)}\n`);
}

export function printJson(io: CliIo, value: unknown): void {
  io.stdout(JSON.stringify(value, null, 2) + '\n');
}
