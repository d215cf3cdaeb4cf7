/**
 * Tag condition keys (`aws:ResourceTag/…`, `aws:RequestTag/…`, `aws:TagKeys`) with actions of services
 * that do not support them: the key is then absent, so an Allow never grants and a Deny never denies
 * those actions. Literal actions are judged one by one; a wildcard action only when none of the
 * actions it names supports the key (a wildcard spanning both kinds is not flagged). `*` is skipped.
 * With NotAction, some actions the statement covers never support the key.
 */
import type { Diagnostic } from '@arbiter/ir';
import type { ServiceData } from '../service-data/types.js';
import type { IamCondition, IamStatement } from '../types.js';
import { actionSupportsKey, expandAction } from './action-keys.js';
import { AaCheckCodes } from './codes.js';
import { finding } from './finding.js';

const TAG_KEY = /^aws:(?:resourcetag\/.+|requesttag\/.+|tagkeys)$/;

export function checkTagKeys(st: IamStatement, data: ServiceData): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const c of st.conditions) {
    if (!TAG_KEY.test(c.lowerKey)) continue;
    if (st.notAction) out.push(notActionFinding(st, c));
    else {
      const services = unsupportedServices(st, c, data);
      if (services.length) out.push(actionFinding(st, c, services));
    }
  }
  return out;
}

function unsupportedServices(st: IamStatement, c: IamCondition, data: ServiceData): string[] {
  const services = new Set<string>();
  for (const v of st.action ?? []) {
    const named = expandAction(v.text, (p) => data.service(p));
    if (!named) continue;
    const literal = !/[*?]/.test(v.text);
    const supported = literal ? actionSupportsKey(named.actions[0]!, named.svc, c.lowerKey) : named.actions.some((a) => actionSupportsKey(a, named.svc, c.lowerKey));
    if (!supported) services.add(named.prefix);
  }
  return [...services].sort();
}

function actionFinding(st: IamStatement, c: IamCondition, services: string[]): Diagnostic {
  const names = services.join(', ');
  const help = `move the ${names} actions to a statement without \`${c.key}\` (for example, scope them by resource name)`;
  if (st.effect === 'Deny') {
    return finding(AaCheckCodes.unsupportedTagKey, c.at, `Deny with unsupported tag condition key for service: Using the effect Deny with the tag condition key ${c.key} and actions for services with the following prefixes can be overly permissive: ${names}. Actions for the listed services are not denied by this statement. We recommend that you move these actions to a different statement without this condition key.`, help, { code: 'DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE', type: 'SECURITY_WARNING' }, { key: c.key, services: names });
  }
  return finding(AaCheckCodes.unsupportedTagKey, c.at, `Allow with unsupported tag condition key for service: Using the effect Allow with the tag condition key ${c.key} and actions for services with the following prefixes does not affect the policy: ${names}. Actions for the listed service are not allowed by this statement. We recommend that you move these actions to a different statement without this condition key.`, help, { code: 'ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE', type: 'SUGGESTION' }, { key: c.key, services: names });
}

function notActionFinding(st: IamStatement, c: IamCondition): Diagnostic {
  const help = 'list the actions with `Action` instead of `NotAction`';
  if (st.effect === 'Deny') {
    return finding(AaCheckCodes.unsupportedTagKey, c.at, `Deny NotAction with unsupported tag condition key for service: Using the effect Deny with NotAction and the tag condition key ${c.key} can be overly permissive because some service actions are not denied by this statement. This is because the condition key doesn't apply to some service actions. We recommend that you use Action instead of NotAction.`, help, { code: 'DENY_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE', type: 'SECURITY_WARNING' }, { key: c.key });
  }
  return finding(AaCheckCodes.unsupportedTagKey, c.at, `Allow NotAction with unsupported tag condition key for service: Using the effect Allow with NotAction and the tag condition key ${c.key} allows only service actions that support the condition key. The condition key doesn't apply to some service actions. We recommend that you use Action instead of NotAction.`, help, { code: 'ALLOW_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE', type: 'SUGGESTION' }, { key: c.key });
}
