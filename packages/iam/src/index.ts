/**
 * @arbiter/iam: IAM policy validation (as IAM Access Analyzer does it) and ABAC evaluation (as IAM
 * decides), with an explanation for every decision.
 */
export { parseIamPolicy, validateIamPolicy, loadPolicySet } from './policy/load.js';
export type { LoadedPolicy, LoadedSet } from './policy/load.js';
export { policyToIr, statementToRule, statementParts } from './policy/to-ir.js';
export { authorize, compilePolicySet, CompiledPolicySet, checkRequest, decideReference } from './authorize.js';
export type { PreparedRequest } from './evaluate/request.js';
export { formatExplanation, formatRef } from './explain.js';
export { runIamCase } from './conformance.js';
export { IamCodes } from './codes.js';
export { AaCheckCodes, type FindingType } from './checks/codes.js';
export { AA_CODE_MAP } from './checks/aa-map.js';
export { serviceDataVersion, useServiceDataAt } from './service-data/load.js';
export { authorizeWithServiceData, type DataAuthorizeOptions } from './service-data/authorize-with-data.js';
export { KindCodes } from './kinds/codes.js';
export { POLICY_KINDS, type ValidateOptions, type IdentityAttachment } from './kinds/options.js';
export { detectPolicyKind } from './kinds/detect.js';
export { REGIONS_BY_PARTITION, REGION_TABLE_DATE } from './checks/regions.js';
export { IDENTITY_QUOTAS, TRUST_QUOTA, TRUST_QUOTA_RAISED, SESSION_QUOTA, ORGANIZATIONS_QUOTA } from './kinds/size.js';
export { RESOURCE_POLICY_RULES, type ResourcePolicyRule } from './kinds/resource-types.js';
export { ALL_OPERATORS, parseOperator } from './operators/registry.js';
export type { OperatorDef, OperatorFamily } from './operators/types.js';
export type * from './types.js';
export { fieldsOf } from './evaluate/fields.js';
