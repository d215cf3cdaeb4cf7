/**
 * What the service authorization data says about a request: whether its service and action exist,
 * and which of the action's resource types its resource is. For `authorize --explain`.
 */
import type { IamRequest } from '../types.js';
import { arnTemplateRegex } from './arn-template.js';
import type { ServiceData } from './types.js';

export interface RequestFacts {
  /** False when the data has no such service or action: IAM would never evaluate the request. */
  actionExists: boolean;
  /** One line each, for people. */
  notes: string[];
}

export function requestFacts(request: IamRequest, data: ServiceData): RequestFacts {
  const colon = request.action.indexOf(':');
  const prefix = colon > 0 ? request.action.slice(0, colon) : request.action;
  const svc = data.service(prefix);
  const source = `(service authorization data ${data.version})`;
  if (!svc) return { actionExists: false, notes: [`the service \`${prefix}\` of \`${request.action}\` does not exist ${source}`] };
  const action = svc.actions.get(request.action.slice(colon + 1).toLowerCase());
  if (!action) return { actionExists: false, notes: [`the action \`${request.action}\` does not exist in \`${prefix}\` ${source}`] };
  const resource = request.resource;
  if (resource === undefined || resource === '*') return { actionExists: true, notes: [] };
  if (action.resourceTypes.length === 0) {
    return { actionExists: true, notes: [`\`${action.name}\` takes no resource type: IAM matches it only against \`"Resource": "*"\` statements`] };
  }
  const types = action.resourceTypes.map((t) => ({ name: t.name, arn: svc.resourceTypes.get(t.name)?.arn }));
  const hit = types.find((t) => t.arn !== undefined && arnTemplateRegex(t.arn).test(resource));
  if (hit) return { actionExists: true, notes: [`the resource is a \`${hit.name}\` of \`${prefix}\`, a resource type of \`${action.name}\``] };
  const expected = types.map((t) => `${t.name}: ${t.arn ?? '?'}`).join('; ');
  return { actionExists: true, notes: [`the resource \`${resource}\` is of no resource type of \`${prefix}:${action.name}\` (${expected}) ${source}`] };
}
