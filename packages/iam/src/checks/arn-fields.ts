/** ARN field errors in Resource/NotResource (partition, service case, account, Region code), without service data. */
import type { Diagnostic } from '@arbiter/ir';
import type { IamStatement } from '../types.js';
import { isPattern, splitArn } from './arn-parts.js';
import { AaCheckCodes } from './codes.js';
import { finding } from './finding.js';
import { isPartition, partitionOfRegion, REGIONS_BY_PARTITION } from './regions.js';

/** Why a literal Region field is wrong for the ARN's partition (a pattern partition: any partition); `undefined` when it is right. */
function regionProblem(partition: string, region: string): string | undefined {
  const home = partitionOfRegion(region);
  if (home === undefined) return `\`${region}\` is no Region of any AWS partition`;
  if (isPattern(partition) || !isPartition(partition) || home === partition) return undefined;
  return `\`${region}\` is a Region of the \`${home}\` partition, not of \`${partition}\``;
}

export function checkArnFields(st: IamStatement): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const r of [...(st.resource ?? []), ...(st.notResource ?? [])]) {
    const arn = splitArn(r.text);
    if (!arn) continue; // the grammar reports these
    const { partition, service, region, account } = arn;
    if (!isPattern(partition) && !isPartition(partition)) {
      out.push(finding(AaCheckCodes.arnInvalidPartition, r.at, `Invalid partition: The resource ARN for the service \`${service}\` does not support the partition \`${partition}\`. Include the supported partition.`, 'use `aws` (or `aws-cn`, `aws-us-gov`, …), or `*`', { code: 'INVALID_PARTITION', type: 'ERROR' }, { resource: r.text }));
    }
    if (!isPattern(service) && service !== service.toLowerCase()) {
      out.push(finding(AaCheckCodes.arnServiceCase, r.at, `Invalid ARN service case: Update the service name \`${service}\` in the resource ARN to use all lowercase letters.`, `write \`${service.toLowerCase()}\``, { code: 'INVALID_ARN_SERVICE_CASE', type: 'ERROR' }, { resource: r.text }));
    }
    const wrongRegion = region === '' || isPattern(region) ? undefined : regionProblem(partition, region);
    if (wrongRegion) {
      const regions = isPartition(partition) ? REGIONS_BY_PARTITION[partition]! : ['us-east-1'];
      const known = regions.slice(0, 3).map((code) => `\`${code}\``).join(', ') + (regions.length > 3 ? ', …' : '');
      out.push(finding(AaCheckCodes.arnInvalidRegion, r.at, `Invalid ARN Region: The Region \`${region}\` is not valid for this resource. Update the resource ARN to include a supported Region. (${wrongRegion}.)`, `write a Region code of the partition such as ${known}, or \`*\``, { code: 'INVALID_ARN_REGION', type: 'ERROR' }, { resource: r.text, region }));
    }
    if (account !== '' && !isPattern(account) && account !== 'aws' && !/^\d{12}$/.test(account)) {
      out.push(finding(AaCheckCodes.arnInvalidAccount, r.at, `Invalid ARN account: The resource ARN account ID \`${account}\` is not valid. Provide a 12-digit account ID.`, 'write the 12-digit account ID, or `*`', { code: 'INVALID_ARN_ACCOUNT', type: 'ERROR' }, { resource: r.text }));
    }
  }
  return out;
}
