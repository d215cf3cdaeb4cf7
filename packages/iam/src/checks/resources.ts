/**
 * Resource ARNs against the resource types of the statement's actions (AA's "Invalid ARN resource":
 * the service and the resource part; Region and account are arn-templates.ts's). Only literal ARNs
 * are checked (no `*`, `?` or `${…}`): a pattern may match a type's ARNs partially.
 */
import type { Diagnostic } from '@arbiter/ir';
import type { IamStatement } from '../types.js';
import type { ServiceData } from '../service-data/types.js';
import { splitArn } from './arn-parts.js';
import { arnTemplateRegex } from '../service-data/arn-template.js';
import { AaCheckCodes } from './codes.js';
import { finding } from './finding.js';
import { expandAction } from './action-keys.js';

interface TypeShape {
  arn: string;
  service: string;
  resource: RegExp;
}

export function checkResources(st: IamStatement, data: ServiceData): Diagnostic[] {
  const shapes = resourceShapes(st, data);
  if (!shapes) return [];
  const out: Diagnostic[] = [];
  for (const r of st.resource ?? []) {
    const arn = splitArn(r.text);
    if (!arn || /[*?]/.test(r.text) || r.hasVariables || r.text.includes('${')) continue;
    if (shapes.some((t) => t.service === arn.service && t.resource.test(arn.resource))) continue;
    const shown = [...new Set(shapes.map((t) => t.arn))].slice(0, 3).map((a) => `\`${a}\``).join(', ');
    out.push(finding(AaCheckCodes.resourceMatchesNoType, r.at, `Invalid ARN resource: Resource ARN does not match the expected ARN format. Update the resource portion of the ARN. (\`${r.text}\` matches no resource type of the statement's actions.)`, `use an ARN of the form ${shown}`, { code: 'INVALID_ARN_RESOURCE', type: 'ERROR' }, { resource: r.text }));
  }
  return out;
}

/** The resource types every action takes; `undefined` when unknown or an action takes only `*`. */
function resourceShapes(st: IamStatement, data: ServiceData): TypeShape[] | undefined {
  if (!st.action || st.action.length === 0) return undefined;
  const out: TypeShape[] = [];
  for (const v of st.action) {
    const named = expandAction(v.text, (p) => data.service(p));
    if (!named) return undefined;
    for (const a of named.actions) {
      if (a.resourceTypes.length === 0) return undefined;
      for (const t of a.resourceTypes) {
        const arn = named.svc.resourceTypes.get(t.name)?.arn;
        const parts = arn ? splitArn(arn) : undefined;
        if (!arn || !parts) return undefined;
        out.push({ arn, service: parts.service, resource: arnTemplateRegex(parts.resource) });
      }
    }
  }
  return out;
}
