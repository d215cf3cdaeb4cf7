/** Stable codes of the Access Analyzer checks that read the service authorization data or flag risk. */
export const AaCheckCodes = {
  serviceDataUnavailable: 'iam.service-data-unavailable',
  invalidServiceInAction: 'iam.invalid-service-in-action',
  unknownAction: 'iam.unknown-action',
  wildcardMatchesNoAction: 'iam.wildcard-matches-no-action',
  invalidGlobalConditionKey: 'iam.invalid-global-condition-key',
  unsupportedGlobalConditionKey: 'iam.unsupported-global-condition-key',
  invalidServiceConditionKey: 'iam.invalid-service-condition-key',
  conditionKeyNotSupported: 'iam.condition-key-not-supported-by-actions',
  resourceMatchesNoType: 'iam.resource-matches-no-resource-type',
  passRoleStarResource: 'iam.pass-role-with-star-in-resource',
  passRoleNotResource: 'iam.pass-role-with-not-resource',
  emptyArrayAction: 'iam.empty-array-action',
  emptyArrayResource: 'iam.empty-array-resource',
  emptySid: 'iam.empty-sid',
  privateIp: 'iam.private-ip-source',
  privateIpSubset: 'iam.private-ip-source-subset',
  arnInvalidPartition: 'iam.arn-invalid-partition',
  arnServiceCase: 'iam.arn-service-case',
  arnInvalidAccount: 'iam.arn-invalid-account',
  allowWithNotPrincipal: 'iam.allow-with-not-principal',
  allowWithNotAction: 'iam.allow-with-not-action',
  allowWithNotResource: 'iam.allow-with-not-resource',
} as const;

export type FindingType = 'ERROR' | 'SECURITY_WARNING' | 'WARNING' | 'SUGGESTION';
