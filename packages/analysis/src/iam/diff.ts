/**
 * `iamDiff`: how the requests a new set of IAM policies allows relate to the old set's — the
 * question of Access Analyzer's CheckNoNewAccess — with a witness request for each part that is not
 * empty, every witness replayed through @arbiter/iam's `authorize` before it is reported.
 */
import { all, Arg, fail, not, ok, readOptions, type Expr, type Result } from '@arbiter/ir';
import type { IamRequest } from '@arbiter/iam';
import { relationOf, type Comparison, type Component } from '../engine/relation.js';
import { ANALYSED_KINDS, isAllowed, loadSide, spellingsOf, type AnalysedKind, type PolicySide, type Spellings } from './policies.js';
import { toRequest } from './request.js';
import { RequestSpace, type RequestSpaceOptions } from './search.js';
import { includedSyntactically } from './inclusion.js';
import { findOrProveEmpty } from './widen.js';

export interface IamDiffOptions {
  /**
   * Where the policies are attached: `identity` (default), `resource` (bucket, function, topic
   * policies), or a ceiling — `boundary`, `scp`, `session` — whose answer is what it lets identity policies grant.
   */
  kind?: AnalysedKind;
}

/** `witnesses.onlyNew`: a request NEW allows and OLD denies (new access); `onlyOld`: access NEW removes. */
export type IamDiff = Comparison<IamRequest>;

const wants: Record<Component, [boolean, boolean]> = { onlyOld: [true, false], onlyNew: [false, true], both: [true, true] };

export function readKind(options: unknown): Result<AnalysedKind> {
  const read = readOptions<IamDiffOptions>(options, { kind: Arg.oneOf<AnalysedKind>(...ANALYSED_KINDS) });
  return read.ok ? ok(read.value.kind ?? 'identity') : read;
}

/** Finds a request satisfying `goal`, builds it and checks it with `confirm`. */
export function witnessFor(goal: Expr, space: RequestSpace, names: Spellings, confirm: (r: IamRequest) => boolean): { request: IamRequest | null; unknown?: string } {
  const found = findOrProveEmpty(space, goal);
  if (found.kind === 'none') return { request: null };
  if (found.kind === 'unknown') return { request: null, unknown: found.reason };
  const request = toRequest(found.assignment, space, names);
  return confirm(request) ? { request } : { request: null, unknown: 'the evaluator did not confirm the witness' };
}

export function compareSides(oldSide: PolicySide, newSide: PolicySide, extra: Partial<RequestSpaceOptions> = {}): IamDiff {
  const names = spellingsOf([oldSide, newSide]);
  const space = new RequestSpace([oldSide.allowed, newSide.allowed], { texts: names.texts, ...extra });
  const witnesses: IamDiff['witnesses'] = { onlyOld: null, onlyNew: null, both: null };
  const unknown: IamDiff['unknown'] = {};
  const exists: Record<Component, boolean | undefined> = { onlyOld: false, onlyNew: false, both: false };
  // Parts a syntactic inclusion proves empty need no search (identical or added statements with variables in text).
  const proved: Partial<Record<Component, boolean>> = { onlyOld: includedSyntactically(oldSide, newSide), onlyNew: includedSyntactically(newSide, oldSide) };
  for (const component of ['onlyOld', 'onlyNew', 'both'] as const) {
    if (proved[component]) {
      witnesses[component] = null;
      continue;
    }
    const [o, n] = wants[component];
    const goal = all([o ? oldSide.allowed : not(oldSide.allowed, ''), n ? newSide.allowed : not(newSide.allowed, '')], '');
    const w = witnessFor(goal, space, names, (r) => isAllowed(oldSide, r) === o && isAllowed(newSide, r) === n);
    witnesses[component] = w.request;
    exists[component] = w.unknown !== undefined ? undefined : w.request !== null;
    if (w.unknown !== undefined) unknown[component] = w.unknown;
  }
  return { relation: relationOf(exists), witnesses, unknown };
}

export function iamDiff(oldPolicies: unknown, newPolicies: unknown, options: IamDiffOptions = {}): Result<IamDiff> {
  const kind = readKind(options);
  if (!kind.ok) return kind;
  const oldSide = loadSide(oldPolicies, kind.value, 'old');
  const newSide = loadSide(newPolicies, kind.value, 'new');
  if (!oldSide.ok || !newSide.ok) return fail([...(oldSide.ok ? [] : oldSide.diagnostics), ...(newSide.ok ? [] : newSide.diagnostics)]);
  return ok(compareSides(oldSide.value, newSide.value));
}
