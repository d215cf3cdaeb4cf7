/** Action/NotAction, Resource/NotResource and Principal/NotPrincipal elements of one statement. */
import { joinPointer } from '@arbiter/ir';
import { AaText, IamCodes } from '../codes.js';
import type { IamPrincipal, PolicyValue } from '../types.js';
import { KindCodes } from '../kinds/codes.js';
import { describe, error, readStringList, toPolicyValue, warn, type ValidationContext } from './values.js';

const ACTION_RE = /^[A-Za-z0-9-]+:[^:\s]+$/;

export function readActions(ctx: ValidationContext, value: unknown, at: string, element: string): PolicyValue[] {
  const out: PolicyValue[] = [];
  for (const [text, p] of readStringList(ctx, value, at, element)) {
    const v = toPolicyValue(ctx, text, p, 'forbidden-element');
    if (text !== '*' && !text.includes('${') && !ACTION_RE.test(text)) {
      error(ctx, IamCodes.invalidAction, p, `invalid action \`${text}\`: write actions as \`service:ActionName\``, 'prefix the action with its service, e.g. `lambda:InvokeFunction`', { action: text });
    } else if (text.includes(',')) {
      warn(ctx, IamCodes.actionComma, p, `action \`${text}\` holds a comma and matches no action`, 'list actions as separate array items');
    }
    out.push(v);
  }
  return out;
}

export function readResources(ctx: ValidationContext, value: unknown, at: string, element: string): PolicyValue[] {
  const out: PolicyValue[] = [];
  for (const [text, p] of readStringList(ctx, value, at, element)) {
    if (text !== '*' && !/^arn:[^:]*:[^:]*:[^:]*:[^:]*:/.test(text)) {
      // Access Analyzer's two findings: no `arn:` prefix, or fewer than six fields.
      const why = text.startsWith('arn:') ? 'Missing ARN field: Resource ARNs must include at least 6 fields in the following structure: arn:partition:service:region:account:resource' : 'Invalid ARN prefix: Add the required prefix (arn) to the resource ARN.';
      error(ctx, IamCodes.invalidResource, p, `${why} (\`${text}\`)`, 'write `*` or a full ARN `arn:partition:service:region:account:resource`, wildcards allowed per part', { resource: text });
    }
    out.push(toPolicyValue(ctx, text, p, 'allowed'));
  }
  return out;
}

const PRINCIPAL_TYPES = new Set(['AWS', 'Service', 'Federated', 'CanonicalUser']);

export function readPrincipal(ctx: ValidationContext, value: unknown, at: string, element: string): IamPrincipal {
  const principal: IamPrincipal = { wildcard: false, values: {}, at };
  if (value === '*') return { ...principal, wildcard: true };
  if (typeof value === 'string') {
    // A bare ARN is shorthand for {"AWS": arn}: accepted (peer implementations do) with a warning.
    warn(ctx, IamCodes.wrongType, at, `\`${element}\` as a bare string is shorthand for {"AWS": "${value}"}`, `write \`"${element}": {"AWS": "${value}"}\``);
    toPolicyValue(ctx, value, at, 'forbidden-element');
    return { ...principal, values: { AWS: [value] } };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    error(ctx, IamCodes.wrongType, at, `\`${element}\` must be \`*\` or an object such as {"AWS": "arn:…"}, not ${describe(value)}`, 'write `{"AWS": "arn:aws:iam::123456789012:role/name"}`');
    return principal;
  }
  for (const [type, list] of Object.entries(value)) {
    const p = joinPointer(at, type);
    if (!PRINCIPAL_TYPES.has(type)) {
      error(ctx, KindCodes.invalidPrincipalKey, p, `Invalid principal key: The principal key \`${type}\` is not valid.`, 'use `AWS`, `Service`, `Federated` or `CanonicalUser`', { accessAnalyzerCode: 'INVALID_PRINCIPAL_KEY', findingType: 'ERROR', key: type });
      continue;
    }
    const texts: string[] = [];
    for (const [text, q] of readStringList(ctx, list, p, `${element}.${type}`)) {
      toPolicyValue(ctx, text, q, 'forbidden-element');
      texts.push(text);
    }
    principal.values[type] = texts;
  }
  return principal;
}

export function checkPair(ctx: ValidationContext, stmt: Record<string, unknown>, at: string, a: string, b: string, required: boolean, missing: () => void): void {
  const hasA = Object.prototype.hasOwnProperty.call(stmt, a);
  const hasB = Object.prototype.hasOwnProperty.call(stmt, b);
  if (hasA && hasB) {
    error(ctx, IamCodes.elementCombination, joinPointer(at, b), `Unsupported element combination: a statement cannot have both ${a} and ${b}.`, `keep either \`${a}\` or \`${b}\``);
  } else if (!hasA && !hasB && required) missing();
}

export { AaText };
