/**
 * Typed predicates over one value. Each carries `at`, the pointer of the policy fragment it came
 * from. Semantics live in primitives/ and are shared by the reference and compiled evaluators.
 */
export type Scalar = string | number | boolean | null;

export interface NumericBound {
  value: number;
  inclusive: boolean;
}

export type Predicate =
  /** Type-aware equality: strings equal strings, numbers equal numbers by value, true/false/null literally. */
  | { op: 'exact'; value: Scalar; at: string }
  | { op: 'prefix'; value: string; at: string }
  | { op: 'suffix'; value: string; at: string }
  | { op: 'equals-ignore-case'; value: string; at: string }
  /** True for a value that equals none of `values` (type-aware, as `exact`). */
  | { op: 'anything-but'; values: Scalar[]; at: string }
  /** True for a string that does not start with `value`. */
  | { op: 'anything-but-prefix'; value: string; at: string }
  /** Numbers only; an absent bound is unbounded. */
  | { op: 'numeric'; lower?: NumericBound; upper?: NumericBound; at: string }
  /** Strings holding an IPv4/IPv6 address inside the block. */
  | { op: 'cidr'; cidr: string; at: string }
  /** Presence of the field (`value: true`) or its absence (`value: false`). */
  | { op: 'exists'; value: boolean; at: string }
  /** `*` and `?` wildcards over a string, optionally ignoring case. */
  | { op: 'glob'; pattern: string; ignoreCase: boolean; at: string }
  /** A regular expression (trusted source only: untrusted ones go through RE2 in their package). */
  | { op: 'regex'; source: string; flags: string; at: string };

export type PredicateOp = Predicate['op'];
