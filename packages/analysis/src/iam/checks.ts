/**
 * Access Analyzer's custom policy checks, offline, each answer with a witness request replayed
 * through `authorize`:
 * - `checkAccessNotGranted`: FAIL when the policies may allow any listed action (on any listed
 *   resource); the witness is such a request.
 * - `checkNoPublicAccess`: FAIL when a resource-based policy allows a request from an anonymous
 *   caller or a principal of an account the policy names nowhere, whose caller-bound condition keys
 *   (source IP, VPC, organization, source account or ARN… — S3's "fixed values" that make a policy
 *   non-public) hold no value the policy names.
 */
import { all, any, Arg, diagnostic, fail, ok, readOptions, test, type Diagnostic, type Expr, type Predicate, type Result } from '@arbiter/ir';
import type { IamRequest } from '@arbiter/iam';
import { witnessFor } from './diff.js';
import { ANALYSED_KINDS, isAllowed, loadSide, spellingsOf, type AnalysedKind } from './policies.js';
import { RequestSpace } from './search.js';
import { contextVariable } from './variables.js';

export type CheckResult = 'PASS' | 'FAIL' | 'UNKNOWN';

export interface PolicyCheck {
  result: CheckResult;
  /** FAIL: a request the policies allow that the check forbids. */
  witness: IamRequest | null;
  /** UNKNOWN: why the engine could not decide. */
  reason?: string;
}

export interface AccessNotGrantedOptions {
  actions?: string[];
  resources?: string[];
  kind?: AnalysedKind;
}

/** Keys AWS sets from the caller (S3's list of fixed values, and the principal's account and organization). */
export const CALLER_BOUND_KEYS = [
  'aws:SourceIp', 'aws:SourceVpc', 'aws:SourceVpce', 'aws:VpcSourceIp', 'aws:SourceArn', 'aws:SourceAccount', 'aws:SourceOwner',
  'aws:SourceOrgID', 'aws:SourceOrgPaths', 'aws:PrincipalAccount', 'aws:PrincipalArn', 'aws:PrincipalOrgID', 'aws:PrincipalOrgPaths',
  'aws:userid', 's3:x-amz-server-side-encryption-aws-kms-key-id',
];

function patternTest(field: string[], pattern: string, op: 'glob' | 'arn-like', at: string): Expr {
  const p = op === 'glob' ? { op, pattern: pattern.toLowerCase(), ignoreCase: false, at } : { op, pattern, at };
  return test(field, p as Predicate, at);
}

function emptyEntries(value: readonly string[] | undefined, name: string): Diagnostic[] {
  return value?.some((v) => v === '') ? [diagnostic('input.wrong-type', 'input', `/${name}`, `every entry of \`${name}\` must be a non-empty string`)] : [];
}

function decided(w: { request: IamRequest | null; unknown?: string }): PolicyCheck {
  if (w.unknown !== undefined) return { result: 'UNKNOWN', witness: null, reason: w.unknown };
  return { result: w.request ? 'FAIL' : 'PASS', witness: w.request };
}

export function checkAccessNotGranted(policies: unknown, options: AccessNotGrantedOptions): Result<PolicyCheck> {
  const read = readOptions<AccessNotGrantedOptions>(options, { actions: Arg.arrayOf(Arg.string), resources: Arg.arrayOf(Arg.string), kind: Arg.oneOf<AnalysedKind>(...ANALYSED_KINDS) });
  if (!read.ok) return read;
  const { actions, resources, kind = 'identity' } = read.value;
  const bad = [...emptyEntries(actions, 'actions'), ...emptyEntries(resources, 'resources')];
  if (!bad.length && !actions?.length && !resources?.length) bad.push(diagnostic('input.missing', 'input', '', 'give at least one action or resource to check', { help: 'for example `{actions: ["s3:DeleteBucket"]}`' }));
  if (bad.length) return fail(bad);
  const side = loadSide(policies, kind, 'policy');
  if (!side.ok) return side;
  const parts: Expr[] = [side.value.allowed];
  if (actions?.length) parts.push(any(actions.map((a, i) => patternTest(['action'], a, 'glob', `/actions/${i}`)), '/actions'));
  if (resources?.length) parts.push(any(resources.map((r, i) => patternTest(['resource'], r, 'arn-like', `/resources/${i}`)), '/resources'));
  const goal = all(parts, '');
  const names = spellingsOf([side.value]);
  const space = new RequestSpace([goal], { texts: names.texts });
  return ok(decided(witnessFor(goal, space, names, (r) => isAllowed(side.value, r))));
}

export function checkNoPublicAccess(policy: unknown, options: { resourceType?: string } = {}): Result<PolicyCheck> {
  const read = readOptions<{ resourceType?: string }>(options, { resourceType: Arg.string });
  if (!read.ok) return read;
  const side = loadSide(policy, 'resource', 'policy');
  if (!side.ok) return side;
  const foreignOnly = new Set(CALLER_BOUND_KEYS.map((k) => contextVariable(k.toLowerCase())));
  const names = spellingsOf([side.value]);
  const space = new RequestSpace([side.value.allowed], { texts: names.texts, foreignOnly });
  return ok(decided(witnessFor(side.value.allowed, space, names, (r) => isAllowed(side.value, r))));
}
