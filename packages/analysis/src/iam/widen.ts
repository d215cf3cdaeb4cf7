/**
 * Proving a goal empty when policy variables sit inside text (`arn:…:b/${aws:username}/*`), which
 * the request search cannot cover completely. Each such template is replaced where the goal holds
 * it positively by the same text with `*` for every variable (every value the variable could take
 * matches it: a superset), and where it is held negatively (under `not` or `none-of`) by "matches
 * nothing" (a subset, so its negation grows). The result is a superset of the goal without those
 * templates; when the search proves that empty, the goal is empty too. Nothing is claimed otherwise.
 */
import type { Expr, Predicate, TemplatePart } from '@arbiter/ir';
import { RequestSpace, type RequestSearch, type RequestSpaceOptions } from './search.js';

type Template = Predicate & { op: 'template'; parts: TemplatePart[]; match: 'equals' | 'equals-ignore-case' | 'like' | 'arn-like' };

/** A single `${key}` compared for equality is covered by the search itself; other variable uses are not. */
function widens(p: Predicate): p is Template {
  if (p.op !== 'template') return false;
  const parts = (p as Template).parts;
  const variables = parts.filter((part) => 'variable' in part).length;
  return variables > 0 && !(parts.length === 1 && (p as Template).match === 'equals');
}

const STAR: TemplatePart = { text: '*' };

/** The template with each variable as `*`: a superset of what it matches for any variable value. */
function superset(p: Template): Predicate {
  const at = p.at;
  if (p.match === 'equals-ignore-case') {
    // Literal `*` or `?` in the text become wildcards here: still a superset.
    const pattern = p.parts.map((part) => ('variable' in part ? '*' : part.text)).join('');
    return { op: 'glob', pattern, ignoreCase: true, at } as Predicate;
  }
  const literal = p.match === 'equals';
  const parts = p.parts.map((part): TemplatePart => ('variable' in part ? STAR : literal ? { text: part.text, literal: true } : part));
  return { op: 'template', parts, match: literal ? 'like' : p.match, at } as Predicate;
}

const NOTHING = (at: string): Predicate => ({ op: 'any-of', of: [], at }) as Predicate;

function widenPredicate(p: Predicate, positive: boolean, changed: { any: boolean }): Predicate {
  if (p.op === 'any-of' || p.op === 'none-of') {
    const inner = p.op === 'any-of' ? positive : !positive;
    return { ...p, of: (p as { of: Predicate[] }).of.map((c) => widenPredicate(c, inner, changed)) } as Predicate;
  }
  if (!widens(p)) return p;
  changed.any = true;
  return positive ? superset(p) : NOTHING(p.at);
}

/** `goal` with every variable inside text widened as above; `changed` is false when there was none. */
export function widenTextVariables(goal: Expr): { expr: Expr; changed: boolean } {
  const changed = { any: false };
  const visit = (e: Expr, positive: boolean): Expr => {
    switch (e.kind) {
      case 'all':
      case 'any':
        return { ...e, of: e.of.map((x) => visit(x, positive)) };
      case 'not':
        return { ...e, expr: visit(e.expr, !positive) };
      case 'within':
        return { ...e, expr: visit(e.expr, positive) };
      case 'test':
        return { ...e, predicate: widenPredicate(e.predicate, positive, changed) };
      default:
        return e;
    }
  };
  const expr = visit(goal, true);
  return { expr, changed: changed.any };
}

/** True when the widened goal is proved empty (so `goal` is); false when that cannot be shown. */
export function provedEmptyByWidening(goal: Expr, options: RequestSpaceOptions): boolean {
  const widened = widenTextVariables(goal);
  if (!widened.changed) return false;
  return new RequestSpace([widened.expr], options).find(widened.expr).kind === 'none';
}

/** `space.find(goal)`, with an undecided answer turned into "none" where widening proves it. */
export function findOrProveEmpty(space: RequestSpace, goal: Expr): RequestSearch {
  const found = space.find(goal);
  return found.kind === 'unknown' && provedEmptyByWidening(goal, space.options) ? { kind: 'none' } : found;
}
