/**
 * What `filter replay` and `conformance --record` share: the subscriptions (from `--subscriptions`
 * or `--template`), the message decoder, and readable input files.
 * Anything unusable here is an input error (exit status 2) before a single line is read.
 */
import { formatDiagnostic } from '@arbiter/ir';
import type { CommandContext } from '../context.js';
import { CliInputError, readJson, readText } from '../io.js';
import { decoderFor, type PathOptions } from './json-path.js';
import { checkReadable } from './line-source.js';
import type { ValueDecoder } from './records.js';
import { subscriptionsFromTemplate } from './template-subscriptions.js';
import { buildTarget, type ReplayTarget, type SubscriptionSpec } from './target.js';

export interface ReplayInputOptions extends PathOptions {
  subscriptions?: string;
  template?: string;
  messages: string[];
}

export interface ReplayInput {
  target: ReplayTarget;
  decode: ValueDecoder;
  files: string[];
}

/** The subscriptions named by `--subscriptions FILE` or `--template FILE` (exactly one). */
export function readSubscriptions(ctx: CommandContext, opts: Pick<ReplayInputOptions, 'subscriptions' | 'template'>): SubscriptionSpec[] {
  if ((opts.subscriptions === undefined) === (opts.template === undefined)) throw new CliInputError('give exactly one of --subscriptions FILE or --template FILE');
  if (opts.template !== undefined) {
    const found = subscriptionsFromTemplate(opts.template, readText(ctx.io, opts.template));
    if (typeof found === 'string') throw new CliInputError(found);
    for (const s of found.skipped) ctx.io.stderr(`warning: ${s}\n`);
    if (found.subscriptions.length === 0) throw new CliInputError(`${opts.template}: no subscription can be replayed (see the warnings)`);
    return found.subscriptions;
  }
  const file = opts.subscriptions as string;
  const subs = readJson(ctx.io, file, 'input');
  if (!Array.isArray(subs)) throw new CliInputError(`${file}: expected a JSON array of {"id", "policy", "scope"}`);
  return subs as SubscriptionSpec[];
}

/** Loads and checks everything a replay needs; throws `CliInputError` (exit 2) on unusable input. */
export function loadReplayInput(ctx: CommandContext, opts: ReplayInputOptions): ReplayInput {
  const subscriptions = readSubscriptions(ctx, opts);
  const source = opts.subscriptions ?? opts.template ?? '';
  const target = buildTarget(subscriptions);
  if (!target.ok) {
    const errors = target.diagnostics.filter((d) => d.severity === 'error');
    for (const d of errors) ctx.io.stderr(`${source}: ${formatDiagnostic(d)}\n`);
    throw new CliInputError(`${source}: ${errors.length} invalid subscription ${errors.length === 1 ? 'policy problem' : 'policy problems'}; nothing replayed`, target.diagnostics);
  }
  for (const d of target.warnings) ctx.io.stderr(`${source}: ${formatDiagnostic(d)}\n`);
  const decode = decoderFor(opts);
  if (typeof decode === 'string') throw new CliInputError(decode);
  if (opts.messages.length === 0) throw new CliInputError('give at least one --messages FILE');
  if (opts.messages.filter((f) => f === '-').length > 1) throw new CliInputError('standard input (`-`) can be given only once');
  for (const file of opts.messages) {
    const problem = checkReadable(file);
    if (problem) throw new CliInputError(problem);
  }
  return { target: target.value, decode, files: opts.messages };
}
