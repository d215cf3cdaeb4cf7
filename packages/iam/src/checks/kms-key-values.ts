/**
 * Access Analyzer's INVALID_KMS_KEY_VALUE (ERROR): "The {{key}} condition key value must be a valid
 * KMS key ARN." The page names no keys; Arbiter checks the keys the service data types `ARN` (or
 * `ArrayOfARN`) whose name says they hold a KMS key (`s3:x-amz-server-side-encryption-aws-kms-key-id`,
 * `secretsmanager:KmsKeyArn`, `s3tables:KmsKeyArn`, …): a literal value there that is no key ARN
 * (a key id, an alias) never matches the ARN the request carries.
 */
import type { Diagnostic } from '@arbiter/ir';
import { conditionKeyType } from '../service-data/key-types.js';
import type { IamCondition, IamStatement } from '../types.js';
import { AaCheckCodes } from './codes.js';
import { finding } from './finding.js';

/** `arn:<partition>:kms:<region>:<account>:key/<key id>` (AWS KMS developer guide, "Key ARN"). */
const KEY_ARN = /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+$/;

function holdsKmsKeyArn(c: IamCondition): boolean {
  const name = c.lowerKey.slice(c.lowerKey.indexOf(':') + 1);
  if (!name.includes('kms') || !name.includes('key') || name.includes('tag')) return false;
  const type = conditionKeyType(c.key);
  return type === 'ARN' || type === 'ArrayOfARN';
}

export function checkKmsKeyValues(st: IamStatement): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const c of st.conditions) {
    if (!(c.operator.startsWith('String') || c.operator.startsWith('Arn')) || !holdsKmsKeyArn(c)) continue;
    const like = c.operator.includes('Like');
    for (const v of c.values) {
      if (v.hasVariables || (like && /[*?]/.test(v.text)) || KEY_ARN.test(v.text)) continue;
      out.push(finding(AaCheckCodes.invalidKmsKeyValue, v.at, `Invalid kms key value: The ${c.key} condition key value must be a valid KMS key ARN.`, 'write the key ARN: `arn:aws:kms:<region>:<account-id>:key/<key-id>`', { code: 'INVALID_KMS_KEY_VALUE', type: 'ERROR' }, { key: c.key, value: v.text }));
    }
  }
  return out;
}
