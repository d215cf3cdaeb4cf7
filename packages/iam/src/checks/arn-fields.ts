/** ARN field errors in Resource/NotResource (partition, service case, account), without service data. */
import type { Diagnostic } from '@arbiter/ir';
import type { IamStatement } from '../types.js';
import { AaCheckCodes } from './codes.js';
import { finding } from './finding.js';

const PARTITIONS = new Set(['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc']);
/** A field with `*`, `?` or `${…}` is a pattern: not checked. */
const pattern = (f: string) => /[*?]|\$\{/.test(f);

export function checkArnFields(st: IamStatement): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const r of [...(st.resource ?? []), ...(st.notResource ?? [])]) {
    const f = r.text.split(':');
    if (f[0] !== 'arn' || f.length < 6) continue; // the grammar reports these
    const [, partition = '', service = '', , account = ''] = f;
    if (!pattern(partition) && !PARTITIONS.has(partition)) {
      out.push(finding(AaCheckCodes.arnInvalidPartition, r.at, `Invalid partition: The resource ARN for the service \`${service}\` does not support the partition \`${partition}\`. Include the supported partition.`, 'use `aws` (or `aws-cn`, `aws-us-gov`, …), or `*`', { code: 'INVALID_PARTITION', type: 'ERROR' }, { resource: r.text }));
    }
    if (!pattern(service) && service !== service.toLowerCase()) {
      out.push(finding(AaCheckCodes.arnServiceCase, r.at, `Invalid ARN service case: Update the service name \`${service}\` in the resource ARN to use all lowercase letters.`, `write \`${service.toLowerCase()}\``, { code: 'INVALID_ARN_SERVICE_CASE', type: 'ERROR' }, { resource: r.text }));
    }
    if (account !== '' && !pattern(account) && account !== 'aws' && !/^\d{12}$/.test(account)) {
      out.push(finding(AaCheckCodes.arnInvalidAccount, r.at, `Invalid ARN account: The resource ARN account ID \`${account}\` is not valid. Provide a 12-digit account ID.`, 'write the 12-digit account ID, or `*`', { code: 'INVALID_ARN_ACCOUNT', type: 'ERROR' }, { resource: r.text }));
    }
  }
  return out;
}
