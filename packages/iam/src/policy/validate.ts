/**
 * Validates a policy document as IAM and Access Analyzer do (spec §4) and builds the typed
 * {@link IamPolicy}. Every problem is collected (nothing stops at the first), each with a pointer.
 */
import { joinPointer, type Diagnostic } from '@arbiter/ir';
import { AaText, IamCodes } from '../codes.js';
import type { Effect, IamPolicy, IamStatement, PolicyKind } from '../types.js';
import { readConditionBlock } from './validate-condition.js';
import { checkPair, readActions, readPrincipal, readResources } from './validate-elements.js';
import { checkTypos } from './scan-strings.js';
import { namesPrincipals, principalNotAllowed, requiresResource } from '../kinds/elements.js';
import { describe, error, warn, type ValidationContext } from './values.js';

const TOP_ELEMENTS = new Set(['Version', 'Id', 'Statement']);
const STATEMENT_ELEMENTS = new Set(['Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Principal', 'NotPrincipal', 'Condition']);
const VERSIONS = new Set(['2012-10-17', '2008-10-17']);
export const MAX_STATEMENTS = 10_000;

/** Validates a parsed JSON value as a policy of `kind`; the policy is usable only without errors. */
export function validatePolicyDocument(doc: unknown, kind: PolicyKind): { policy: IamPolicy; diagnostics: Diagnostic[] } {
  const ctx: ValidationContext = { kind, expands: false, diagnostics: [] };
  const policy: IamPolicy = { kind, expandsVariables: false, statements: [] };
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    error(ctx, IamCodes.notObject, '', `a policy must be a JSON object, not ${describe(doc)}`, 'write `{"Version": "2012-10-17", "Statement": [...]}`');
    return { policy, diagnostics: ctx.diagnostics };
  }
  const top = doc as Record<string, unknown>;
  for (const k of Object.keys(top)) {
    if (!TOP_ELEMENTS.has(k)) error(ctx, IamCodes.invalidElement, joinPointer('', k), `Invalid policy element: \`${k}\` is not a policy element.`, 'use only `Version`, `Id` and `Statement` at the top level');
  }
  readVersion(ctx, top, policy);
  if (top.Id !== undefined) {
    if (typeof top.Id === 'string') policy.id = top.Id;
    else error(ctx, IamCodes.wrongType, '/Id', `\`Id\` must be a string, not ${describe(top.Id)}`, 'write `"Id": "my-policy"`');
  }
  const statements = top.Statement;
  if (statements === undefined) {
    error(ctx, IamCodes.missingStatement, '', AaText.missingStatement, 'add `"Statement": [{"Effect": "Allow", "Action": "...", "Resource": "..."}]`');
  } else if (Array.isArray(statements)) {
    if (statements.length > MAX_STATEMENTS) {
      error(ctx, IamCodes.tooManyStatements, '/Statement', `policy has ${statements.length} statements, more than the limit of ${MAX_STATEMENTS}`, 'split the policy');
    } else statements.forEach((s, i) => readStatement(ctx, s, joinPointer('/Statement', i), i, policy));
  } else readStatement(ctx, statements, '/Statement', 0, policy);
  checkDuplicateSids(ctx, policy);
  ctx.diagnostics.push(...checkTypos(doc));
  return { policy, diagnostics: ctx.diagnostics };
}

function readVersion(ctx: ValidationContext, top: Record<string, unknown>, policy: IamPolicy): void {
  const v = top.Version;
  if (v === undefined) {
    warn(ctx, IamCodes.missingVersion, '', AaText.missingVersion, 'add `"Version": "2012-10-17"`');
    return;
  }
  if (typeof v !== 'string' || !VERSIONS.has(v)) {
    error(ctx, IamCodes.invalidVersion, '/Version', `Invalid version: The version ${String(v)} is not valid. Use 2012-10-17 or 2008-10-17.`, 'write `"Version": "2012-10-17"`', { version: String(v) });
    return;
  }
  policy.version = v;
  policy.expandsVariables = ctx.expands = v === '2012-10-17';
}

