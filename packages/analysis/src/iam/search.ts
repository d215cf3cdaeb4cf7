/**
 * The search for a request: assign each request variable one of its states (states.ts), depth
 * first, pruning with three-valued evaluation of the goal. A test is decided only once its variable
 * and every variable its templates read are assigned; it is then decided by the IR's reference
 * evaluator on @arbiter/iam's own request fields (`fieldsOf`), so the search reads requests exactly
 * as IAM does. `none` is a proof (every state list it met was complete); otherwise `unknown`.
 */
import { evaluateTest, type EvalEnv, type Expr, type FieldResolver, type TestExpr } from '@arbiter/ir';
import { checkRequest, fieldsOf } from '@arbiter/iam';
import { evaluateThreeValued, FALSE, TRUE, UNKNOWN, type Truth } from '../engine/partial.js';
import { MAX_SEARCH_NODES } from '../engine/search.js';
import { statesOf, type StateContext, type States, type VariableValue } from './states.js';
import { ACTION, PRINCIPAL, RESOURCE, contextVariable, templateKeys, variableOfField, variablesOf, type Variable, type VariableId } from './variables.js';

export type RequestAssignment = Map<VariableId, VariableValue>;

export type RequestSearch = { kind: 'found'; assignment: RequestAssignment } | { kind: 'none' } | { kind: 'unknown'; reason: string };

export interface RequestSpaceOptions {
  texts: readonly string[];
  foreignOnly?: ReadonlySet<VariableId>;
}

/** The request fields of an assignment, as @arbiter/iam resolves them. */
export function requestFields(assignment: ReadonlyMap<VariableId, VariableValue>): { resolve: FieldResolver; env: EvalEnv } {
  const context: Record<string, unknown> = {};
  for (const [id, value] of assignment) if (id.startsWith('ctx:') && value !== undefined) context[id.slice(4)] = value;
  const action = assignment.get(ACTION);
  const resource = assignment.get(RESOURCE);
  const principal = assignment.get(PRINCIPAL);
  const prepared = checkRequest({
    action: typeof action === 'string' ? action : 'unassigned:action',
    ...(typeof resource === 'string' ? { resource } : {}),
    ...(typeof principal === 'string' ? { principal } : {}),
    context,
  });
  if (!prepared.ok) throw new Error(`@arbiter/analysis: a built request was refused: ${prepared.diagnostics[0]?.message}`);
  return fieldsOf(prepared.value);
}

export class RequestSpace {
  readonly variables: Variable[];
  private readonly byId: Map<VariableId, Variable>;
  private readonly memo = new Map<string, States>();
  /** The variables each test needs assigned before it can be decided. */
  private readonly needs = new WeakMap<TestExpr, VariableId[]>();

  constructor(exprs: readonly Expr[], readonly options: RequestSpaceOptions) {
    this.variables = variablesOf(exprs, [ACTION, RESOURCE]);
    this.byId = new Map(this.variables.map((v) => [v.id, v]));
  }

  /** The states of `v` under the assignment of the variables it reads (memoized by their values). */
  statesOf(v: Variable, assignment: RequestAssignment): States {
    const key = `${v.id}\u0000${JSON.stringify([...v.reads].map((r) => assignment.get(r) ?? null))}`;
    let states = this.memo.get(key);
    if (!states) {
      const ctx: StateContext = {
        fieldsWith: (id, value) => requestFields(new Map(assignment).set(id, value)),
        env: requestFields(assignment).env,
        variables: this.byId,
        texts: this.options.texts,
        ...(this.options.foreignOnly ? { foreignOnly: this.options.foreignOnly } : {}),
      };
      states = statesOf(v, ctx);
      if ([...v.reads].some((r) => !assignment.has(r))) states = { ...states, complete: false, reason: 'variables read each other in a cycle' };
      this.memo.set(key, states);
    }
    return states;
  }

  /** Whether a test can be decided under the assignment: its variable and its templates' variables are set. */
  decidable(t: TestExpr, assignment: RequestAssignment): boolean {
    let needs = this.needs.get(t);
    if (!needs) this.needs.set(t, (needs = [variableOfField(t.field), ...templateKeys(t.predicate).map(contextVariable)]));
    for (const id of needs) if (!assignment.has(id)) return false;
    return true;
  }

  find(goal: Expr): RequestSearch {
    const assignment: RequestAssignment = new Map();
    let fields: { resolve: FieldResolver; env: EvalEnv } | undefined;
    const truthOf = (t: TestExpr): Truth => {
      if (!this.decidable(t, assignment)) return UNKNOWN;
      fields ??= requestFields(assignment);
      return evaluateTest(t, fields.resolve, fields.env) ? TRUE : FALSE;
    };
    const reasons = new Set<string>();
    let nodes = 0;
    let exhausted = false;
    const visit = (i: number): boolean => {
      const truth = evaluateThreeValued(goal, truthOf);
      if (truth === FALSE) return false;
      if (truth === TRUE) return true;
      if (i === this.variables.length) return false;
      const v = this.variables[i]!;
      const states = this.statesOf(v, assignment);
      if (!states.complete) reasons.add(`${describe(v.id)}: ${states.reason ?? 'values not covered completely'}`);
      for (const value of states.states) {
        if (++nodes > MAX_SEARCH_NODES) {
          exhausted = true;
          return false;
        }
        assignment.set(v.id, value);
        fields = undefined;
        if (visit(i + 1)) return true;
        if (exhausted) return false;
      }
      assignment.delete(v.id);
      fields = undefined;
      return false;
    };
    if (visit(0)) return { kind: 'found', assignment };
    if (exhausted) return { kind: 'unknown', reason: `the search passed ${MAX_SEARCH_NODES} states` };
    if (reasons.size > 0) return { kind: 'unknown', reason: [...reasons].join('; ') };
    return { kind: 'none' };
  }
}

function describe(id: VariableId): string {
  return id.startsWith('ctx:') ? `condition key \`${id.slice(4)}\`` : `the ${id}`;
}
