import type { Command } from 'commander';
import type { CommandContext } from '../context.js';

/** `arbiter iam …` (being written). */
export function registerIamCommands(_program: Command, _ctx: CommandContext): void {}
