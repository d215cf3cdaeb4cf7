/**
 * Resource ARNs against the resource types of the statement's actions (AA's "Invalid ARN resource").
 * Only literal ARNs are checked (no `*`, `?` or `${…}`): a pattern may match a type's ARNs partially.
 */
import type { Diagnostic } from '@arbiter/ir';
import type { IamStatement } from '../types.js';
import type { ServiceData } from '../service-data/types.js';
import { AaCheckCodes } from './codes.js';
import { finding, wildcardRegex } from './finding.js';

/** `arn:${Partition}:s3:::${BucketName}/${ObjectName}` → a regex over whole ARNs. */
function templateRegex(template: string): RegExp {
  const parts = template.split(/\$\{[^}]*\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.+')}$`);
}

export function checkResources(st: IamStatement, data: ServiceData): Diagnostic[] {
  const templates = resourceTemplates(st, data);
  if (!templates) return [];
  const out: Diagnostic[] = [];
  for (const r of st.resource ?? []) {
    if (!r.text.startsWith('arn:') || /[*?]/.test(r.text) || r.hasVariables || r.text.includes('${')) continue;
    if (templates.some((t) => t.re.test(r.text))) continue;
    const shown = [...new Set(templates.map((t) => t.arn))].slice(0, 3).map((a) => `\`${a}\``).join(', ');
    out.push(finding(AaCheckCodes.resourceMatchesNoType, r.at, `Invalid ARN resource: the resource ARN \`${r.text}\` matches no resource type of the statement's actions.`, `use an ARN of the form ${shown}`, { code: 'INVALID_ARN_RESOURCE', type: 'ERROR' }, { resource: r.text }));
  }
  return out;
}

/** ARN templates of every resource type the actions take; `undefined` when unknown or an action takes only `*`. */
function resourceTemplates(st: IamStatement, data: ServiceData): Array<{ arn: string; re: RegExp }> | undefined {
  if (!st.action || st.action.length === 0) return undefined;
  const out: Array<{ arn: string; re: RegExp }> = [];
  for (const v of st.action) {
    const colon = v.text.indexOf(':');
    if (colon <= 0) return undefined;
    const svc = data.service(v.text.slice(0, colon));
    if (!svc) return undefined;
    const re = wildcardRegex(v.text.slice(colon + 1));
    let any = false;
    for (const a of svc.actions.values()) {
      if (!re.test(a.name)) continue;
      any = true;
      if (a.resourceTypes.length === 0) return undefined;
      for (const t of a.resourceTypes) {
        const arn = svc.resourceTypes.get(t.name)?.arn;
        if (!arn) return undefined;
        out.push({ arn, re: templateRegex(arn) });
      }
    }
    if (!any) return undefined;
  }
  return out;
}
