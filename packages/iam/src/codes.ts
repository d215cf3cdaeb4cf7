/**
 * Diagnostic codes and texts. Messages are IAM Access Analyzer's wording ("Title: text") where it has
 * one (spec §4); the project's own checks use lowercase one-line messages with values in backticks.
 */
export const IamCodes = {
  jsonSyntax: 'iam.json-syntax',
  notObject: 'iam.policy-not-object',
  missingStatement: 'iam.missing-statement',
  invalidVersion: 'iam.invalid-version',
  missingVersion: 'iam.missing-version',
  invalidElement: 'iam.invalid-element',
  wrongType: 'iam.wrong-type',
  missingEffect: 'iam.missing-effect',
  invalidEffect: 'iam.invalid-effect',
  missingAction: 'iam.missing-action',
  missingResource: 'iam.missing-resource',
  missingPrincipal: 'iam.missing-principal',
  unsupportedPrincipal: 'iam.unsupported-principal',
  elementCombination: 'iam.unsupported-element-combination',
  invalidAction: 'iam.invalid-action',
  actionComma: 'iam.action-comma',
  invalidResource: 'iam.invalid-resource',
  duplicateSid: 'iam.duplicate-sid',
  invalidOperator: 'iam.invalid-condition-operator',
  operatorCase: 'iam.operator-case',
  nullIfExists: 'iam.null-with-if-exists',
  nullQualifier: 'iam.null-with-qualifier',
  nullValue: 'iam.invalid-null-value',
  conditionKeyFormat: 'iam.invalid-condition-key-format',
  missingTagKey: 'iam.missing-tag-key',
  conditionDataType: 'iam.condition-data-type',
  emptyConditionValues: 'iam.empty-condition-values',
  wildcardWithoutLike: 'iam.wildcard-without-like',
  forAllValuesSingleValued: 'iam.forallvalues-single-valued-key',
  invalidDate: 'iam.invalid-date-value',
  invalidNumber: 'iam.invalid-numeric-value',
  invalidBool: 'iam.invalid-bool-value',
  invalidIp: 'iam.invalid-ip-value',
  invalidBinary: 'iam.invalid-binary-value',
  missingBrace: 'iam.variable-missing-brace',
  emptyVariable: 'iam.variable-empty',
  variableSpace: 'iam.variable-space',
  variableQuote: 'iam.variable-missing-quote',
  variableInElement: 'iam.variable-unsupported-in-element',
  variableForOperator: 'iam.variable-invalid-for-operator',
  variableVersion: 'iam.variable-unsupported-in-version',
  variableTypo: 'iam.variable-typo',
  curlyQuote: 'iam.curly-quote',
  tooManyStatements: 'iam.too-many-statements',
  contextWrongType: 'iam.context-wrong-type',
  contextCoerced: 'iam.context-coerced',
  requestWrongType: 'iam.request-wrong-type',
  policySetWrongType: 'iam.policy-set-wrong-type',
} as const;

/** Access Analyzer texts (spec §4, §1.8). */
export const AaText = {
  missingStatement: 'Missing statement: A JSON policy must include a statement.',
  missingVersion:
    'Missing version: We recommend that you specify the Version element to help you with debugging permission issues.',
  invalidEffect: (e: string) => `Invalid effect: The effect ${e} is not valid. Use Allow or Deny.`,
  missingEffect: 'Missing effect: Add an Effect element to the policy statement with a value of Allow or Deny.',
  missingAction: 'Missing action: Add an Action or NotAction element to the policy statement.',
  missingResource: 'Missing resource: Add a Resource or NotResource element to the policy statement.',
  invalidOperator: (op: string) =>
    `Invalid condition operator: The condition operator ${op} is not valid. Use a valid condition operator.`,
  nullIfExists:
    'Null with if exists: The Null condition operator cannot be used with the IfExists suffix. Update the operator or the suffix.',
  conditionKeyFormat:
    'Invalid condition key format: The condition key format is not valid. Use the format service:keyname.',
  missingTagKey: (k: string) =>
    `Missing tag key in condition: The condition key ${k} must include a tag key to control access based on tags. Use the format ${k}tag-key and specify a key name for tag-key.`,
  dataType: (t: string) => `Data type mismatch: The text does not match the expected JSON data type ${t}.`,
  variableForOperator:
    'Invalid variable for operator: Policy variables can only be used with String and ARN operators.',
  variableInElement: (v: string) =>
    `Variable unsupported in element: Policy variables are supported in the Resource and Condition elements. Remove the policy variable ${v} from this element.`,
  variableVersion:
    'Variable unsupported in version: To include variables in your policy, use the policy version 2012-10-17 or later.',
  missingQuote:
    'Missing quote in variable: The policy variable default value must begin and end with a single quote. Add the missing quote.',
  variableSpace: 'Unsupported space in variable: A space is not supported within the policy variable text. Remove the space.',
  emptyVariable:
    'Empty variable: Empty policy variable. Remove the ${ } variable structure or provide a variable within the structure.',
  missingBrace: 'Missing brace in variable: The policy variable is missing a closing curly brace. Add } after the variable text.',
  wildcardWithoutLike:
    'Wildcard without like operator: Your condition value includes a * or ? character. If you meant to use a wildcard (*, ?), update the condition operator to include Like.',
  forAllValuesSingle: (k: string) =>
    `ForAllValues with single valued key: Using ForAllValues qualifier with the single-valued condition key ${k} can be overly permissive. We recommend that you remove ForAllValues:.`,
  typeMismatchDate:
    'Type mismatch date: The date condition operator is used with an invalid value. Specify a valid date using YYYY-MM-DD or other ISO 8601 date/time format.',
  invalidDate: (d: string) =>
    `Invalid date value: The date ${d} might not resolve as expected. We recommend that you use the YYYY-MM-DD format.`,
  jsonSyntax: (index: number, line: number, column: number) =>
    `Json syntax error: Fix the JSON syntax error at index ${index} line ${line} column ${column}.`,
} as const;
