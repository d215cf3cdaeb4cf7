/** A progress bar on stderr while replaying, only on a terminal (never in pipes, CI logs or tests). */
import cliProgress from 'cli-progress';
import type { CliIo } from '../io.js';

export interface ReplayProgress {
  /** Bytes read from disk (compressed bytes for `.gz`). */
  addBytes(n: number): void;
  addLines(n: number): void;
  stop(): void;
}

const QUIET: ReplayProgress = { addBytes: () => {}, addLines: () => {}, stop: () => {} };

/** Starts a bar over `totalBytes` when `enabled` and stderr is a terminal; otherwise does nothing. */
export function startProgress(io: CliIo, enabled: boolean, totalBytes: number, label = 'replay'): ReplayProgress {
  if (!enabled || !io.isTTY || totalBytes === 0) return QUIET;
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {percentage}% | {lines} lines | {rate} lines/s | eta {eta_formatted}`, stream: process.stderr, clearOnComplete: true, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let bytes = 0;
  let lines = 0;
  bar.start(totalBytes, 0, { lines: 0, rate: 0 });
  return {
    addBytes: (n) => {
      bytes += n;
    },
    addLines: (n) => {
      lines += n;
      const seconds = (Date.now() - started) / 1000;
      bar.update(Math.min(bytes, totalBytes), { lines, rate: seconds > 0 ? Math.round(lines / seconds) : 0 });
    },
    stop: () => bar.stop(),
  };
}
