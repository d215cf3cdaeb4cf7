/**
 * What a request must carry for an action to be allowed (ABAC): for each condition key the
 * policies test or read, whether every allowed request of that action has it — proved by showing
 * that no allowed request lacks it — with the conditions of the Allow statements that compare it,
 * and one allowed request as an example.
 */
import { all, Arg, checkArgument, evaluateReference, fail, ok, test, type Expr, type Predicate, type Result } from '@arbiter/ir';
import { statementParts, type IamRequest } from '@arbiter/iam';
import { readKind, witnessFor } from './diff.js';
import { isAllowed, loadSide, spellingsOf, type AnalysedKind, type PolicySide } from './policies.js';
import { RequestSpace } from './search.js';
import { findOrProveEmpty } from './widen.js';

export interface RequiredKey {
  /** The key as the policies spell it. */
  key: string;
  /** How the Allow statements compare it: `StringEquals ${aws:PrincipalTag/project-name}`. */
  conditions: string[];
}

export interface ActionRequirements {
  action: string;
  /** An allowed request of this action (null: the policies never allow it). */
  allowed: IamRequest | null;
  /** Keys every allowed request of this action carries. */
  required: RequiredKey[];
  /** Keys (or the whole question) the engine could not decide, with why. */
  undecided: Array<{ key: string; reason: string }>;
}

/** The conditions on `lowerKey` of the Allow statements whose Action matches `lowerAction`. */
function conditionsOn(side: PolicySide, lowerKey: string, lowerAction: string): string[] {
  const out: string[] = [];
  const statements = side.policies.flatMap((p) => p.statements);
  const resolve = (field: readonly string[]) => (field[0] === 'action' ? [lowerAction] : undefined);
  statements.forEach((st, i) => {
    const rule = side.rules[i];
    if (st.effect !== 'Allow' || !rule || !evaluateReference(statementParts(rule).action, resolve).value) return;
    {
      for (const c of st.conditions) if (c.lowerKey === lowerKey) out.push(`${c.operatorText} ${c.values.map((v) => v.text).join(' | ')}`);
      for (const c of st.conditions) {
        for (const v of c.values) if (v.parts.some((p) => p.kind === 'var' && p.lowerKey === lowerKey)) out.push(`${c.key} ${c.operatorText} ${v.text}`);
      }
    }
  });
  return [...new Set(out)];
}

export function requiredKeys(policies: unknown, options: { action: string; kind?: AnalysedKind }): Result<ActionRequirements> {
  const bad = checkArgument(options?.action, Arg.string, 'action');
  if (bad.length || options.action === '') return fail(bad.length ? bad : checkArgument(undefined, Arg.string, 'action'));
  const kind = readKind({ kind: options.kind });
  if (!kind.ok) return kind;
  const loaded = loadSide(policies, kind.value, 'policy');
  if (!loaded.ok) return loaded;
  const side = loaded.value;
  const names = spellingsOf([side]);
  const lowerAction = options.action.toLowerCase();
  names.actions.set(lowerAction, options.action);
  const goal = all([side.allowed, test(['action'], { op: 'exact', value: lowerAction, at: '' }, '')], '');
  const space = new RequestSpace([goal], { texts: names.texts });
  const confirm = (r: IamRequest) => isAllowed(side, r);
  const example = witnessFor(goal, space, names, confirm);
  const result: ActionRequirements = { action: options.action, allowed: example.request, required: [], undecided: [] };
  if (example.unknown !== undefined) result.undecided.push({ key: '*', reason: example.unknown });
  if (!example.request) return ok(result);
  for (const v of space.variables) {
    if (!v.id.startsWith('ctx:')) continue;
    const lowerKey = v.id.slice(4);
    const lacking: Expr = all([goal, test(['context-set', lowerKey], { op: 'exists', value: false, at: '' } as Predicate, '')], '');
    const found = findOrProveEmpty(new RequestSpace([lacking], { texts: names.texts }), lacking);
    const key = names.keys.get(lowerKey) ?? lowerKey;
    if (found.kind === 'none') result.required.push({ key, conditions: conditionsOn(side, lowerKey, lowerAction) });
    else if (found.kind === 'unknown') result.undecided.push({ key, reason: found.reason });
  }
  return ok(result);
}


