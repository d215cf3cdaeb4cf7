/**
 * The compiled-rule IR: plain data (JSON-serialisable, see ir.schema.json), shared by all three
 * evaluators. A policy is lowered to a {@link RuleSet}; each node keeps the JSON pointer (`at`) of
 * the policy fragment it came from, so every decision can name its reason.
 */
import type { Predicate } from './predicates/index.js';
import type { WithinExpr } from './nodes/within.js';

export type { WithinExpr } from './nodes/within.js';

export type Language = 'sns-filter' | 'data-protection' | 'iam' | 'event-pattern';

export interface RuleSet {
  kind: 'rule-set';
  language: Language;
  rules: Rule[];
  at: string;
}

export interface Rule {
  id: string;
  /** IAM: `Allow`/`Deny`; data protection: the operation; SNS: absent (a rule is "deliver"). */
  effect?: string;
  when: Expr;
  at: string;
}

export type Expr = AllExpr | AnyExpr | NotExpr | TestExpr | ConstExpr | WithinExpr;

/** True when every child is true (true when empty). */
export interface AllExpr {
  kind: 'all';
  of: Expr[];
  at: string;
}

/** True when some child is true (false when empty). */
export interface AnyExpr {
  kind: 'any';
  of: Expr[];
  at: string;
}

export interface NotExpr {
  kind: 'not';
  expr: Expr;
  at: string;
}

export interface ConstExpr {
  kind: 'const';
  value: boolean;
  at: string;
}

/**
 * Tests the values found at `field` (a path the host language resolves: a message attribute, a
 * body path, an IAM context key) with a typed predicate (predicates/<op>.ts). Presence predicates
 * (`exists`) look only at whether the field is present; value predicates are false for an absent
 * field and otherwise true when some value satisfies them.
 */
export interface TestExpr {
  kind: 'test';
  field: string[];
  predicate: Predicate;
  at: string;
}

/** What a host resolver returns for a field: `undefined` when absent, else its values. */
export type FieldValues = readonly unknown[] | undefined;

/** Resolves a field path against the document being evaluated. */
export type FieldResolver = (field: readonly string[]) => FieldValues;

export const all = (of: Expr[], at: string): AllExpr => ({ kind: 'all', of, at });
export const any = (of: Expr[], at: string): AnyExpr => ({ kind: 'any', of, at });
export const not = (expr: Expr, at: string): NotExpr => ({ kind: 'not', expr, at });
export const constant = (value: boolean, at: string): ConstExpr => ({ kind: 'const', value, at });
export const test = (field: string[], predicate: Predicate, at: string): TestExpr => ({ kind: 'test', field, predicate, at });

/** A node as text without its JSON pointers (`at`): the same test or statement written elsewhere has the same shape. */
export const shapeOf = (node: unknown): string => JSON.stringify(node, (k, v: unknown) => (k === 'at' ? undefined : v));
