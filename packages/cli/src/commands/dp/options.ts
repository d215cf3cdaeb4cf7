/** Option parsing shared by the `arbiter dp` commands: repeatable NAME=VALUE pairs, seeds, colour. */
import { InvalidArgumentError } from 'commander';
import type { CommandContext } from '../../context.js';

/** A commander argument parser that collects `NAME=VALUE` into a list; `what` names the value in errors. */
export function collectPairs(what: string): (value: string, previous: Array<[string, string]> | undefined) => Array<[string, string]> {
  return (value, previous = []) => {
    const eq = value.indexOf('=');
    if (eq <= 0 || eq === value.length - 1) throw new InvalidArgumentError(`expected NAME=${what}, got \`${value}\``);
    const name = value.slice(0, eq);
    if (previous.some(([n]) => n === name)) throw new InvalidArgumentError(`\`${name}\` is given twice`);
    return [...previous, [name, value.slice(eq + 1)]];
  };
}

/** Parses a non-negative integer option (`--seed`, `--context`). */
export function parseNonNegativeInteger(value: string): number {
  if (!/^\d{1,10}$/.test(value) || Number(value) > 0xffffffff) throw new InvalidArgumentError(`expected an integer from 0 to 4294967295, got \`${value}\``);
  return Number(value);
}

/** `--seed` makes Audit sampling reproducible. */
export { seededRandom } from '@arbiter/ir';

export type ColourWhen = 'auto' | 'always' | 'never';

/**
 * Colour only for people: `auto` colours when the CLI writes to a terminal (the injected IO says
 * so and the real stdout is one) and NO_COLOR is unset.
 */
export function wantsColour(ctx: CommandContext, when: ColourWhen): boolean {
  if (when !== 'auto') return when === 'always';
  if (process.env['NO_COLOR'] !== undefined && process.env['NO_COLOR'] !== '') return false;
  return ctx.io.isTTY && Boolean(process.stdout.isTTY);
}

/** Control characters from a scanned message would drive the terminal: show them as control pictures instead. */
export function showControls(text: string, keepNewlines = true): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f\n]/g, (c, at: number) => {
    if (c === '\n') return keepNewlines ? c : '\u21b5';
    if (c === '\r' && keepNewlines && text.charCodeAt(at + 1) === 10) return c;
    return c === '\u007f' ? '\u2421' : String.fromCharCode(0x2400 + c.charCodeAt(0));
  });
}

/** `1 error`, `3 errors`. */
export function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
