/**
 * Runs the Access Analyzer checks on a validated policy. The service data is loaded only here (lazily,
 * only for the services the policy names); when it cannot be read, one diagnostic names the package.
 */
import { diagnostic, type Diagnostic } from '@arbiter/ir';
import type { IamPolicy } from '../types.js';
import { loadServiceData } from '../service-data/load.js';
import { DATA_PACKAGE } from '../service-data/types.js';
import { checkActions } from './actions.js';
import { checkArnFields } from './arn-fields.js';
import { AaCheckCodes } from './codes.js';
import { checkConditionKeys } from './condition-keys.js';
import { checkEmptyElements } from './empty-elements.js';
import { checkNotElements } from './not-elements.js';
import { checkPassRole } from './pass-role.js';
import { checkPrivateIp } from './private-ip.js';
import { checkResources } from './resources.js';

export function runAccessAnalyzerChecks(policy: IamPolicy): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const st of policy.statements) out.push(...checkPassRole(st), ...checkNotElements(st), ...checkEmptyElements(st), ...checkPrivateIp(st), ...checkArnFields(st));
  const data = loadServiceData();
  try {
    if (data instanceof Error) throw data;
    for (const st of policy.statements) out.push(...checkActions(st, data), ...checkConditionKeys(st, data), ...checkResources(st, data));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    out.push(diagnostic(AaCheckCodes.serviceDataUnavailable, 'policy', '', `service checks skipped: ${why.includes(DATA_PACKAGE) ? why : `${DATA_PACKAGE} is corrupt (${why})`}`, { severity: 'warning', help: `reinstall it: \`npm install ${DATA_PACKAGE}\`` }));
  }
  return out;
}
