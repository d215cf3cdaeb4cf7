/**
 * Step 3: lower the validated model to the shared IR. Each `$or` combination is one conjunction;
 * its leaves are grouped by their first key, and a key under which two or more leaves match
 * something becomes a `within` node, so those fields must come from one element of an array of
 * objects (spec §5). A key whose leaves only demand absence stays a plain test: absence is
 * checked across the whole event, as event-ruler does when no other field picks an element.
 */
import { all, any, within, type Expr, type Predicate, type RuleSet } from '@arbiter/ir';
import { expandConjunctions } from './expand.js';
import type { Condition, LeafField, Matcher, PathedLeaf, PatternNode } from './model.js';

export function lowerMatcher(m: Matcher, at: string): Predicate {
  switch (m.op) {
    case 'exact':
      return typeof m.value === 'number' ? { op: 'double-range', lower: { value: m.value, inclusive: true }, upper: { value: m.value, inclusive: true }, at } : { op: 'exact', value: m.value, at };
    case 'prefix':
    case 'suffix':
      return m.ignoreCase ? { op: `${m.op}-ignore-case`, value: m.value, at } : { op: m.op, value: m.value, at };
    case 'equals-ignore-case':
      return { op: 'equals-ignore-case', value: m.value, at };
    case 'wildcard':
      return { op: 'wildcard', pattern: m.pattern, at };
    case 'numeric': {
      const p: Predicate = { op: 'double-range', at };
      if (m.lower) p.lower = m.lower;
      if (m.upper) p.upper = m.upper;
      return p;
    }
    case 'cidr':
      return { op: 'cidr', cidr: m.cidr, at };
    case 'exists':
      return { op: 'exists', value: m.value, at };
    case 'anything-but':
      // The shared NOR: a value matching none of the listed conditions (non-strings pass string tests).
      return { op: 'none-of', of: m.of.map((inner) => lowerMatcher(inner, at)), at };
  }
}

function lowerLeaf(leaf: LeafField, field: string[]): Expr {
  return any(leaf.conditions.map((c: Condition) => ({ kind: 'test', field, predicate: lowerMatcher(c.matcher, c.at), at: c.at }) as Expr), leaf.at);
}

const onlyAbsence = (leaf: LeafField) => leaf.conditions.every((c) => c.matcher.op === 'exists' && !c.matcher.value);

/** Lowers leaves whose paths are relative to the current scope. */
function lowerScope(leaves: PathedLeaf[], at: string): Expr {
  const parts: Expr[] = [];
  const groups = new Map<string, PathedLeaf[]>();
  for (const item of leaves) {
    if (item.path.length === 1) parts.push(lowerLeaf(item.leaf, item.path));
    else groups.set(item.path[0] as string, [...(groups.get(item.path[0] as string) ?? []), item]);
  }
  for (const [key, group] of groups) {
    if (group.length === 1 || group.every((item) => onlyAbsence(item.leaf))) {
      for (const item of group) parts.push(lowerLeaf(item.leaf, item.path));
    } else {
      const inner = group.map((item) => ({ path: item.path.slice(1), leaf: item.leaf }));
      parts.push(within([key], lowerScope(inner, at), group[0]?.leaf.at ?? at));
    }
  }
  return parts.length === 1 ? (parts[0] as Expr) : all(parts, at);
}

export function toIr(root: PatternNode): RuleSet {
  const conjunctions = expandConjunctions(root).map((c) => lowerScope(c, root.at));
  const when = conjunctions.length === 1 ? (conjunctions[0] as Expr) : any(conjunctions, root.at);
  return { kind: 'rule-set', language: 'event-pattern', rules: [{ id: 'event-pattern', when, at: '' }], at: '' };
}
