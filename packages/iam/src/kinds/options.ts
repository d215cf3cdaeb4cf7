/** Options of `validateIamPolicy` that say where the policy is attached (its quota and service). */
import { Arg, readOptions, type Result } from '@arbiter/ir';
import type { PolicyKind } from '../types.js';

export const POLICY_KINDS: readonly PolicyKind[] = ['identity', 'resource', 'trust', 'boundary', 'scp', 'rcp', 'session'];

/** Where an identity policy lives: a managed policy (the default) or inline in a user, role or group. */
export type IdentityAttachment = 'managed' | 'user' | 'role' | 'group';

export interface ValidateOptions {
  /** Where the policy is attached (default `identity`). */
  kind?: PolicyKind;
  /** Identity policies: managed (6,144 characters) or inline in a user (2,048), role (10,240) or group (5,120). */
  attachedTo?: IdentityAttachment;
  /** Resource policies: the CloudFormation type holding it (`AWS::S3::BucketPolicy`, `AWS::KMS::Key`…): its service and size quota. */
  resourceType?: string;
  /**
   * SCPs: `full` (default) is the full IAM language Organizations accepts since September 2025;
   * `legacy` adds Access Analyzer's SCP_SYNTAX_ERROR_* checks of the older SCP grammar (still the
   * rules where the full language is not available, such as the China Regions).
   */
  scpLanguage?: 'full' | 'legacy';
}

export function readValidateOptions(given: unknown): Result<ValidateOptions> {
  return readOptions<ValidateOptions>(given, {
    kind: Arg.oneOf<PolicyKind>(...POLICY_KINDS),
    attachedTo: Arg.oneOf<IdentityAttachment>('managed', 'user', 'role', 'group'),
    resourceType: Arg.string,
    scpLanguage: Arg.oneOf<'full' | 'legacy'>('full', 'legacy'),
  });
}
