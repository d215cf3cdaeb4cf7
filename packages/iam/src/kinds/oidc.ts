/**
 * Trust-policy checks for web identity (OIDC) and SAML federation: the claims that decide who may
 * assume the role must be conditioned. GitHub Actions (`token.actions.githubusercontent.com`) needs
 * `sub` pinned to a repository (without it any repository on GitHub can assume the role) and `aud`;
 * Amazon Cognito identity pools need `aud` (the pool) and `amr`; other OIDC providers `aud` or `sub`;
 * SAML providers `SAML:aud`.
 */
import { joinPointer, type Diagnostic } from '@arbiter/ir';
import { finding } from '../checks/finding.js';
import type { IamCondition, IamStatement } from '../types.js';
import { KindCodes } from './codes.js';
import { trustActionsOf } from './trust.js';

const GITHUB = 'token.actions.githubusercontent.com';
const COGNITO = 'cognito-identity.amazonaws.com';

/** The provider a Federated value names: `host/path` of an OIDC provider ARN, or the domain itself. */
function providerOf(value: string): string {
  const m = /:oidc-provider\/(.+)$/.exec(value);
  return (m ? m[1]! : value).toLowerCase();
}

/** Conditions that restrict a key: a positive String operator (a negated one restricts nothing useful). */
function restricting(st: IamStatement, key: string): IamCondition[] {
  return st.conditions.filter((c) => c.lowerKey === key && c.operator.startsWith('String') && !c.operator.includes('Not'));
}

const has = (st: IamStatement, key: string) => restricting(st, key).length > 0;

/** A sub pattern whose owner part is a wildcard (`*`, `repo:*`, `repo:a*`) admits every GitHub account. */
function broadGithubSub(value: string): boolean {
  return value === '*' || /^repo:[^/]*[*?]/.test(value) || !value.startsWith('repo:');
}

/**
 * AA's WILDCARD_USAGE_TOO_PERMISSIVE (a WARNING; its page text was not at hand): as users report
 * its output, every wildcard in an OIDC `sub` pattern needs six literal characters right before it.
 */
const MIN_LITERAL_RUN = 6;
function shortLiteralRun(value: string): boolean {
  return value.split(/[*?]/).slice(0, -1).some((run) => run.length < MIN_LITERAL_RUN);
}

function checkSubWildcards(st: IamStatement, sub: string, out: Diagnostic[]): void {
  for (const c of restricting(st, sub)) for (const v of c.values) {
    if (!c.operator.includes('Like') || !shortLiteralRun(v.text)) continue;
    out.push(finding(KindCodes.oidcWildcardTooPermissive, v.at, `Wildcard usage too permissive: \`${v.text}\` has a wildcard with fewer than ${MIN_LITERAL_RUN} literal characters before it, so \`${sub}\` matches subjects you did not mean to trust`, 'spell out more of the subject before each `*` or `?` (for GitHub: `repo:<owner>/<repo>:ref:refs/heads/main`)', { code: 'WILDCARD_USAGE_TOO_PERMISSIVE', type: 'WARNING' }, { value: v.text }));
  }
}

function checkWebIdentity(st: IamStatement, provider: string, out: Diagnostic[]): void {
  const at = joinPointer(st.at, st.conditions.length ? 'Condition' : 'Principal');
  if (provider === COGNITO) {
    if (!has(st, `${COGNITO}:aud`)) out.push(finding(KindCodes.cognitoMissingAud, at, `no condition on \`${COGNITO}:aud\`: identities of any Amazon Cognito identity pool can assume the role`, `add \`"StringEquals": {"${COGNITO}:aud": "<identity pool id>"}\``, { type: 'SECURITY_WARNING' }));
    const amr = st.conditions.filter((c) => c.lowerKey === `${COGNITO}:amr`);
    if (amr.length === 0) out.push(finding(KindCodes.cognitoMissingAmr, at, `no condition on \`${COGNITO}:amr\`: authenticated and unauthenticated (guest) identities alike can assume the role`, `add \`"ForAnyValue:StringLike": {"${COGNITO}:amr": "authenticated"}\``, { type: 'WARNING' }));
    for (const c of amr) for (const v of c.values) {
      if (v.text === 'unauthenticated' && !c.operator.includes('Not')) out.push(finding(KindCodes.cognitoUnauthenticated, v.at, 'the role can be assumed by unauthenticated (guest) Cognito identities', 'make sure the role grants only what a guest may do', { type: 'SECURITY_WARNING' }));
    }
    return;
  }
  const sub = `${provider}:sub`;
  const aud = `${provider}:aud`;
  checkSubWildcards(st, sub, out);
  if (provider === GITHUB) {
    if (!has(st, sub)) out.push(finding(KindCodes.oidcMissingSub, at, `no condition on \`${sub}\`: a workflow in any GitHub repository can assume the role`, `add \`"StringLike": {"${sub}": "repo:<owner>/<repo>:ref:refs/heads/main"}\``, { type: 'SECURITY_WARNING' }));
    for (const c of restricting(st, sub)) for (const v of c.values) {
      if (c.operator.includes('Like') && broadGithubSub(v.text)) out.push(finding(KindCodes.oidcBroadSub, v.at, `\`${v.text}\` admits workflows of any GitHub owner`, 'pin the owner and repository: `repo:<owner>/<repo>:…`', { type: 'SECURITY_WARNING' }, { value: v.text }));
    }
    if (!has(st, aud)) out.push(finding(KindCodes.oidcMissingAud, at, `no condition on \`${aud}\``, `add \`"StringEquals": {"${aud}": "sts.amazonaws.com"}\``, { type: 'WARNING' }));
    return;
  }
  if (!has(st, sub) && !has(st, aud)) {
    out.push(finding(KindCodes.oidcMissingAud, at, `no condition on \`${aud}\` or \`${sub}\`: any identity the provider \`${provider}\` issues tokens for can assume the role`, `add \`"StringEquals": {"${aud}": "<client id>", "${sub}": "<subject>"}\``, { type: 'SECURITY_WARNING' }));
  }
}

export function checkFederation(st: IamStatement): Diagnostic[] {
  const out: Diagnostic[] = [];
  const federated = st.principal?.values['Federated'];
  if (st.effect !== 'Allow' || !federated?.length) return out;
  const actions = trustActionsOf(st);
  for (const value of federated) {
    if (/:saml-provider\//.test(value)) {
      if (actions.has('sts:AssumeRoleWithSAML') && !has(st, 'saml:aud')) out.push(finding(KindCodes.samlMissingAud, joinPointer(st.at, 'Principal'), 'no condition on `SAML:aud`: the role accepts SAML assertions meant for any recipient', 'add `"StringEquals": {"SAML:aud": "https://signin.aws.amazon.com/saml"}`', { type: 'WARNING' }));
    } else if (actions.has('sts:AssumeRoleWithWebIdentity')) checkWebIdentity(st, providerOf(value), out);
  }
  return out;
}
