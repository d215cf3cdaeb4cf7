/**
 * The compiled evaluator: every statement compiled once from its IR rule, plus a per-action index (memoised: the
 * statements whose Action/NotAction match an action are found once per distinct action) and, for
 * long lists, a resource index (resource-index.ts). A request then touches only those statements
 * and records only the ones that apply; `decide` is shared.
 */
import type { Rule } from '@arbiter/ir';
import type { LoadedPolicy, LoadedSet } from '../policy/load.js';
import { compileStatement, type CompiledStatement } from './compile-statement.js';
import { statementRef } from './reference.js';
import { indexByResource, type StatementPicker } from './resource-index.js';
import type { EvaluatedSet, PreparedRequest, StatementResult } from './request.js';

/** Per action: each list's statements whose Action can match, behind a resource index. */
interface ActionPlan {
  identity: StatementPicker;
  resource: StatementPicker;
  boundary: StatementPicker | undefined;
  session: StatementPicker | undefined;
  scpLevels: StatementPicker[] | undefined;
}

const MAX_PLANS = 4096;

function compilePolicies(list: LoadedPolicy[]): CompiledStatement[] {
  return list.flatMap((p) => p.policy.statements.map((st, i) => compileStatement(p.ruleSet.rules[i] as Rule, statementRef(p, st))));
}

export class CompiledEvaluator {
  private readonly identity: CompiledStatement[];
  private readonly resource: CompiledStatement[];
  private readonly boundary: CompiledStatement[] | undefined;
  private readonly session: CompiledStatement[] | undefined;
  private readonly scpLevels: CompiledStatement[][] | undefined;
  private readonly plans = new Map<string, ActionPlan>();

  constructor(set: LoadedSet) {
    this.identity = compilePolicies(set.identity);
    this.resource = compilePolicies(set.resource);
    this.boundary = set.boundary && compilePolicies(set.boundary);
    this.session = set.session && compilePolicies(set.session);
    this.scpLevels = set.scpLevels?.map(compilePolicies);
  }

  private plan(lowerAction: string): ActionPlan {
    let plan = this.plans.get(lowerAction);
    if (!plan) {
      const pick = (list: CompiledStatement[]) => indexByResource(list.filter((s) => s.matchesAction(lowerAction)));
      plan = {
        identity: pick(this.identity),
        resource: pick(this.resource),
        boundary: this.boundary && pick(this.boundary),
        session: this.session && pick(this.session),
        scpLevels: this.scpLevels?.map(pick),
      };
      if (this.plans.size >= MAX_PLANS) this.plans.clear();
      this.plans.set(lowerAction, plan);
    }
    return plan;
  }

  /** Statement results for the statements that apply (all others are simply absent). */
  evaluate(req: PreparedRequest): EvaluatedSet {
    const plan = this.plan(req.lowerAction);
    return {
      identity: applying(plan.identity(req.resource), req),
      resource: applying(plan.resource(req.resource), req),
      boundary: plan.boundary && applying(plan.boundary(req.resource), req),
      session: plan.session && applying(plan.session(req.resource), req),
      scpLevels: plan.scpLevels?.map((l) => applying(l(req.resource), req)),
    };
  }
}

const NONE: StatementResult[] = [];

function applying(list: CompiledStatement[], req: PreparedRequest): StatementResult[] {
  let out: StatementResult[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const s = list[i] as CompiledStatement;
    if (!s.applies(req)) continue;
    const r: StatementResult = { ref: s.ref, applies: true };
    if (s.hasPrincipal) {
      const g = s.grant(req);
      if (g) r.grant = g;
    }
    (out ??= []).push(r);
  }
  return out ?? NONE;
}
