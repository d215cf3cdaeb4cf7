/** Stable codes of the checks that depend on where a policy is attached (its kind). */
export const KindCodes = {
  // Principal element (resource, trust and RCP policies)
  invalidPrincipalFormat: 'iam.invalid-principal-format',
  invalidPrincipalKey: 'iam.invalid-principal-key',
  invalidServicePrincipal: 'iam.invalid-service-principal-format',
  wildcardInPrincipal: 'iam.unsupported-wildcard-in-principal',
  // SCPs
  scpPrincipal: 'iam.scp-principal',
  scpActionWildcard: 'iam.scp-action-wildcard',
  scpAllowCondition: 'iam.scp-allow-condition',
  scpAllowNotAction: 'iam.scp-allow-not-action',
  scpAllowResource: 'iam.scp-allow-resource',
  scpNotResource: 'iam.scp-not-resource',
  // RCPs
  rcpAllow: 'iam.rcp-allow',
  rcpPrincipal: 'iam.rcp-principal',
  rcpNotPrincipal: 'iam.rcp-not-principal',
  rcpNotAction: 'iam.rcp-not-action',
  rcpService: 'iam.rcp-unsupported-service',
  // Role trust policies
  trustResource: 'iam.trust-policy-resource',
  trustAction: 'iam.trust-policy-action',
  trustPrincipalAction: 'iam.trust-principal-action-mismatch',
  trustAnyone: 'iam.trust-policy-allows-anyone',
  oidcMissingSub: 'iam.oidc-missing-sub',
  oidcBroadSub: 'iam.oidc-sub-too-broad',
  oidcMissingAud: 'iam.oidc-missing-aud',
  cognitoMissingAud: 'iam.cognito-missing-aud',
  cognitoMissingAmr: 'iam.cognito-missing-amr',
  cognitoUnauthenticated: 'iam.cognito-unauthenticated',
  samlMissingAud: 'iam.saml-missing-aud',
  // Resource-based policies of one service
  resourceForeignAction: 'iam.resource-policy-foreign-action',
  unknownResourceType: 'iam.unknown-resource-type',
  // Size quotas and characters
  sizeScp: 'iam.policy-size-exceeds-scp-quota',
  sizeRcp: 'iam.policy-size-exceeds-rcp-quota',
  sizeIdentity: 'iam.policy-size-exceeds-identity-quota',
  sizeTrust: 'iam.policy-size-exceeds-trust-quota',
  sizeSession: 'iam.policy-size-exceeds-session-quota',
  sizeResource: 'iam.policy-size-exceeds-resource-quota',
  character: 'iam.policy-character-not-allowed',
} as const;
