/** A resource-based policy of one service names only that service's actions (the service rejects others). */
import type { Diagnostic } from '@arbiter/ir';
import { finding } from '../checks/finding.js';
import type { IamStatement } from '../types.js';
import { KindCodes } from './codes.js';
import { RESOURCE_POLICY_RULES } from './resource-types.js';

export function checkResourcePolicy(st: IamStatement, resourceType: string | undefined): Diagnostic[] {
  const rule = resourceType ? RESOURCE_POLICY_RULES[resourceType] : undefined;
  if (!rule) return [];
  const out: Diagnostic[] = [];
  for (const a of [...(st.action ?? []), ...(st.notAction ?? [])]) {
    const colon = a.text.indexOf(':');
    if (colon < 0) continue;
    const service = a.text.slice(0, colon).toLowerCase();
    if (rule.services.includes(service) || /[*?]/.test(service)) continue;
    out.push(finding(KindCodes.resourceForeignAction, a.at, `a ${resourceType} policy can name only ${rule.services.map((s) => `\`${s}:\``).join(', ')} actions, not \`${a.text}\``, `grant \`${service}\` permissions in that service's own policies`, { type: 'ERROR' }, { action: a.text, resourceType: resourceType! }));
  }
  return out;
}
