import type { Command } from 'commander';
import type { CommandContext } from '../context.js';

/** `arbiter validate PATH…` (being written). */
export function registerValidateCommand(_program: Command, _ctx: CommandContext): void {}
