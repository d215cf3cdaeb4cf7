/** Whether an Allow statement grants one action, and how: AA's PassRole and Create-SLR warnings differ by it. */
import type { IamStatement, PolicyValue } from '../types.js';
import { wildcardRegex } from './finding.js';

/** `named`: the action is listed; `star`: only a wildcard matches it; `not-action`: NotAction leaves it in. */
export type Grant = 'named' | 'star' | 'not-action';

export function grantOf(st: IamStatement, action: string): Grant | undefined {
  if (st.effect !== 'Allow') return undefined;
  if (st.action) {
    if (!st.action.some((a) => wildcardRegex(a.text).test(action))) return undefined;
    return st.action.some((a) => a.text.toLowerCase() === action.toLowerCase()) ? 'named' : 'star';
  }
  return (st.notAction ?? []).every((a) => !wildcardRegex(a.text).test(action)) ? 'not-action' : undefined;
}

/** The first Resource value that is `*` or matches `roles` (every role, for the action at hand). */
export function starResource(st: IamStatement, roles: RegExp): PolicyValue | undefined {
  return (st.resource ?? []).find((r) => r.text === '*' || roles.test(r.text));
}

/** AA's issue-code suffix: `_STAR_IN_ACTION…` / `…_NOT_ACTION…` / plain. */
export function grantCode(grant: Grant, plain: string, star: string, notAction: string): string {
  return grant === 'not-action' ? notAction : grant === 'star' ? star : plain;
}
