/** The operator registry: every `{"<name>": operand}` form SNS accepts. */
import { anythingButOperator } from './anything-but.js';
import { cidrOperator } from './cidr.js';
import { equalsIgnoreCaseOperator } from './equals-ignore-case.js';
import { existsOperator } from './exists.js';
import { numericOperator } from './numeric.js';
import { prefixOperator } from './prefix.js';
import { suffixOperator } from './suffix.js';
import type { OperatorDefinition } from './types.js';

export const OPERATORS: ReadonlyMap<string, OperatorDefinition> = new Map(
  [prefixOperator, suffixOperator, equalsIgnoreCaseOperator, anythingButOperator, numericOperator, existsOperator, cidrOperator].map(
    (op) => [op.name, op],
  ),
);

/** Reserved keywords: an `$or` whose branches use them as keys is an ordinary attribute name (spec §3). */
export const OPERATOR_NAMES: ReadonlySet<string> = new Set(OPERATORS.keys());

export type { OperatorContext, OperatorDefinition } from './types.js';
