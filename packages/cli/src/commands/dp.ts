import type { Command } from 'commander';
import type { CommandContext } from '../context.js';

/** `arbiter dp …` (being written). */
export function registerDpCommands(_program: Command, _ctx: CommandContext): void {}
