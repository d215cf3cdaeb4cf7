import type { CliIo } from './io.js';

export type OutputFormat = 'text' | 'json' | 'sarif';

/** What every command gets: the IO and the global options, and where it puts its exit status. */
export interface CommandContext {
  io: CliIo;
  format: () => OutputFormat;
  exitCode: number;
}
