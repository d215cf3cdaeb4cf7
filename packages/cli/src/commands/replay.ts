import type { Command } from 'commander';
import type { CommandContext } from '../context.js';

/** `arbiter filter replay …`, added under the `filter` command (being written). */
export function registerReplayCommand(_filter: Command, _ctx: CommandContext): void {}
