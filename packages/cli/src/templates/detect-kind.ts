/**
 * What a file holds, from its shape: a CloudFormation/SAM template, or a standalone policy of one
 * of the three languages. `--kind` overrides the policy detection (templates stay templates).
 */
import { detectPolicyKind, type PolicyKind } from '@arbiter/iam';
import type { PolicyLanguage } from './check-policy.js';

export type DocumentShape =
  | { shape: 'template' }
  | { shape: 'policy'; language: PolicyLanguage; iamKind?: PolicyKind }
  /** Arbiter's own subscriptions file (`filter route --subscriptions`): `[{"id", "policy", "scope"}]`. */
  | { shape: 'subscriptions' }
  | { shape: 'unknown' };

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Classifies a parsed document. */
export function detectShape(value: unknown, forced?: PolicyLanguage): DocumentShape {
  if (Array.isArray(value) && value.length > 0 && value.every((s) => isObject(s) && 'policy' in s) && (forced ?? 'sns-filter') === 'sns-filter') return { shape: 'subscriptions' };
  if (!isObject(value)) return forced ? { shape: 'policy', language: forced, ...iamKindOf(value, forced) } : { shape: 'unknown' };
  if (isObject(value['Resources']) || 'AWSTemplateFormatVersion' in value) return { shape: 'template' };
  const language = forced ?? detectLanguage(value);
  return language ? { shape: 'policy', language, ...iamKindOf(value, language) } : { shape: 'unknown' };
}

function detectLanguage(value: Record<string, unknown>): PolicyLanguage | undefined {
  const statements = Array.isArray(value['Statement']) ? value['Statement'] : isObject(value['Statement']) ? [value['Statement']] : [];
  if (value['Version'] === '2021-06-01' || statements.some((s) => isObject(s) && 'DataIdentifier' in s)) return 'data-protection';
  if ('Statement' in value) return 'iam';
  return isFilterShaped(value, 0) ? 'sns-filter' : undefined;
}

/** A filter policy is a non-empty object whose leaves are arrays (or `$or` lists). */
function isFilterShaped(value: Record<string, unknown>, depth: number): boolean {
  const entries = Object.values(value);
  return depth < 64 && entries.length > 0 && entries.every((v) => Array.isArray(v) || (isObject(v) && isFilterShaped(v, depth + 1)));
}

/** An IAM policy's kind from its shape (trust, resource or identity: `detectPolicyKind`). */
function iamKindOf(value: unknown, language: PolicyLanguage): { iamKind?: PolicyKind } {
  if (language !== 'iam' || !isObject(value)) return {};
  return { iamKind: detectPolicyKind(value) };
}
