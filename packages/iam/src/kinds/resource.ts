/** A resource-based policy of one service names only that service's actions and resources (AA: "Unsupported action / resource ARN in policy"). */
import type { Diagnostic } from '@arbiter/ir';
import { isPattern, splitArn } from '../checks/arn-parts.js';
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
    out.push(finding(KindCodes.resourceForeignAction, a.at, `Unsupported action in policy: The action ${a.text} is not supported for the resource-based policy attached to the resource type ${resourceType}.`, `a ${resourceType} policy can name only ${rule.services.map((s) => `\`${s}:\``).join(', ')} actions: grant \`${service}\` permissions in that service's own policies`, { code: 'UNSUPPORTED_ACTION_IN_POLICY', type: 'ERROR' }, { action: a.text, resourceType: resourceType! }));
  }
  for (const r of [...(st.resource ?? []), ...(st.notResource ?? [])]) {
    const service = splitArn(r.text)?.service.toLowerCase();
    if (service === undefined || rule.services.includes(service) || isPattern(service)) continue;
    out.push(finding(KindCodes.resourceForeignArn, r.at, `Unsupported resource ARN in policy: The resource ARN is not supported for the resource-based policy attached to the resource type ${resourceType}.`, `a ${resourceType} policy names ${rule.services.map((s) => `\`arn:…:${s}:…\``).join(', ')} resources; \`${r.text}\` belongs to \`${service}\``, { code: 'UNSUPPORTED_RESOURCE_ARN_IN_POLICY', type: 'ERROR' }, { resource: r.text, resourceType: resourceType! }));
  }
  return out;
}
