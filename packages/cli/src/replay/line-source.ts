/**
 * Streams a recorded file as batches of lines (readline over a file stream, gunzipped for `.gz`),
 * so memory stays constant however long the file. A read or gzip error (a truncated `.gz`) ends
 * the file with a `LineReadError` naming the last line read, never a crash.
 */
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { CliIo } from '../io.js';
import type { LineBatch } from './replay-batch.js';

/** A file that stopped being readable part way through. */
export class LineReadError extends Error {
  constructor(
    readonly file: string,
    /** The last line read completely (0 when none). */
    readonly line: number,
    readonly reason: Error,
  ) {
    super(`${file}: ${describe(file, reason)} after line ${line}`);
  }
}

function describe(file: string, e: Error): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (file.endsWith('.gz') && code?.startsWith('Z_')) return `truncated or corrupt gzip data (${e.message})`;
  return e.message;
}

/** Why `file` cannot be read at all, or undefined when it can (checked before any replay starts). */
export function checkReadable(file: string): string | undefined {
  if (file === '-') return undefined;
  try {
    const stat = statSync(file);
    return stat.isDirectory() ? `cannot read \`${file}\`: is a directory` : undefined;
  } catch (e) {
    return `cannot read \`${file}\`: ${describe(file, e as Error)}`;
  }
}

/** Size in bytes as read from disk (compressed for `.gz`); 0 for stdin. */
export function sizeOf(file: string): number {
  return file === '-' ? 0 : statSync(file).size;
}

function openInput(io: CliIo, file: string, onBytes: (n: number) => void): Readable {
  const raw: Readable = file === '-' ? Readable.from([io.readStdin()]) : createReadStream(file);
  raw.on('data', (chunk: Buffer | string) => onBytes(chunk.length));
  if (!file.endsWith('.gz')) return raw;
  const gunzip = createGunzip();
  raw.on('error', (e) => gunzip.destroy(e));
  return raw.pipe(gunzip);
}

/** Yields the lines of `file` in batches of `size`; throws `LineReadError` when the stream fails. */
export async function* readLineBatches(io: CliIo, file: string, fileIndex: number, size: number, onBytes: (n: number) => void = () => {}): AsyncGenerator<LineBatch> {
  const lines = createInterface({ input: openInput(io, file, onBytes), crlfDelay: Infinity });
  let line = 0;
  let batch: string[] = [];
  let failure: LineReadError | undefined;
  try {
    for await (const text of lines) {
      // A byte-order mark at the start of a file is not part of the first record.
      batch.push(line === 0 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      line++;
      if (batch.length === size) {
        yield { file: fileIndex, firstLine: line - size + 1, lines: batch };
        batch = [];
      }
    }
  } catch (e) {
    failure = new LineReadError(file, line, e as Error);
  } finally {
    lines.close();
  }
  // The complete lines read before a failure are still replayed.
  if (batch.length > 0) yield { file: fileIndex, firstLine: line - batch.length + 1, lines: batch };
  if (failure) throw failure;
}
