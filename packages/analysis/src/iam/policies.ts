/**
 * A list of IAM policies of one kind as the question "is this request allowed": validated and
 * lowered by @arbiter/iam, then combined with IAM's logic — some Allow applies and no Deny does.
 * In a resource-based policy alone, an Allow grants only when it names the requester itself or its
 * role; naming the account delegates to identity policies (decide.ts in @arbiter/iam).
 */
import { all, any, fail, not, ok, type Expr, type Result, type Rule } from '@arbiter/ir';
import { authorize, loadPolicySet, statementParts, type IamPolicy, type IamRequest, type PolicyInput } from '@arbiter/iam';

/** Where the policies are attached. Boundaries, SCPs and session policies never grant: what they allow is what they let identity policies grant. */
export type AnalysedKind = 'identity' | 'resource' | 'boundary' | 'scp' | 'session';
export const ANALYSED_KINDS: readonly AnalysedKind[] = ['identity', 'resource', 'boundary', 'scp', 'session'];
const CEILINGS: ReadonlySet<AnalysedKind> = new Set(['boundary', 'scp', 'session']);
/** Beside a ceiling, for the replay: an identity policy that grants everything, so the ceiling alone decides. */
const GRANT_ALL: PolicyInput = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };

export interface PolicySide {
  kind: AnalysedKind;
  inputs: PolicyInput[];
  policies: IamPolicy[];
  rules: Rule[];
  /** True exactly for the requests the policies allow (root user aside). */
  allowed: Expr;
}

/** Allow statements of a resource-based policy grant by naming the requester (`direct`) or its role. */
function grantingWhen(rule: Rule): Expr {
  const parts = statementParts(rule);
  const principal = parts.principal.kind === 'any' && parts.principal.of.length === 3 ? any(parts.principal.of.slice(0, 2), parts.principal.at) : parts.principal;
  return all([parts.action, parts.resource, principal, all(parts.conditions, rule.at)], rule.at);
}

/** When each Allow grants and each Deny applies: the parts of `allowedExpr`. */
export function ruleParts(rules: readonly Rule[], kind: AnalysedKind): { allows: Expr[]; denies: Expr[] } {
  const allows = rules.filter((r) => r.effect === 'Allow').map((r) => (kind === 'resource' ? grantingWhen(r) : r.when));
  const denies = rules.filter((r) => r.effect === 'Deny').map((r) => r.when);
  return { allows, denies };
}

export function allowedExpr(rules: readonly Rule[], kind: AnalysedKind): Expr {
  const { allows, denies } = ruleParts(rules, kind);
  return all([any(allows, ''), not(any(denies, ''), '')], '');
}

/** Validates and lowers `input` (one policy or a list); diagnostics carry `params.policy = label`. */
export function loadSide(input: unknown, kind: AnalysedKind, label: string): Result<PolicySide> {
  const inputs = Array.isArray(input) ? (input as PolicyInput[]) : [input as PolicyInput];
  const loaded = loadPolicySet({ [kind]: inputs });
  if (!loaded.ok) return fail(loaded.diagnostics.map((d) => ({ ...d, params: { ...d.params, policy: label } })));
  // `scp` policies load as one level of SCPs (an Allow in any of them passes the level).
  const list = (kind === 'scp' ? loaded.value.scpLevels?.[0] : loaded.value[kind]) ?? [];
  const rules = list.flatMap((p) => p.ruleSet.rules);
  return ok({ kind, inputs, policies: list.map((p) => p.policy), rules, allowed: allowedExpr(rules, kind) });
}

/** The real decision for a witness (the reference evaluator, with its explanation). */
export function isAllowed(side: PolicySide, request: IamRequest): boolean {
  const set = CEILINGS.has(side.kind) ? { identity: [GRANT_ALL], [side.kind]: side.inputs } : { [side.kind]: side.inputs };
  const r = authorize(set, request, { mode: 'reference' });
  return r.ok && r.value.decision === 'Allow';
}

/** Original spellings: lower-cased action → as written, lower-cased key → as written. */
export interface Spellings {
  actions: Map<string, string>;
  keys: Map<string, string>;
  /** Every text of the policies (a foreign account must differ from the accounts named there). */
  texts: string[];
}

export function spellingsOf(sides: readonly PolicySide[]): Spellings {
  const actions = new Map<string, string>();
  const keys = new Map<string, string>();
  for (const side of sides) {
    for (const policy of side.policies) {
      for (const st of policy.statements) {
        for (const v of [...(st.action ?? []), ...(st.notAction ?? [])]) if (!actions.has(v.text.toLowerCase())) actions.set(v.text.toLowerCase(), v.text);
        for (const c of st.conditions) {
          if (!keys.has(c.lowerKey)) keys.set(c.lowerKey, c.key);
          for (const value of c.values) for (const part of value.parts) if (part.kind === 'var' && !keys.has(part.lowerKey)) keys.set(part.lowerKey, part.key);
        }
        for (const value of [...(st.resource ?? []), ...(st.notResource ?? [])]) for (const part of value.parts) if (part.kind === 'var' && !keys.has(part.lowerKey)) keys.set(part.lowerKey, part.key);
      }
    }
  }
  return { actions, keys, texts: [JSON.stringify(sides.map((s) => s.policies))] };
}
