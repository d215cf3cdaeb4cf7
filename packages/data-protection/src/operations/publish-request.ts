/** Reads a caller's publish request once, through the shared argument checks (issue 17 item 5). */
import { Arg, ArgumentCodes, diagnostic, joinPointer, readGuarded, readOptions, type Check, type Diagnostic, type OptionSpec, type Result } from '@arbiter/ir';
import type { PublishRequest } from './publish.js';

const anyValue = <T>(): Check<T> => ({ what: 'any value', accept: (_v: unknown): _v is T => true });

const REQUEST_SPEC: OptionSpec<PublishRequest> = {
  // `message` keeps its own diagnostic (`dp.message-not-text`, in the message document).
  message: anyValue<string>(),
  principal: Arg.string,
  subscriptions: Arg.object as Check<NonNullable<PublishRequest['subscriptions']>>,
  random: Arg.func as Check<() => number>,
  sampled: Arg.boolean,
  messageId: Arg.string,
  now: Arg.date,
  topicArn: Arg.string,
  mode: Arg.oneOf('reference', 'compiled'),
};

/** Each subscription is a principal ARN or `{principal, arn?}` with strings. */
function checkSubscriptions(subscriptions: Record<string, unknown>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [name, sub] of Object.entries(subscriptions)) {
    if (typeof sub === 'string') continue;
    const read = sub !== null && typeof sub === 'object' ? readOptions(sub, { principal: Arg.string, arn: Arg.string }, `request.subscriptions.${name}`) : undefined;
    if (read?.ok && read.value.principal !== undefined) continue;
    out.push(...(read && !read.ok ? read.diagnostics : [diagnostic(ArgumentCodes.wrongType, 'input', joinPointer('/request/subscriptions', name), `subscription \`${name}\` must be a principal ARN or {principal, arn?}`)]));
  }
  return out;
}

export function readPublishRequest(given: unknown): Result<PublishRequest> {
  if (given === null || typeof given !== 'object') {
    return { ok: false, diagnostics: [diagnostic(ArgumentCodes.wrongType, 'input', '/request', 'the publish request must be an object such as {message, principal}')] };
  }
  const read = readOptions(given, REQUEST_SPEC, 'request');
  if (!read.ok) return read;
  const subscriptions = read.value.subscriptions;
  if (!subscriptions) return read;
  return readGuarded(() => {
    const problems = checkSubscriptions(subscriptions);
    return problems.length > 0 ? { ok: false, diagnostics: problems } : read;
  }, 'request.subscriptions');
}
