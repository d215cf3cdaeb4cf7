/**
 * Trust-policy checks for web identity (OIDC) and SAML federation: the claims that decide who may
 * assume the role must be conditioned. GitHub Actions (`token.actions.githubusercontent.com`) needs
 * `sub` pinned to a repository (without it any repository on GitHub can assume the role) and `aud`;
 * Amazon Cognito identity pools need `aud` (the pool) and `amr`; other OIDC providers `aud` or `sub`;
 * SAML providers `SAML:aud`.
 */
import { joinPointer, type Diagnostic } from '@arbiter/ir';
import { finding } from '../checks/finding.js';
import { WIDENED, widenedShape } from '../checks/permissive-values.js';
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
 * AA's WILDCARD_USAGE_TOO_PERMISSIVE and VARIABLE_USAGE_TOO_PERMISSIVE (ERROR), first message: a
 * wildcard or variable needs "6 consecutive characters" before it. The page does not say for which
 * keys; users' published `validate-policy` output shows it for OIDC `sub` patterns, so only those.
 */
const MIN_LITERAL_RUN = 6;
function shortRunBefore(shape: string, mark: string): boolean {
  let run = 0;
  for (const ch of shape) {
    if (ch === mark && run < MIN_LITERAL_RUN) return true;
    run = ch === WIDENED.variable || ch === WIDENED.wildcard ? 0 : run + 1;
  }
  return false;
}

function checkSubWidening(st: IamStatement, sub: string, out: Diagnostic[]): void {
  for (const c of restricting(st, sub)) for (const v of c.values) {
    const shape = widenedShape(v, c.operator.includes('Like'));
    if (shortRunBefore(shape, WIDENED.wildcard)) out.push(finding(KindCodes.oidcWildcardTooPermissive, v.at, `Wildcard usage too permissive: Overly permissive use of wildcard for the ${c.key} condition key. Use the wildcard preceded by ${MIN_LITERAL_RUN} consecutive characters.`, 'spell out more of the subject before each `*` or `?` (for GitHub: `repo:<owner>/<repo>:ref:refs/heads/main`)', { code: 'WILDCARD_USAGE_TOO_PERMISSIVE', type: 'ERROR' }, { value: v.text }));
    if (shortRunBefore(shape, WIDENED.variable)) out.push(finding(KindCodes.oidcVariableTooPermissive, v.at, `Variable usage too permissive: Overly permissive use of policy variable for the ${c.key} condition key. Use the policy variable preceded by ${MIN_LITERAL_RUN} consecutive characters.`, 'put a fixed prefix of six or more characters before the variable (`repo:acme/${…}`)', { code: 'VARIABLE_USAGE_TOO_PERMISSIVE', type: 'ERROR' }, { value: v.text }));
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
  checkSubWidening(st, sub, out);
  if (provider === GITHUB) {
    if (!has(st, sub)) out.push(finding(KindCodes.oidcMissingSub, at, 'Missing github repo condition key: Granting a federated GitHub principal permissions without a condition key can allow more sources to assume the role than you intended. Add the token.actions.githubusercontent.com:sub condition key and specify the branch and repository name in the value.', `add \`"StringLike": {"${sub}": "repo:<owner>/<repo>:ref:refs/heads/main"}\``, { code: 'MISSING_GITHUB_REPO_CONDITION_KEY', type: 'SECURITY_WARNING' }));
    for (const c of restricting(st, sub)) for (const v of c.values) {
      if (c.operator.includes('Like') && widenedShape(v, true).includes(WIDENED.wildcard)) out.push(finding(KindCodes.githubSubWildcard, v.at, `Specific github repo and branch recommended: Using a wildcard (*) in ${GITHUB}:sub can allow requests from more sources than you intended. Specify the value of ${GITHUB}:sub with the repository and branch name. If the subject claim does not include the branch, specify it in a ${GITHUB}:ref condition key.`, 'name the repository and branch: `repo:<owner>/<repo>:ref:refs/heads/main`', { code: 'SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED', type: 'WARNING' }, { value: v.text }));
      if (c.operator.includes('Like') && broadGithubSub(v.text)) out.push(finding(KindCodes.oidcBroadSub, v.at, `\`${v.text}\` admits workflows of any GitHub owner`, 'pin the owner and repository: `repo:<owner>/<repo>:…`', { type: 'SECURITY_WARNING' }, { value: v.text }));
    }
    if (!has(st, aud)) out.push(finding(KindCodes.oidcMissingAud, at, `no condition on \`${aud}\``, `add \`"StringEquals": {"${aud}": "sts.amazonaws.com"}\``, { type: 'WARNING' }));
    return;
  }
  if (!has(st, sub) && !has(st, aud)) {
    out.push(finding(KindCodes.oidcMissingAud, at, `Missing condition key for oidc principal: Using an Open ID Connect principal without a condition can be overly permissive. Add condition keys with a prefix that matches your federated OIDC principals to ensure that only the intended identity provider assumes the role. (No condition on \`${aud}\` or \`${sub}\`: any identity \`${provider}\` issues tokens for can assume the role.)`, `add \`"StringEquals": {"${aud}": "<client id>", "${sub}": "<subject>"}\``, { code: 'MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL', type: 'SECURITY_WARNING' }));
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
