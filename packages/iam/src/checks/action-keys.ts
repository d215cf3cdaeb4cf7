/** The condition keys an action supports (its own, and those of the resource types it takes), from the data. */
import type { ActionInfo, ServiceInfo } from '../service-data/types.js';
import { keyTemplateMatches } from '../service-data/key-types.js';
import { wildcardRegex } from './finding.js';

export function actionConditionKeys(a: ActionInfo, svc: ServiceInfo): string[] {
  const keys = [...a.conditionKeys];
  for (const r of a.resourceTypes) keys.push(...r.conditionKeys, ...(svc.resourceTypes.get(r.name)?.conditionKeys ?? []));
  return keys;
}

export function actionSupportsKey(a: ActionInfo, svc: ServiceInfo, lowerKey: string): boolean {
  return actionConditionKeys(a, svc).some((k) => keyTemplateMatches(k, lowerKey));
}

/** The data's actions an Action value names (`s3:Get*` → every s3 Get action); `undefined` when unknown. */
export function expandAction(text: string, service: (prefix: string) => ServiceInfo | undefined): { svc: ServiceInfo; prefix: string; actions: ActionInfo[] } | undefined {
  const colon = text.indexOf(':');
  if (text === '*' || colon <= 0) return undefined;
  const prefix = text.slice(0, colon).toLowerCase();
  const svc = service(prefix);
  if (!svc) return undefined;
  const name = text.slice(colon + 1);
  let actions: ActionInfo[];
  if (/[*?]/.test(name)) {
    const re = wildcardRegex(name);
    actions = [...svc.actions.values()].filter((a) => re.test(a.name));
  } else {
    const exact = svc.actions.get(name.toLowerCase());
    actions = exact ? [exact] : [];
  }
  return actions.length ? { svc, prefix, actions } : undefined;
}
