/**
 * Arbiter's grammar and condition codes → Access Analyzer's issue code and finding type, where AA has
 * a matching check (names from AA's "policy check reference"). Codes absent here are Arbiter's own.
 */
import type { Diagnostic } from '@arbiter/ir';
import { IamCodes as C } from '../codes.js';
import type { FindingType } from './codes.js';

type AaMapping = readonly [string, FindingType];

export const AA_CODE_MAP: Readonly<Record<string, AaMapping | ((d: Diagnostic) => AaMapping)>> = {
  [C.jsonSyntax]: ['JSON_SYNTAX_ERROR', 'ERROR'],
  [C.missingStatement]: ['MISSING_STATEMENT', 'ERROR'],
  [C.invalidVersion]: ['INVALID_VERSION', 'ERROR'],
  [C.missingVersion]: ['MISSING_VERSION', 'WARNING'],
  [C.invalidElement]: ['INVALID_POLICY_ELEMENT', 'ERROR'],
  [C.wrongType]: ['DATA_TYPE_MISMATCH', 'ERROR'],
  [C.missingEffect]: ['MISSING_EFFECT', 'ERROR'],
  [C.invalidEffect]: ['INVALID_EFFECT', 'ERROR'],
  [C.missingAction]: ['MISSING_ACTION', 'ERROR'],
  [C.missingResource]: ['MISSING_RESOURCE', 'ERROR'],
  [C.missingPrincipal]: ['MISSING_PRINCIPAL', 'ERROR'],
  [C.unsupportedPrincipal]: ['UNSUPPORTED_PRINCIPAL', 'ERROR'],
  [C.elementCombination]: ['UNSUPPORTED_ELEMENT_COMBINATION', 'ERROR'],
  [C.invalidAction]: ['INVALID_ACTION', 'ERROR'],
  [C.duplicateSid]: ['UNIQUE_SIDS_REQUIRED', 'ERROR'],
  [C.invalidOperator]: ['INVALID_CONDITION_OPERATOR', 'ERROR'],
  [C.nullIfExists]: ['NULL_WITH_IF_EXISTS', 'ERROR'],
  [C.nullQualifier]: ['NULL_WITH_QUALIFIER', 'SUGGESTION'],
  [C.conditionKeyFormat]: ['INVALID_CONDITION_KEY_FORMAT', 'ERROR'],
  [C.missingTagKey]: ['MISSING_TAG_KEY_IN_CONDITION', 'ERROR'],
  [C.conditionDataType]: ['DATA_TYPE_MISMATCH', 'ERROR'],
  [C.emptyConditionValues]: ['EMPTY_ARRAY_CONDITION', 'SUGGESTION'],
  [C.wildcardWithoutLike]: ['WILDCARD_WITHOUT_LIKE_OPERATOR', 'WARNING'],
  [C.forAllValuesSingleValued]: ['FORALLVALUES_WITH_SINGLE_VALUED_KEY', 'SECURITY_WARNING'],
  [C.invalidDate]: ['TYPE_MISMATCH_DATE', 'WARNING'],
  [C.invalidBinary]: ['TYPE_MISMATCH_STRING', 'WARNING'],
  [C.invalidResource]: (d) => (String(d.params?.resource ?? '').startsWith('arn:') ? ['MISSING_ARN_FIELD', 'ERROR'] : ['INVALID_ARN_PREFIX', 'ERROR']),
  [C.invalidNumber]: ['TYPE_MISMATCH_NUMBER', 'WARNING'],
  [C.invalidBool]: ['TYPE_MISMATCH_BOOLEAN', 'WARNING'],
  [C.invalidIp]: ['TYPE_MISMATCH_IP_RANGE', 'WARNING'],
  [C.missingBrace]: ['MISSING_BRACE_IN_VARIABLE', 'ERROR'],
  [C.emptyVariable]: ['EMPTY_VARIABLE', 'ERROR'],
  [C.variableSpace]: ['UNSUPPORTED_SPACE_IN_VARIABLE', 'ERROR'],
  [C.variableQuote]: ['MISSING_QUOTE_IN_VARIABLE', 'ERROR'],
  [C.variableInElement]: ['VARIABLE_UNSUPPORTED_IN_ELEMENT', 'ERROR'],
  [C.variableForOperator]: ['INVALID_VARIABLE_FOR_OPERATOR', 'ERROR'],
  [C.variableVersion]: ['VARIABLE_UNSUPPORTED_IN_VERSION', 'ERROR'],
};

/** Adds `accessAnalyzerCode` and `findingType` to diagnostics whose code AA also has (a new object each). */
export function withAaCodes(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.map((d) => {
    const entry = AA_CODE_MAP[d.code];
    if (!entry || d.params?.accessAnalyzerCode !== undefined) return d;
    const m = typeof entry === 'function' ? entry(d) : entry;
    return { ...d, params: { ...(d.params ?? {}), accessAnalyzerCode: m[0], findingType: m[1] } };
  });
}
