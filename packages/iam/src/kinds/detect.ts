/**
 * The kind of a standalone policy from its shape, for callers that were not told where it is
 * attached (`arbiter iam validate` without `--kind`, `arbiter validate` on a policy file):
 *
 * - `trust`: some statement names a principal, and every statement that does allows only STS
 *   actions a trust policy controls, at least one of them an `sts:AssumeRole*` action (no other
 *   resource-based policy grants STS actions, so a stray `Resource` still reads as a trust policy and
 *   gets the trust checks' error);
 * - `resource`: some statement names a principal;
 * - `identity`: otherwise (SCPs, RCPs, boundaries and session policies look like identity or
 *   resource policies: only the caller knows them).
 */
import { Arg } from '@arbiter/ir';
import type { PolicyKind } from '../types.js';
import { readPolicyJson } from '../policy/parse.js';
import { wildcardRegex } from '../checks/finding.js';
import { TRUST_ACTIONS } from './trust.js';

const isObject = Arg.object.accept;

const ASSUME_ACTIONS = TRUST_ACTIONS.filter((a) => a.startsWith('sts:AssumeRole'));

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

/** The statement's actions, when all are STS actions of a trust policy; `undefined` otherwise. */
function trustActions(statement: Record<string, unknown>): string[] | undefined {
  const actions = listOf(statement['Action']);
  if (actions.length === 0) return undefined;
  for (const a of actions) {
    if (typeof a !== 'string' || !/^sts:/i.test(a) || !TRUST_ACTIONS.some((name) => wildcardRegex(a).test(name))) return undefined;
  }
  return actions as string[];
}

/** The kind a policy (JSON text or a parsed value) most likely has; `identity` when it cannot be read. */
export function detectPolicyKind(policy: unknown): PolicyKind {
  const json = readPolicyJson(policy);
  if (!json.ok || !isObject(json.value)) return 'identity';
  const statements = listOf(json.value['Statement']).filter(isObject);
  const withPrincipal = statements.filter((s) => 'Principal' in s || 'NotPrincipal' in s);
  if (withPrincipal.length === 0) return 'identity';
  let assumes = false;
  for (const s of withPrincipal) {
    const actions = trustActions(s);
    if (!actions) return 'resource';
    assumes ||= actions.some((a) => ASSUME_ACTIONS.some((name) => wildcardRegex(a).test(name)));
  }
  return assumes ? 'trust' : 'resource';
}
