/**
 * `diffFilterPolicies`: how the set of messages a new SNS filter policy delivers relates to the
 * old one's, with a witness message for each part that is not empty.
 */
import { any, Arg, fail, ok, readOptions, type Expr, type Result, type RuleSet } from '@arbiter/ir';
import { compileFilterPolicy, validateFilterPolicy, type FilterMatcher, type FilterPolicyScope, type SnsMessage } from '@arbiter/sns-filter';
import { compareExprs, type Comparison } from '../engine/relation.js';
import { buildSnsMessage, snsProbes, snsShape } from './message.js';

export interface DiffOptions {
  scope?: FilterPolicyScope;
}

export type FilterDiff = Comparison<SnsMessage>;

/** The IR expression a rule set delivers on. */
export function acceptsExpr(ruleSet: RuleSet): Expr {
  return ruleSet.rules.length === 1 ? ruleSet.rules[0]!.when : any(ruleSet.rules.map((r) => r.when), '');
}

export interface CompiledSide {
  expr: Expr;
  matcher: FilterMatcher;
}

/** Validates and compiles one policy for analysis; diagnostics keep their pointers, prefixed by `label`. */
export function compileSide(policy: unknown, scope: FilterPolicyScope, label: string): Result<CompiledSide> {
  const validated = validateFilterPolicy(policy as never, { scope });
  if (!validated.ok) return fail(validated.diagnostics.map((d) => ({ ...d, params: { ...d.params, policy: label } })));
  const compiled = compileFilterPolicy(policy as never, { scope });
  if (!compiled.ok) return fail(compiled.diagnostics);
  return ok({ expr: acceptsExpr(validated.value.ruleSet), matcher: compiled.value });
}

export function compareSides(oldSide: CompiledSide, newSide: CompiledSide, scope: FilterPolicyScope): FilterDiff {
  return compareExprs(oldSide.expr, newSide.expr, {
    shapeOf: () => snsShape(scope),
    build: (assignment) => buildSnsMessage(assignment, scope),
    acceptsOld: (m) => oldSide.matcher.match(m).delivered,
    acceptsNew: (m) => newSide.matcher.match(m).delivered,
    probes: snsProbes(scope),
  });
}

export function diffFilterPolicies(oldPolicy: unknown, newPolicy: unknown, options: DiffOptions = {}): Result<FilterDiff> {
  const read = readOptions<DiffOptions>(options, { scope: Arg.oneOf('MessageAttributes', 'MessageBody') });
  if (!read.ok) return read;
  const scope = read.value.scope ?? 'MessageAttributes';
  const oldSide = compileSide(oldPolicy, scope, 'old');
  const newSide = compileSide(newPolicy, scope, 'new');
  if (!oldSide.ok || !newSide.ok) return fail([...(oldSide.ok ? [] : oldSide.diagnostics), ...(newSide.ok ? [] : newSide.diagnostics)]);
  return ok(compareSides(oldSide.value, newSide.value, scope));
}
