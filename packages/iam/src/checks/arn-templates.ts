/**
 * Region and account fields against the ARN formats of the resource's service (service data):
 * AA's "ARN Region not allowed", "ARN account not allowed", "Missing ARN Region" and
 * "Missing ARN account" (that one's wording is Arbiter's: the page text was not at hand). The formats
 * considered are the service's resource types whose resource part fits the ARN's (all of them when
 * the ARN's resource part is a pattern); a finding needs every one of them to agree.
 */
import type { Diagnostic } from '@arbiter/ir';
import type { IamStatement } from '../types.js';
import type { ServiceData } from '../service-data/types.js';
import { isPattern, splitArn, type ArnParts } from './arn-parts.js';
import { arnTemplateRegex } from '../service-data/arn-template.js';
import { AaCheckCodes } from './codes.js';
import { finding } from './finding.js';

export function checkArnTemplates(st: IamStatement, data: ServiceData): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const r of [...(st.resource ?? []), ...(st.notResource ?? [])]) {
    const arn = splitArn(r.text);
    if (!arn || isPattern(arn.service) || arn.service !== arn.service.toLowerCase()) continue;
    const formats = formatsFor(arn, data);
    if (!formats || formats.length === 0) continue;
    const service = arn.service;
    if (arn.region !== '' && !isPattern(arn.region) && formats.every((f) => f.region === '')) {
      out.push(finding(AaCheckCodes.arnRegionNotAllowed, r.at, `ARN Region not allowed: The service ${service} does not support specifying a Region in the resource ARN.`, `remove the Region: \`${formats[0]!.arn}\``, { code: 'ARN_REGION_NOT_ALLOWED', type: 'ERROR' }, { resource: r.text, service }));
    }
    if (arn.region === '' && formats.every((f) => f.region !== '')) {
      out.push(finding(AaCheckCodes.arnMissingRegion, r.at, `Missing ARN Region: Add a Region to the ${service} resource ARN.`, `write a Region (or \`*\`) in the fourth field: \`${formats[0]!.arn}\``, { code: 'MISSING_ARN_REGION', type: 'ERROR' }, { resource: r.text, service }));
    }
    if (arn.account === '' && formats.every((f) => f.account !== '')) {
      out.push(finding(AaCheckCodes.arnMissingAccount, r.at, `Missing ARN account: The resource ${r.text} in the arn is missing an account id. Please provide a 12 digit account id.`, `write a 12-digit account ID (or \`*\`) in the fifth field: \`${formats[0]!.arn}\``, { code: 'MISSING_ARN_ACCOUNT', type: 'ERROR' }, { resource: r.text, service }));
    }
    if (arn.account !== '' && !isPattern(arn.account) && formats.every((f) => f.account === '')) {
      out.push(finding(AaCheckCodes.arnAccountNotAllowed, r.at, `ARN account not allowed: The service ${service} does not support specifying an account ID in the resource ARN.`, `remove the account ID: \`${formats[0]!.arn}\``, { code: 'ARN_ACCOUNT_NOT_ALLOWED', type: 'ERROR' }, { resource: r.text, service }));
    }
  }
  return out;
}

/** The service's ARN formats that could describe this ARN; `undefined` for an unknown service. */
function formatsFor(arn: ArnParts, data: ServiceData): Array<ArnParts & { arn: string }> | undefined {
  const svc = data.service(arn.service);
  if (!svc) return undefined;
  const all: Array<ArnParts & { arn: string }> = [];
  for (const t of svc.resourceTypes.values()) {
    const parts = splitArn(t.arn);
    if (parts && parts.service === arn.service) all.push({ ...parts, arn: t.arn });
  }
  if (isPattern(arn.resource)) return all;
  return all.filter((f) => arnTemplateRegex(f.resource).test(arn.resource));
}
