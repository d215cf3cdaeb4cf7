/**
 * The validated pattern, shaped like the pattern itself: an object level holds leaf fields (a key
 * with its condition array), nested objects and `$or` groups. Conditions are already in the
 * shape of the IR predicates they lower to. Every node keeps its pattern pointer.
 */
import type { Scalar } from '@arbiter/ir';

export interface NumericBound {
  value: number;
  inclusive: boolean;
}

/** One match condition, e.g. `{"prefix":"a"}` at `/key/0`. */
export type Matcher =
  | { op: 'exact'; value: Scalar }
  | { op: 'prefix'; value: string; ignoreCase: boolean }
  | { op: 'suffix'; value: string; ignoreCase: boolean }
  | { op: 'equals-ignore-case'; value: string }
  | { op: 'wildcard'; pattern: string }
  | { op: 'numeric'; lower?: NumericBound; upper?: NumericBound }
  | { op: 'cidr'; cidr: string }
  | { op: 'exists'; value: boolean }
  /** `anything-but` in every form: the value matches none of `of`. */
  | { op: 'anything-but'; of: Matcher[] };

export interface Condition {
  at: string;
  matcher: Matcher;
  source: unknown;
}

export interface LeafField {
  kind: 'leaf';
  key: string;
  at: string;
  conditions: Condition[];
  source: unknown[];
}

export interface ObjectField {
  kind: 'object';
  key: string;
  at: string;
  node: PatternNode;
}

export interface OrGroup {
  at: string;
  branches: PatternNode[];
}

export interface PatternNode {
  at: string;
  fields: (LeafField | ObjectField)[];
  ors: OrGroup[];
}

/** A leaf field with the key path from the pattern root (each key split at its dots, as event-ruler joins them). */
export interface PathedLeaf {
  path: string[];
  leaf: LeafField;
}

/** Splits a pattern key into the segments event-ruler sees: it joins nesting levels with dots. */
export function keySegments(key: string): string[] {
  return key.split('.');
}
