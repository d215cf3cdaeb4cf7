/**
 * The predicate definition interface: one object per predicate (`predicates/<op>.ts`) holds
 * everything the engine knows about it — its IR shape and JSON Schema fragment, the reference
 * test, the compiled form, the printer and, optionally, how an index back end (the SNS router)
 * indexes it. The reference evaluator, the compiled evaluator, the printer, the schema and the
 * router all dispatch through the registry (registry.ts); no other file knows what an op means.
 */
import type { FieldValues } from '../nodes.js';

/** Every predicate is plain data: `op` names its definition, `at` the policy fragment it came from. */
export interface PredicateBase {
  op: string;
  at: string;
}

export type Scalar = string | number | boolean | null;

export interface NumericBound {
  value: number;
  inclusive: boolean;
}

/**
 * What one evaluation knows besides the field values: resolves operand references that are only
 * known per request (IAM policy variables such as `${aws:username}`). SNS predicates ignore it.
 */
export interface EvalEnv {
  /** The values of variable `name`; `undefined` when the request does not set it. */
  variable?(name: string): FieldValues;
}

/** The environment of languages without operand references. */
export const NO_ENV: EvalEnv = Object.freeze({});

/** A compiled predicate: one value (never absent), plus the evaluation's environment. */
export type ValueTest = (value: unknown, env: EvalEnv) => boolean;

/** Undoes one index registration (subscriptions can be removed). */
export type Undo = () => void;

/**
 * The structures of an index back end (one per field, bound to one registration) that a
 * predicate can be indexed in. Probing a value hits a registration exactly when the value
 * satisfies the predicate; the back end owns the data structures, the predicate only says which.
 */
export interface IndexSink {
  /** Type-aware equality with `value`: strings by text, numbers by `numericKey`, literals by identity. */
  exact(value: Scalar): Undo;
  /** Strings whose `foldCase` equals `folded`. */
  folded(folded: string): Undo;
  prefix(value: string): Undo;
  suffix(value: string): Undo;
  /** Finite numbers inside the bounds (an absent bound is unbounded), compared by `numericKey`. */
  range(lower: NumericBound | undefined, upper: NumericBound | undefined): Undo;
  /** Finite numbers inside the bounds compared as doubles, no rounding (`[n, n]`: equal to n). */
  doubleRange(lower: NumericBound | undefined, upper: NumericBound | undefined): Undo;
  /** Any value equal (as `exact`) to none of `values`. */
  excludeValues(values: readonly Scalar[]): Undo;
  /** Strings not starting with `value`. */
  excludePrefix(value: string): Undo;
  /**
   * Presence of the field (`true`) or its absence (`false`): present when some value is not one of
   * `ignoring`. A back end that defines presence otherwise returns `undefined` (it cannot index it).
   */
  presence(present: boolean, ignoring: readonly Scalar[]): Undo | undefined;
}

/** The JSON Schema fragment of a predicate: its properties besides `op` and `at`. */
export interface PredicateSchema {
  properties: Record<string, object>;
  required: string[];
}

export interface PredicateDefinition<P extends PredicateBase = PredicateBase> {
  readonly op: P['op'];
  /** One line for the README and the schema's description. */
  readonly description: string;
  readonly schema: PredicateSchema;
  /**
   * Presence predicates decide from the field as a whole (`undefined` when absent) instead of one
   * value at a time; `test` and `compile` are then not called. Absent: a value predicate, false
   * for an absent field and true when some value passes `test`.
   */
  readonly presence?: (p: P, values: FieldValues) => boolean;
  /** The reference: the obvious reading, one value at a time. */
  test(p: P, value: unknown, env: EvalEnv): boolean;
  /** The compiled form: specialised once per predicate (pre-folded case, parsed blocks, Sets). */
  compile(p: P): ValueTest;
  /** The predicate the way people write it: `prefix "ab"`, `numeric >= 1, < 5`. */
  print(p: P): string;
  /**
   * Registers the predicate in an index back end's structures; absent (or returning `undefined`):
   * the back end evaluates the compiled test as a residual after its index narrowed candidates.
   */
  index?(p: P, sink: IndexSink): Undo | undefined;
}

/** Declares a definition with its predicate type inferred (`definePredicate<ExactPredicate>({...})`). */
export function definePredicate<P extends PredicateBase>(definition: PredicateDefinition<P>): PredicateDefinition<P> {
  return definition;
}
