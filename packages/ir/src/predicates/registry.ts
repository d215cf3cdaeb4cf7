/**
 * The registry: every predicate definition, by op. Adding an operator is one file in this folder
 * and one entry in `definitions` below; the `Predicate` union, the evaluators, the printer, the
 * schema and the router's index all follow from it.
 */
import { anyOfDefinition } from './any-of.js';
import { anythingButPrefixDefinition } from './anything-but-prefix.js';
import { arnLikeDefinition } from './arn-like.js';
import { base64Definition } from './base64.js';
import { boolTextDefinition } from './bool-text.js';
import { dateDefinition } from './date.js';
import { decimalDefinition } from './decimal.js';
import { anythingButDefinition } from './anything-but.js';
import { cidrDefinition } from './cidr.js';
import type { PredicateBase, PredicateDefinition } from './definition.js';
import { equalsIgnoreCaseDefinition } from './equals-ignore-case.js';
import { exactDefinition } from './exact.js';
import { existsDefinition } from './exists.js';
import { globDefinition } from './glob.js';
import { noneOfDefinition } from './none-of.js';
import { numericDefinition } from './numeric.js';
import { prefixDefinition } from './prefix.js';
import { suffixDefinition } from './suffix.js';
import { templateDefinition } from './template.js';
import { doubleRangeDefinition } from './double-range.js';
import { suffixIgnoreCaseDefinition } from './suffix-ignore-case.js';
import { prefixIgnoreCaseDefinition } from './prefix-ignore-case.js';
import { wildcardDefinition } from './wildcard.js';

const definitions = [
  exactDefinition,
  prefixDefinition,
  suffixDefinition,
  equalsIgnoreCaseDefinition,
  anythingButDefinition,
  anythingButPrefixDefinition,
  numericDefinition,
  cidrDefinition,
  existsDefinition,
  globDefinition,
  // Added for IAM's lowering; general: value-level OR/NOR, operands with variables, typed text.
  anyOfDefinition(definitionOf),
  noneOfDefinition(definitionOf),
  templateDefinition,
  arnLikeDefinition,
  decimalDefinition,
  dateDefinition,
  boolTextDefinition,
  base64Definition,
  wildcardDefinition,
  prefixIgnoreCaseDefinition,
  suffixIgnoreCaseDefinition,
  doubleRangeDefinition,
] as const;

type PredicateOf<D> = D extends PredicateDefinition<infer P> ? P : never;

/** Every typed predicate the IR knows: the union of the registered definitions' shapes. */
export type Predicate = PredicateOf<(typeof definitions)[number]>;
export type PredicateOp = Predicate['op'];

const byOp = new Map<string, PredicateDefinition>(definitions.map((d) => [d.op, d as unknown as PredicateDefinition]));

/** The registered definitions, in registry order. */
export function predicateDefinitions(): readonly PredicateDefinition[] {
  return [...byOp.values()];
}

/**
 * The definition of `p`'s op. IR reaching an evaluator is built by lowering (or checked against
 * ir.schema.json), so an unknown op is a programming error, reported by name.
 */
export function definitionOf<P extends PredicateBase>(p: P): PredicateDefinition<P> {
  const d = byOp.get(p.op);
  if (d === undefined) throw new Error(`@arbiter/ir: no predicate definition for op \`${p.op}\``);
  return d as unknown as PredicateDefinition<P>;
}
