/** The condition keys an action supports (its own, and those of the resource types it takes), from the data. */
import type { ActionInfo, ServiceInfo } from '../service-data/types.js';
import { keyTemplateSet } from '../service-data/key-types.js';
import { wildcardRegex } from './finding.js';

export function actionConditionKeys(a: ActionInfo, svc: ServiceInfo): string[] {
  const keys = [...a.conditionKeys];
  for (const r of a.resourceTypes) keys.push(...r.conditionKeys, ...(svc.resourceTypes.get(r.name)?.conditionKeys ?? []));
  return keys;
}

/** Per action, built on first use: the data does not change while the process runs. */
const supports = new WeakMap<ActionInfo, (lowerKey: string) => boolean>();
const expanded = new WeakMap<ServiceInfo, Map<string, ActionInfo[]>>();

export function actionSupportsKey(a: ActionInfo, svc: ServiceInfo, lowerKey: string): boolean {
  let test = supports.get(a);
  if (!test) supports.set(a, (test = keyTemplateSet(actionConditionKeys(a, svc))));
  return test(lowerKey);
}

/** The data's actions an Action value names (`s3:Get*` → every s3 Get action); `undefined` when unknown. */
export function expandAction(text: string, service: (prefix: string) => ServiceInfo | undefined): { svc: ServiceInfo; prefix: string; actions: ActionInfo[] } | undefined {
  const colon = text.indexOf(':');
  if (text === '*' || colon <= 0) return undefined;
  const prefix = text.slice(0, colon).toLowerCase();
  const svc = service(prefix);
  if (!svc) return undefined;
  const name = text.slice(colon + 1).toLowerCase();
  let byPattern = expanded.get(svc);
  if (!byPattern) expanded.set(svc, (byPattern = new Map()));
  let actions = byPattern.get(name);
  if (!actions) {
    const re = /[*?]/.test(name) ? wildcardRegex(name) : undefined;
    const exact = re ? undefined : svc.actions.get(name);
    actions = re ? [...svc.actions.values()].filter((a) => re.test(a.name)) : exact ? [exact] : [];
    if (byPattern.size < 10_000) byPattern.set(name, actions); // bounded: hostile policies hold many patterns
  }
  return actions.length ? { svc, prefix, actions } : undefined;
}
