/**
 * The action index over one list of compiled statements, read from each statement's lowered
 * Action part (policy/to-ir.ts: `any` of `exact`/`glob` tests of the lower-cased action):
 *   exact     `s3:getobject`              → a map from the action
 *   service   `s3:get*`, `s3:*`, `s3:g?t` → a list per service (the text before the first colon,
 *                                          when no wildcard comes before it)
 *   always    `*`, `s3*:x`, NotAction, anything else
 * `candidates(action)` is a superset of the statements whose Action can match, in list order; each
 * candidate is then checked with its compiled action part (compiled.ts).
 */
import type { Expr } from '@arbiter/ir';

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

/** The service a glob is confined to, or `undefined` when a wildcard comes before the first colon. */
function globService(pattern: string): string | undefined {
  const colon = pattern.indexOf(':');
  const wild = pattern.search(/[*?]/);
  return colon >= 0 && (wild < 0 || colon < wild) ? pattern.slice(0, colon) : undefined;
}

export class ActionIndex {
  private readonly exact = new Map<string, number[]>();
  private readonly service = new Map<string, number[]>();
  private readonly always: number[] = [];

  /** `actions[i]` is the Action part of statement `i`. */
  constructor(actions: readonly Expr[]) {
    actions.forEach((action, i) => {
      if (action.kind !== 'any' || !this.add(action.of, i)) this.always.push(i);
    });
  }

  /** Registers statement `i` under each of its patterns; false when some pattern is not indexable. */
  private add(tests: readonly Expr[], i: number): boolean {
    const keys: Array<[Map<string, number[]>, string]> = [];
    for (const t of tests) {
      if (t.kind !== 'test' || t.field[0] !== 'action') return false;
      const p = t.predicate;
      if (p.op === 'exact' && typeof p.value === 'string') keys.push([this.exact, p.value]);
      else if (p.op === 'glob' && !p.ignoreCase && globService(p.pattern) !== undefined) keys.push([this.service, globService(p.pattern) as string]);
      else return false;
    }
    for (const [map, key] of keys) push(map, key, i);
    return true;
  }

  /** Positions of the statements whose Action may match `lowerAction`, ascending, without repeats. */
  candidates(lowerAction: string): number[] {
    const colon = lowerAction.indexOf(':');
    const found = [...(this.exact.get(lowerAction) ?? []), ...(colon >= 0 ? (this.service.get(lowerAction.slice(0, colon)) ?? []) : []), ...this.always];
    found.sort((a, b) => a - b);
    return found.filter((v, k) => k === 0 || found[k - 1] !== v);
  }
}
