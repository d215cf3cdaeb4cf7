/** The shape `decimal` and `date` share: a string parsed to a number, then compared with `value`. */
import { compareNumbers, type Comparison } from '../primitives/text-values.js';
import { definePredicate, type PredicateDefinition } from './definition.js';

export interface OrderedTextPredicate<Op extends string> {
  op: Op;
  cmp: Comparison;
  value: number;
  at: string;
}

export function orderedTextDefinition<Op extends string>(
  op: Op,
  description: string,
  parse: (text: string) => number | undefined,
  show: (value: number) => string,
): PredicateDefinition<OrderedTextPredicate<Op>> {
  return definePredicate<OrderedTextPredicate<Op>>({
    op,
    description,
    schema: { properties: { cmp: { enum: ['=', '<', '<=', '>', '>='] }, value: { type: 'number' } }, required: ['cmp', 'value'] },
    test: (p, value) => {
      const n = typeof value === 'string' ? parse(value) : undefined;
      return n !== undefined && compareNumbers(n, p.cmp, p.value);
    },
    compile: ({ cmp, value: operand }) => (v) => {
      if (typeof v !== 'string') return false;
      const n = parse(v);
      return n !== undefined && compareNumbers(n, cmp, operand);
    },
    print: (p) => `${op} ${p.cmp} ${show(p.value)}`,
  });
}
