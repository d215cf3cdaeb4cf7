/**
 * Compiles one statement from its IR rule (policy/to-ir.ts) with the IR's compiled evaluator: the
 * action part for the per-action index, the resource part (and its literal ARN prefixes for the
 * resource index), the principal groups and the conditions, each a closure built once.
 */
import { compileExpr, compilePredicate, globFromText, prepareArnPattern, type CompiledExpr, type EvalEnv, type Expr, type FieldResolver, type Rule, type ValueTest } from '@arbiter/ir';
import type { PrincipalGrant } from '../match/principal.js';
import { statementParts } from '../policy/to-ir.js';
import type { StatementRef } from '../types.js';
import { fieldsOf } from './fields.js';
import { grantOf } from './grant.js';
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
function resourcePrefixesOf(resource: Expr): string[] | undefined {
  if (resource.kind !== 'any' || resource.of.length === 0) return undefined;
  const out = new Set<string>();
  for (const t of resource.of) {
    if (t.kind !== 'test' || t.predicate.op !== 'arn-like') return undefined;
    const p = prepareArnPattern(globFromText(t.predicate.pattern));
    if ('whole' in p) return undefined;
    const part = p.parts[5] as { text: string; kinds: string };
    const wild = part.kinds.search(/[*?]/);
    const prefix = wild < 0 ? part.text : part.text.slice(0, wild);
    if (prefix === '') return undefined;
    out.add(prefix);
  }
  return [...out];
}

/** Compiles an expression; `undefined` for `const true` (nothing to check). */
function compileUnlessTrue(e: Expr): CompiledExpr | undefined {
  return e.kind === 'const' && e.value ? undefined : compileExpr(e);
}

type ResourceTest = (resource: string, env: EvalEnv) => boolean;

/**
 * The Resource part: `any` (or `not any`) of tests of `['resource']`, a field with exactly one
 * value, so each predicate's compiled form is applied to the request's resource directly.
 */
function compileResource(e: Expr): ResourceTest | undefined {
  if (e.kind === 'const' && e.value) return undefined;
  const negate = e.kind === 'not';
  const inner = e.kind === 'not' ? e.expr : e;
  if (inner.kind !== 'any' || !inner.of.every((t) => t.kind === 'test' && t.field[0] === 'resource')) {
    throw new Error(`@arbiter/iam: ${e.at} is not a lowered Resource element`);
  }
  const tests = inner.of.map((t) => compilePredicate((t as Extract<Expr, { kind: 'test' }>).predicate));
  const matched: ResourceTest =
    tests.length === 1
      ? (tests[0] as ValueTest)
      : (resource, env) => {
          for (let i = 0; i < tests.length; i++) if ((tests[i] as ValueTest)(resource, env)) return true;
          return false;
        };
  return negate ? (resource, env) => !matched(resource, env) : matched;
}

export function compileStatement(rule: Rule, ref: StatementRef): CompiledStatement {
  const parts = statementParts(rule);
  const action = compileExpr(parts.action);
  const resource = compileResource(parts.resource);
  const conditions = compileUnlessTrue({ kind: 'all', of: parts.conditions, at: rule.at });
  const hasPrincipal = parts.principal.kind !== 'const';
  // Each principal group compiled once; `grantOf` walks them in rank order.
  const compiledGroups = new Map<Expr, CompiledExpr>();
  const groups = parts.principal.kind === 'any' ? parts.principal.of : [parts.principal];
  for (const g of groups) compiledGroups.set(g, compileExpr(g));
  const grant = (req: PreparedRequest): PrincipalGrant | undefined => {
    const { resolve, env } = fieldsOf(req);
    return grantOf(parts.principal, (e) => (compiledGroups.get(e) as CompiledExpr)(resolve, env));
  };
  const resourcePrefixes = resourcePrefixesOf(parts.resource);
  return {
    ref,
    ...(resourcePrefixes ? { resourcePrefixes } : {}),
    matchesAction: (lowerAction) => action(actionResolver(lowerAction)),
    hasPrincipal,
    grant,
    applies(req) {
      if (resource === undefined && conditions === undefined && !hasPrincipal) return true;
      const { resolve, env } = fieldsOf(req);
      if (resource && !resource(req.resource, env)) return false;
      if (hasPrincipal && grant(req) === undefined) return false;
      return conditions === undefined || conditions(resolve, env);
    },
  };
}

/** The action part needs only the action (the per-action index runs before any request's context). */
function actionResolver(lowerAction: string): FieldResolver {
  const values = [lowerAction];
  return (field) => (field[0] === 'action' ? values : undefined);
}