function readStatement(ctx: ValidationContext, raw: unknown, at: string, index: number, policy: IamPolicy): void {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    error(ctx, IamCodes.wrongType, at, `a statement must be an object, not ${describe(raw)}`, 'write `{"Effect": "Allow", "Action": "...", "Resource": "..."}`');
    return;
  }
  const s = raw as Record<string, unknown>;
  const stmt: IamStatement = { index, at, effect: 'Allow', conditions: [] };
  for (const k of Object.keys(s)) {
    if (!STATEMENT_ELEMENTS.has(k)) error(ctx, IamCodes.invalidElement, joinPointer(at, k), `Invalid policy element: \`${k}\` is not a statement element.`, 'check the spelling: `Condition`, `Resource`, `Action`…');
  }
  if (s.Sid !== undefined) {
    if (typeof s.Sid === 'string') stmt.sid = s.Sid;
    else error(ctx, IamCodes.wrongType, joinPointer(at, 'Sid'), `\`Sid\` must be a string, not ${describe(s.Sid)}`, 'write `"Sid": "AllowRead"`');
  }
  readEffect(ctx, s, at, stmt);
  checkPair(ctx, s, at, 'Action', 'NotAction', true, () => error(ctx, IamCodes.missingAction, at, AaText.missingAction, 'add `"Action": "service:Action"`'));
  if (s.Action !== undefined) stmt.action = readActions(ctx, s.Action, joinPointer(at, 'Action'), 'Action');
  if (s.NotAction !== undefined) stmt.notAction = readActions(ctx, s.NotAction, joinPointer(at, 'NotAction'), 'NotAction');
  checkPair(ctx, s, at, 'Resource', 'NotResource', requiresResource(ctx.kind), () => error(ctx, IamCodes.missingResource, at, AaText.missingResource, 'add `"Resource": "*"` or an ARN'));
  if (s.Resource !== undefined) stmt.resource = readResources(ctx, s.Resource, joinPointer(at, 'Resource'), 'Resource');
  if (s.NotResource !== undefined) stmt.notResource = readResources(ctx, s.NotResource, joinPointer(at, 'NotResource'), 'NotResource');
  readPrincipals(ctx, s, at, stmt);
  if (s.Condition !== undefined) stmt.conditions = readConditionBlock(ctx, s.Condition, joinPointer(at, 'Condition'));
  policy.statements.push(stmt);
}

function readEffect(ctx: ValidationContext, s: Record<string, unknown>, at: string, stmt: IamStatement): void {
  if (s.Effect === undefined) {
    error(ctx, IamCodes.missingEffect, at, AaText.missingEffect, 'add `"Effect": "Allow"` or `"Effect": "Deny"`');
  } else if (s.Effect === 'Allow' || s.Effect === 'Deny') {
    stmt.effect = s.Effect as Effect;
  } else {
    const shown = typeof s.Effect === 'string' ? s.Effect : JSON.stringify(s.Effect) ?? String(s.Effect);
    error(ctx, IamCodes.invalidEffect, joinPointer(at, 'Effect'), AaText.invalidEffect(shown), 'write `Allow` or `Deny` (case-sensitive)', { effect: shown });
  }
}

function readPrincipals(ctx: ValidationContext, s: Record<string, unknown>, at: string, stmt: IamStatement): void {
  const has = (k: string) => Object.prototype.hasOwnProperty.call(s, k);
  if (!namesPrincipals(ctx.kind)) {
    for (const k of ['Principal', 'NotPrincipal']) {
      if (!has(k)) continue;
      const f = principalNotAllowed(ctx.kind, k);
      error(ctx, f.code, joinPointer(at, k), f.message, f.help, f.params);
    }
    return;
  }
  checkPair(ctx, s, at, 'Principal', 'NotPrincipal', true, () =>
    error(ctx, IamCodes.missingPrincipal, at, 'Missing principal: Add a Principal element to the policy statement.', 'add `"Principal": {"AWS": "arn:…"}`'),
  );
  if (has('Principal')) stmt.principal = readPrincipal(ctx, s.Principal, joinPointer(at, 'Principal'), 'Principal');
  if (has('NotPrincipal')) stmt.notPrincipal = readPrincipal(ctx, s.NotPrincipal, joinPointer(at, 'NotPrincipal'), 'NotPrincipal');
}

function checkDuplicateSids(ctx: ValidationContext, policy: IamPolicy): void {
  const seen = new Map<string, number>();
  for (const st of policy.statements) {
    if (st.sid === undefined || st.sid === '') continue;
    const first = seen.get(st.sid);
    if (first !== undefined && ctx.kind === 'resource') {
      // Other services' resource policies may repeat a Sid: Access Analyzer only recommends unique ones there.
      warn(ctx, IamCodes.duplicateSid, joinPointer(st.at, 'Sid'), `Unique Sids recommended: We recommend that you use statement IDs that are unique to your policy. Update the Sid value. (\`${st.sid}\` is also used by statement ${first}.)`, 'give every statement a unique Sid', { sid: st.sid, accessAnalyzerCode: 'UNIQUE_SIDS_RECOMMENDED', findingType: 'WARNING' });
    } else if (first !== undefined) {
      error(ctx, IamCodes.duplicateSid, joinPointer(st.at, 'Sid'), `Unique Sids required: Duplicate statement IDs are not supported for this policy type. Update the Sid value. (\`${st.sid}\` is also used by statement ${first}.)`, 'give every statement a unique Sid', { sid: st.sid });
    } else seen.set(st.sid, st.index);
  }
}
