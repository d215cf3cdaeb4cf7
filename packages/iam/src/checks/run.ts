/**
 * Runs the Access Analyzer checks on a validated policy. The service data is loaded only here (lazily,
 * only for the services the policy names); when it cannot be read, one diagnostic names the package.
 * `raw`, the input as given to validation, feeds the checks that need the JSON as written.
 */
import { diagnostic, type Diagnostic } from '@arbiter/ir';
import type { IamPolicy, IamStatement } from '../types.js';
import { readPolicyJson } from '../policy/parse.js';
import { loadServiceData } from '../service-data/load.js';
import { DATA_PACKAGE, type ServiceData } from '../service-data/types.js';
import { checkActionKeySupport } from './action-key-support.js';
import { checkActions } from './actions.js';
import { checkArnFields } from './arn-fields.js';
import { checkArnTemplates } from './arn-templates.js';
import { AaCheckCodes } from './codes.js';
import { checkConditionKeys } from './condition-keys.js';
import { checkConditionRisks } from './condition-risks.js';
import { checkConditionTypes, checkDuplicateKeyCase, checkPairedKeys } from './condition-types.js';
import { checkConditionValues } from './condition-values.js';
import { checkCreateSlr } from './create-slr.js';
import { checkEmptyElements } from './empty-elements.js';
import { checkKmsKeyValues } from './kms-key-values.js';
import { checkNotElements } from './not-elements.js';
import { checkPassRole } from './pass-role.js';
import { checkPermissiveValues } from './permissive-values.js';
import { checkPrivateIp } from './private-ip.js';
import { checkRawDocument } from './raw-document.js';
import { checkRedundantActions, checkRedundantResources, checkRedundantStatements, RESOURCE_WORK_BUDGET } from './redundant.js';
import { checkResources } from './resources.js';
import { checkSid, checkVariableSymbols } from './sids-variables.js';
import { checkTagKeys } from './tag-keys.js';
import { checkVpceKeyServices } from './vpce-key-services.js';

/** Checks of one statement that need no service data (condition-types reads key types itself, silently). */
function statementChecks(policy: IamPolicy, st: IamStatement, budget: { work: number }): Diagnostic[] {
  return [
    ...checkPassRole(st), ...checkCreateSlr(st), ...checkNotElements(st), ...checkEmptyElements(st), ...checkPrivateIp(st),
    ...checkArnFields(st), ...checkConditionValues(st), ...checkConditionTypes(st), ...checkPairedKeys(st),
    ...checkDuplicateKeyCase(st), ...checkSid(policy, st), ...checkVariableSymbols(st), ...checkRedundantResources(st, budget),
    ...checkPermissiveValues(st), ...checkKmsKeyValues(st), ...checkConditionRisks(st), ...checkVpceKeyServices(st),
  ];
}

function dataChecks(st: IamStatement, data: ServiceData): Diagnostic[] {
  return [...checkActions(st, data), ...checkConditionKeys(st, data), ...checkActionKeySupport(st, data), ...checkResources(st, data), ...checkArnTemplates(st, data), ...checkTagKeys(st, data), ...checkRedundantActions(st, data)];
}

export function runAccessAnalyzerChecks(policy: IamPolicy, raw?: unknown): Diagnostic[] {
  const out: Diagnostic[] = [];
  const budget = { work: RESOURCE_WORK_BUDGET };
  for (const st of policy.statements) out.push(...statementChecks(policy, st, budget));
  out.push(...checkRedundantStatements(policy.statements));
  if (raw !== undefined) {
    const json = readPolicyJson(raw);
    if (json.ok) out.push(...checkRawDocument(json.value));
  }
  const data = loadServiceData();
  try {
    if (data instanceof Error) throw data;
    for (const st of policy.statements) out.push(...dataChecks(st, data));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    out.push(diagnostic(AaCheckCodes.serviceDataUnavailable, 'policy', '', `service checks skipped: ${why.includes(DATA_PACKAGE) ? why : `${DATA_PACKAGE} is corrupt (${why})`}`, { severity: 'warning', help: `reinstall it: \`npm install ${DATA_PACKAGE}\`` }));
  }
  return out;
}
