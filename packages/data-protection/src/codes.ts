/**
 * Every diagnostic code @arbiter/data-protection emits (besides the shared `json.*` and `limit.*`
 * codes of @arbiter/ir). `test/codes.test.ts` checks that no source file uses a `dp.` code that is
 * missing here. AWS publishes no texts for InvalidParameter, so the messages are our own.
 */
export const DpCodes = {
  // parse
  notJson: 'dp.not-json',
  policyTooLarge: 'dp.policy-too-large',
  // validate: schema
  schema: 'dp.schema',
  missingField: 'dp.missing-field',
  unknownField: 'dp.unknown-field',
  wrongType: 'dp.wrong-type',
  invalidValue: 'dp.invalid-value',
  // validate: semantics
  unsupportedVersion: 'dp.unsupported-version',
  operationCount: 'dp.operation-count',
  multipleAudit: 'dp.multiple-audit',
  auditOutbound: 'dp.audit-outbound',
  auditDestination: 'dp.audit-destination',
  sampleRate: 'dp.sample-rate',
  logGroupPrefix: 'dp.log-group-prefix',
  deidentifyConfig: 'dp.deidentify-config',
  deidentifyOutbound: 'dp.deidentify-outbound',
  maskCharacter: 'dp.mask-character',
  denyConfig: 'dp.deny-config',
  invalidPrincipal: 'dp.invalid-principal',
  unknownIdentifier: 'dp.unknown-identifier',
  identifierNotArn: 'dp.identifier-not-arn',
  unknownCustomIdentifier: 'dp.unknown-custom-identifier',
  // validate: custom data identifiers (identifiers/custom.ts)
  customTooMany: 'dp.custom-too-many',
  customNameLength: 'dp.custom-name-length',
  customNameCharacters: 'dp.custom-name-characters',
  customNameManaged: 'dp.custom-name-managed',
  customNameDuplicate: 'dp.custom-name-duplicate',
  customRegexLength: 'dp.custom-regex-length',
  customRegexCharacters: 'dp.custom-regex-characters',
  customRegexInvalid: 'dp.custom-regex-invalid',
  customRegexEmptyMatch: 'dp.custom-regex-empty-match',
  // CloudWatch Logs policies (logs/policy.ts)
  logsStatementCount: 'dp.logs.statement-count',
  logsAuditFirst: 'dp.logs.audit-first',
  logsDeidentifySecond: 'dp.logs.deidentify-second',
  logsFindingsDestinationRequired: 'dp.logs.findings-destination-required',
  logsMaskConfigNotEmpty: 'dp.logs.mask-config-not-empty',
  logsRedactUnsupported: 'dp.logs.redact-unsupported',
  logsIdentifiersDiffer: 'dp.logs.identifiers-differ',
  logsUnsupportedField: 'dp.logs.unsupported-field',
  logsInvalidDestination: 'dp.logs.invalid-destination',
  logsCustomNameConflict: 'dp.logs.custom-name-conflict',
  // CloudWatch Logs events (logs/events.ts)
  logsNotLogEvents: 'dp.logs.not-log-events',
  logsBadEncoding: 'dp.logs.bad-encoding',
  logsEventShape: 'dp.logs.event-shape',
  logsBatchLimit: 'dp.logs.batch-limit',
  logsLogClass: 'dp.logs.log-class',
  // evaluate: SNS publish input
  messageNotText: 'dp.message-not-text',
  messageTooLarge: 'dp.message-too-large',
} as const;

export type DpCode = (typeof DpCodes)[keyof typeof DpCodes];
