/** Compiles one statement: pre-split action globs, pre-parsed resource patterns, compiled conditions. */
import { lookupVariable } from '../context.js';
import { matchAction, prepareActionPattern } from '../match/action.js';
import { matchNotPrincipal, matchPrincipal, type PrincipalGrant } from '../match/principal.js';
import { matchResource, prepareResourcePattern, type ResourcePattern } from '../match/resource.js';
import { globFromParts, hasWildcard, type GlobPattern } from '../operators/glob.js';
import type { IamStatement, PolicyValue, StatementRef } from '../types.js';
import { compileArnMatcher } from './arn-matcher.js';
import { compileCondition, type CompiledCondition } from './compile-condition.js';
import type { PreparedRequest } from './request.js';

export interface CompiledStatement {
  ref: StatementRef;
  matchesAction(lowerAction: string): boolean;
  /** Resource, principal and conditions (the action is matched through the per-action index). */
  applies(req: PreparedRequest): boolean;
  grant(req: PreparedRequest): PrincipalGrant | undefined;
  hasPrincipal: boolean;
  /**
   * When every Resource is a fixed six-part ARN pattern: the literal start of each pattern's
   * resource part (see resource-index.ts). `undefined` when the statement cannot be indexed.
   */
  resourcePrefixes?: string[];
}

/** Literal starts of the resource parts of fixed six-part ARN patterns; `undefined` if any value is not one. */
function resourcePrefixesOf(values: PolicyValue[] | undefined): string[] | undefined {
  if (!values?.length) return undefined;
  const out = new Set<string>();
  for (const v of values) {
    if (v.hasVariables) return undefined;
    const g = globFromParts(v.parts, undefined);
    const p = g && prepareResourcePattern(g);
    if (!p || p === 'any' || 'whole' in p) return undefined;
    const part = p.parts[5] as GlobPattern;
    const wild = part.kinds.search(/[*?]/);
    const prefix = wild < 0 ? part.text : part.text.slice(0, wild);
    if (prefix === '') return undefined;
    out.add(prefix);
  }
  return [...out];
}

function compileActions(values: PolicyValue[], negate: boolean): (a: string) => boolean {
  const exact = new Set<string>();
  const globs: GlobPattern[] = [];
  let all = false;
  for (const v of values) {
    const g = prepareActionPattern(v.text);
    if (g.text === '*') all = true;
    else if (hasWildcard(g)) globs.push(g);
    else exact.add(g.text);
  }
  const test = (a: string) => all || exact.has(a) || globs.some((g) => matchAction(g, a));
  return negate ? (a) => !test(a) : test;
}

function compileResources(values: PolicyValue[] | undefined, negate: boolean): ((req: PreparedRequest) => boolean) | undefined {
  if (!values) return undefined;
  const fixed: ResourcePattern[] = [];
  const dynamic: PolicyValue[] = [];
  for (const v of values) {
    if (v.hasVariables) dynamic.push(v);
    else {
      const g = globFromParts(v.parts, undefined);
      if (g) fixed.push(prepareResourcePattern(g));
    }
  }
  const any = fixed.includes('any');
  const matchers = fixed.map((p) => (p === 'any' ? () => true : compileArnMatcher(p)));
  const test = (req: PreparedRequest): boolean => {
    if (any) return true;
    for (let i = 0; i < matchers.length; i++) if ((matchers[i] as (v: string) => boolean)(req.resource)) return true;
    for (const v of dynamic) {
      const g = globFromParts(v.parts, (k) => lookupVariable(req.context, k));
      if (g !== null && matchResource(prepareResourcePattern(g), req.resource)) return true;
    }
    return false;
  };
  return negate ? (req) => !test(req) : test;
}

export function compileStatement(st: IamStatement, ref: StatementRef): CompiledStatement {
  const matchesAction = compileActions(st.action ?? st.notAction ?? [], !st.action);
  const resource = compileResources(st.resource, false) ?? compileResources(st.notResource, true);
  const conditions: CompiledCondition[] = st.conditions.map(compileCondition);
  const grant = (req: PreparedRequest): PrincipalGrant | undefined => {
    if (st.principal) return matchPrincipal(st.principal, req.principal);
    if (st.notPrincipal) return matchNotPrincipal(st.notPrincipal, req.principal);
    return undefined;
  };
  const hasPrincipal = st.principal !== undefined || st.notPrincipal !== undefined;
  const resourcePrefixes = resourcePrefixesOf(st.resource);
  return {
    ref,
    ...(resourcePrefixes ? { resourcePrefixes } : {}),
    matchesAction,
    hasPrincipal,
    grant,
    applies(req) {
      if (resource && !resource(req)) return false;
      if (hasPrincipal && grant(req) === undefined) return false;
      for (let i = 0; i < conditions.length; i++) if (!(conditions[i] as CompiledCondition)(req.context)) return false;
      return true;
    },
  };
}
