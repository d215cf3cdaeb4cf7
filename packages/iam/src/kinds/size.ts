/**
 * Size quotas per policy kind, and the characters IAM stores. IAM does not count white space
 * (outside strings) against its quotas; Organizations and STS count every character.
 */
import { type Diagnostic } from '@arbiter/ir';
import { finding } from '../checks/finding.js';
import type { FindingType } from '../checks/codes.js';
import type { PolicyKind } from '../types.js';
import { KindCodes } from './codes.js';
import type { IdentityAttachment, ValidateOptions } from './options.js';
import { RESOURCE_POLICY_RULES } from './resource-types.js';

/** IAM quotas (IAM User Guide, "IAM and AWS STS quotas"); inline quotas are per identity, summed. */
export const IDENTITY_QUOTAS: Readonly<Record<IdentityAttachment, number>> = { managed: 6_144, user: 2_048, role: 10_240, group: 5_120 };
export const TRUST_QUOTA = 2_048;
export const TRUST_QUOTA_RAISED = 4_096;
export const SESSION_QUOTA = 2_048;
/** AWS Organizations: the maximum size of an SCP or RCP document, every character counted. */
export const ORGANIZATIONS_QUOTA = 5_120;

/** The policy as the service receives it: the text as given, or the parsed value minified. */
export function policyText(input: unknown): string {
  return typeof input === 'string' ? input : JSON.stringify(input) ?? '';
}

/** Characters outside JSON strings that are white space do not count toward IAM's quotas. */
export function countWithoutWhitespace(text: string): number {
  let count = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      count++;
      if (ch === '\\') {
        count++;
        i++;
      } else if (ch === '"') inString = false;
    } else if (ch === '"') {
      inString = true;
      count++;
    } else if (ch !== ' ' && ch !== '\n' && ch !== '\r' && ch !== '\t') count++;
  }
  return count;
}

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

interface Quota { code: string; limit: number; size: number; unit: string; aa?: string; type: FindingType; message: string; help: string }

function quotaOf(kind: PolicyKind, text: string, options: ValidateOptions): Quota | undefined {
  const split = 'split it into several policies';
  switch (kind) {
    case 'identity':
    case 'boundary': {
      const where: IdentityAttachment = kind === 'boundary' ? 'managed' : options.attachedTo ?? 'managed';
      const message = 'Policy size exceeds identity policy quota: The {size} characters in the identity policy, excluding whitespace, exceed the {quota} character maximum for inline and managed policies. We recommend that you use multiple granular policies.';
      const help = where === 'managed' ? `managed policies hold ${IDENTITY_QUOTAS.managed} characters; ${split}` : `the inline policies of one ${where} hold ${IDENTITY_QUOTAS[where]} characters in total; ${split} or use managed policies`;
      return { code: KindCodes.sizeIdentity, limit: IDENTITY_QUOTAS[where], size: countWithoutWhitespace(text), unit: 'characters excluding white space', aa: 'POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA', type: 'WARNING', message, help };
    }
    case 'scp':
      return { code: KindCodes.sizeScp, limit: ORGANIZATIONS_QUOTA, size: text.length, unit: 'characters', aa: 'POLICY_SIZE_EXCEEDS_SCP_QUOTA', type: 'ERROR', message: 'Policy size exceeds SCP quota: The {size} characters in the service control policy (SCP) exceed the {quota} character maximum for SCPs. We recommend that you use multiple granular policies.', help: `${split}; every character counts, so removing white space also helps` };
    case 'rcp':
      return { code: KindCodes.sizeRcp, limit: ORGANIZATIONS_QUOTA, size: text.length, unit: 'characters', aa: 'POLICY_SIZE_EXCEEDS_RCP_QUOTA', type: 'ERROR', message: 'Policy size exceeds RCP quota: The {size} characters in the resource control policy (RCP) exceed the {quota} character maximum for RCPs. We recommend that you use multiple granular policies.', help: `${split}; every character counts, so removing white space also helps` };
    case 'session':
      return { code: KindCodes.sizeSession, limit: SESSION_QUOTA, size: text.length, unit: 'characters', type: 'ERROR', message: 'the session policy exceeds the 2,048 characters STS accepts', help: 'pass fewer or shorter statements, or use managed session policies (PolicyArns)' };
    case 'trust': {
      const size = countWithoutWhitespace(text);
      const over = size > TRUST_QUOTA_RAISED;
      return { code: KindCodes.sizeTrust, limit: over ? TRUST_QUOTA_RAISED : TRUST_QUOTA, size, unit: 'characters excluding white space', ...(over ? {} : { aa: 'POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA' }), type: over ? 'ERROR' : 'WARNING', message: over ? `the role trust policy exceeds ${TRUST_QUOTA_RAISED} characters, the most the quota can be raised to` : 'Policy size exceeds role trust policy quota: The characters in the role trust policy, excluding whitespace, exceed the character maximum. We recommend that you request a role trust policy length quota increase using Service Quotas and AWS Support Center. If the quotas have already been increased, then you can ignore this warning.', help: over ? 'merge statements or trust fewer principals' : `IAM accepts it only if the account's "Role trust policy length" quota was raised (up to ${TRUST_QUOTA_RAISED})` };
    }
    case 'resource': {
      const rule = options.resourceType ? RESOURCE_POLICY_RULES[options.resourceType] : undefined;
      if (rule?.maxBytes === undefined) return undefined;
      return { code: KindCodes.sizeResource, limit: rule.maxBytes, size: utf8Length(text), unit: 'bytes', aa: 'POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA', type: 'ERROR', message: `Policy size exceeds resource policy quota: The {size} bytes in the resource policy exceed the {quota} byte maximum for ${options.resourceType} policies (${rule.source}). We recommend that you use multiple granular policies.`, help: split };
    }
  }
}

export function checkSize(kind: PolicyKind, input: unknown, options: ValidateOptions): Diagnostic[] {
  const text = policyText(input);
  const q = quotaOf(kind, text, options);
  if (!q || q.size <= q.limit) return [];
  // AA's texts name the size and quota where they have them ({size}, {quota}); the others get them appended.
  const message = q.message.includes('{size}') ? q.message.replace('{size}', String(q.size)).replace('{quota}', String(q.limit)) : `${q.message} (${q.size} ${q.unit}; the quota is ${q.limit})`;
  return [finding(q.code, '', message, q.help, { ...(q.aa ? { code: q.aa } : {}), type: q.type }, { size: q.size, quota: q.limit })];
}

/** IAM stores tab, line feed, carriage return and U+0020–U+00FF only (IAM quotas, name requirements). */
const IAM_CHARACTERS = /[^\t\n\r\u0020-\u00ff]/;

export function checkCharacters(kind: PolicyKind, input: unknown): Diagnostic[] {
  if (kind !== 'identity' && kind !== 'boundary' && kind !== 'trust' && kind !== 'session') return [];
  const text = policyText(input);
  const m = IAM_CHARACTERS.exec(text);
  if (!m) return [];
  const code = m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return [finding(KindCodes.character, '', `IAM policies can hold only tab, line feed, carriage return and characters U+0020 to U+00FF; this one holds U+${code} at index ${m.index}`, 'replace the character (curly quotes, dashes and non-Latin letters are common culprits)', { type: 'ERROR' }, { index: m.index, character: `U+${code}` })];
}
