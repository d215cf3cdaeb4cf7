/** Condition keys against the data: unknown global keys, unknown service keys, keys no action supports. */
import type { Diagnostic } from '@arbiter/ir';
import type { IamCondition, IamStatement } from '../types.js';
import type { ServiceData } from '../service-data/types.js';
import { AaCheckCodes } from './codes.js';
import { keyTemplateMatches as keyMatches } from '../service-data/key-types.js';
import { actionConditionKeys, expandAction } from './action-keys.js';
import { finding } from './finding.js';

export function checkConditionKeys(st: IamStatement, data: ServiceData): Diagnostic[] {
  const out: Diagnostic[] = [];
  let supported: string[] | undefined | null = null; // computed on first need: it expands every action
  for (const c of st.conditions) {
    const colon = c.lowerKey.indexOf(':');
    if (colon <= 0) continue; // format errors are reported by the grammar checks
    const prefix = c.lowerKey.slice(0, colon);
    if (c.lowerKey === 'aws:arn') {
      out.push(finding(AaCheckCodes.unsupportedGlobalConditionKey, c.at, 'Unsupported global condition key: The condition key aws:ARN is not supported. Use aws:PrincipalArn or aws:SourceArn instead.', 'write `aws:PrincipalArn` (who calls) or `aws:SourceArn` (on whose behalf a service calls)', { code: 'UNSUPPORTED_GLOBAL_CONDITION_KEY', type: 'ERROR' }, { key: c.key }));
      continue;
    }
    if (prefix === 'aws') {
      if (!data.globalKeys.has(c.lowerKey) && !data.globalPrefixes.some((p) => c.lowerKey.startsWith(p) && c.lowerKey.length > p.length)) {
        out.push(finding(AaCheckCodes.invalidGlobalConditionKey, c.at, `Invalid global condition key: The condition key \`${c.key}\` does not exist. Use a valid condition key.`, 'check the spelling against the global condition keys (e.g. `aws:SourceIp`, `aws:PrincipalTag/tag-key`)', { code: 'INVALID_GLOBAL_CONDITION_KEY', type: 'ERROR' }, { key: c.key }));
      }
      continue;
    }
    const svc = data.service(prefix);
    if (!svc) {
      out.push(finding(AaCheckCodes.invalidServiceConditionKey, c.at, `Invalid service: The service \`${prefix}\` of the condition key \`${c.key}\` does not exist. Use a valid service name.`, 'check the service prefix of the condition key', { code: 'INVALID_SERVICE', type: 'ERROR' }, { key: c.key, service: prefix }));
      continue;
    }
    if (![...svc.conditionKeys.values()].some((k) => keyMatches(k, c.lowerKey))) {
      out.push(finding(AaCheckCodes.invalidServiceConditionKey, c.at, `Invalid service condition key: The condition key \`${c.key}\` does not exist in the service \`${prefix}\`. Use a valid condition key.`, `use a condition key that \`${prefix}\` defines`, { code: 'INVALID_SERVICE_CONDITION_KEY', type: 'ERROR' }, { key: c.key }));
      continue;
    }
    if (supported === null) supported = supportedKeys(st, data);
    if (supported && !supported.some((k) => keyMatches(k, c.lowerKey))) out.push(unsupported(c));
  }
  return out;
}

function unsupported(c: IamCondition): Diagnostic {
  return finding(AaCheckCodes.conditionKeyNotSupported, c.at, `no action of this statement supports the condition key \`${c.key}\`, so the condition never matches (or always matches with IfExists)`, 'use a condition key the statement\'s actions support, or move the key to a statement with such actions', { type: 'WARNING' }, { key: c.key });
}

/** Service keys supported by the statement's actions; `undefined` when unknown (`*`, NotAction, unknown actions). */
function supportedKeys(st: IamStatement, data: ServiceData): string[] | undefined {
  if (!st.action || st.action.length === 0) return undefined;
  const keys: string[] = [];
  for (const v of st.action) {
    const named = expandAction(v.text, (p) => data.service(p));
    if (!named) return undefined;
    for (const a of named.actions) keys.push(...actionConditionKeys(a, named.svc));
  }
  return keys;
}
