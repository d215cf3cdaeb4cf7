/**
 * Candidate requesters. Principal tests (policy/principal.ts in @arbiter/iam) are `exact` tests of
 * fields derived from one ARN — the ARN, whether it is a role, the role of a session, the account —
 * against the names in Principal elements. Any requester agrees on every such test with one of:
 * each name itself, a session of each named role, a user in each named account, a user in an
 * account no policy names, and no principal at all (anonymous). The account root user is left out:
 * IAM lets it do everything no policy explicitly denies, whatever the policies grant.
 */
import type { TestExpr } from '@arbiter/ir';

export const WITNESS_NAME = 'arbiter-witness';

export interface PrincipalCandidate {
  /** `undefined`: an anonymous request. */
  arn: string | undefined;
  /** A requester from an account no policy names (or anonymous): what "public" means. */
  foreign: boolean;
}

const userIn = (account: string) => `arn:aws:iam::${account}:user/${WITNESS_NAME}`;

function accountsIn(text: string): string[] {
  return text.match(/\b\d{12}\b/g) ?? [];
}

/** An account id that appears in none of `texts`. */
export function foreignAccount(texts: readonly string[]): string {
  const named = new Set(texts.flatMap(accountsIn));
  for (let n = 999_999_999_999; ; n--) if (!named.has(String(n))) return String(n);
}

export function principalCandidates(tests: readonly TestExpr[], otherTexts: readonly string[] = []): PrincipalCandidate[] {
  const arns = new Set<string>();
  const accounts = new Set<string>();
  const constants: string[] = [...otherTexts];
  for (const t of tests) {
    const value = (t.predicate as { value?: unknown }).value;
    if (typeof value !== 'string') continue;
    constants.push(value);
    const kind = t.field[1];
    if (kind === 'account') accounts.add(value);
    else if (kind === 'session-role') {
      const [account = '', role = ''] = value.split(':');
      arns.add(`arn:aws:sts::${account}:assumed-role/${role}/${WITNESS_NAME}`);
    } else if (/^\d{12}$/.test(value) || /:root$/.test(value)) accounts.add(accountsIn(value)[0] ?? value);
    else arns.add(value);
  }
  const out: PrincipalCandidate[] = [];
  for (const arn of arns) {
    out.push({ arn, foreign: false });
    const role = /^arn:([^:]*):iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(arn);
    if (role) out.push({ arn: `arn:${role[1]}:sts::${role[2]}:assumed-role/${role[3]}/${WITNESS_NAME}`, foreign: false });
  }
  for (const account of accounts) if (/^\d{12}$/.test(account)) out.push({ arn: userIn(account), foreign: false });
  out.push({ arn: userIn(foreignAccount(constants)), foreign: true }, { arn: undefined, foreign: true });
  return out;
}
