/**
 * The compiled evaluator: every statement compiled once from its IR rule, its Resource, Principal
 * and condition tests interned across the whole set (test-table.ts). A request visits only the
 * statements that could apply: per distinct action a plan (memoised) holds each list's statements
 * whose Action/NotAction matches, found through the action index (action-index.ts), behind a
 * resource index (resource-index.ts). It records only the statements that apply; `decide` is shared.
 */
import type { Rule } from '@arbiter/ir';
import type { LoadedPolicy, LoadedSet } from '../policy/load.js';
import { ActionIndex } from './action-index.js';
import { compileStatement, resultOf, type CompiledStatement } from './compile-statement.js';
import { BoundFields } from './fields.js';
import { statementRef } from './reference.js';
import { indexByResource, type StatementPicker } from './resource-index.js';
import type { EvaluatedSet, PreparedRequest, StatementResult } from './request.js';
import { TestTable } from './test-table.js';

/** One policy list (identity, resource, boundary, session or an SCP level), compiled and indexed by action. */
interface StatementList {
  statements: CompiledStatement[];
  actions: ActionIndex;
}

/** Per action: each list's statements whose Action can match, behind a resource index. */
interface ActionPlan {
  identity: StatementPicker;
  resource: StatementPicker;
  boundary: StatementPicker | undefined;
  session: StatementPicker | undefined;
  scpLevels: StatementPicker[] | undefined;
}

const MAX_PLANS = 4096;
const NONE: StatementResult[] = [];

export class CompiledEvaluator {
  private readonly fields = new BoundFields();
  private readonly tests = new TestTable();
  private readonly identity: StatementList;
  private readonly resource: StatementList;
  private readonly boundary: StatementList | undefined;
  private readonly session: StatementList | undefined;
  private readonly scpLevels: StatementList[] | undefined;
  private readonly plans = new Map<string, ActionPlan>();
  private readonly plansByAction = new Map<string, ActionPlan>();
  private readonly out: EvaluatedSet;

  constructor(set: LoadedSet) {
    const compile = (list: LoadedPolicy[]): StatementList => {
      const statements = list.flatMap((p) => p.policy.statements.map((st, i) => compileStatement(p.ruleSet.rules[i] as Rule, statementRef(p, st), this.tests, this.fields)));
      return { statements, actions: new ActionIndex(statements.map((s) => s.action)) };
    };
    this.identity = compile(set.identity);
    this.resource = compile(set.resource);
    this.boundary = set.boundary && compile(set.boundary);
    this.session = set.session && compile(set.session);
    this.scpLevels = set.scpLevels?.map(compile);
    this.out = { identity: NONE, resource: NONE, boundary: this.boundary && NONE, session: this.session && NONE, scpLevels: this.scpLevels?.map(() => NONE) };
  }

  /** The plan of a request's action: by the action as written (callers repeat theirs), else lower-cased. */
  private plan(req: PreparedRequest): ActionPlan {
    let plan = this.plansByAction.get(req.action);
    if (plan) return plan;
    plan = this.plans.get(req.lowerAction);
    if (!plan) {
      plan = this.makePlan(req.lowerAction);
      if (this.plans.size >= MAX_PLANS) this.plans.clear();
      this.plans.set(req.lowerAction, plan);
    }
    if (this.plansByAction.size >= MAX_PLANS) this.plansByAction.clear();
    this.plansByAction.set(req.action, plan);
    return plan;
  }

  private makePlan(lowerAction: string): ActionPlan {
    const pick = (list: StatementList) =>
      indexByResource(
        list.actions
          .candidates(lowerAction)
          .map((i) => list.statements[i] as CompiledStatement)
          .filter((s) => s.matchesAction(lowerAction)),
      );
    return {
      identity: pick(this.identity),
      resource: pick(this.resource),
      boundary: this.boundary && pick(this.boundary),
      session: this.session && pick(this.session),
      scpLevels: this.scpLevels?.map(pick),
    };
  }

  /**
   * Statement results for the statements that apply (all others are simply absent). The set is
   * reused by the next call: `decide` reads it and keeps none of it.
   */
  evaluate(req: PreparedRequest): EvaluatedSet {
    const plan = this.plan(req);
    this.fields.request = req;
    this.tests.reset();
    const resource = req.resource;
    const out = this.out;
    out.identity = applying(plan.identity(resource), this.tests);
    out.resource = applying(plan.resource(resource), this.tests);
    if (this.boundary) out.boundary = applying((plan.boundary as StatementPicker)(resource), this.tests);
    if (this.session) out.session = applying((plan.session as StatementPicker)(resource), this.tests);
    if (this.scpLevels && out.scpLevels) {
      for (let i = 0; i < this.scpLevels.length; i++) {
        const pick = (plan.scpLevels as StatementPicker[])[i] as StatementPicker;
        out.scpLevels[i] = applying(pick(resource), this.tests);
      }
    }
    return out;
  }
}

/** The results of the statements of `list` that apply to the bound request. */
function applying(list: CompiledStatement[], tests: TestTable): StatementResult[] {
  let out: StatementResult[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const r = resultOf(list[i] as CompiledStatement, tests);
    if (r !== undefined) (out ??= []).push(r);
  }
  return out ?? NONE;
}
