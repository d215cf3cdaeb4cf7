/** Looks up condition operators by name (any case) and splits `Qualifier:OperatorIfExists`. */
import type { Qualifier } from '../types.js';
import { arnOperators } from './arn.js';
import { binaryOperators } from './binary.js';
import { boolOperators } from './bool.js';
import { dateOperators } from './date.js';
import { ipOperators } from './ip.js';
import { nullOperator } from './null.js';
import { numericOperators } from './numeric.js';
import { stringOperators } from './string.js';
import type { OperatorDef } from './types.js';

export const ALL_OPERATORS: readonly OperatorDef[] = [
  ...stringOperators,
  ...numericOperators,
  ...dateOperators,
  ...boolOperators,
  ...binaryOperators,
  ...ipOperators,
  ...arnOperators,
  nullOperator,
];

const BY_LOWER_NAME = new Map(ALL_OPERATORS.map((op) => [op.name.toLowerCase(), op]));

export interface ParsedOperator {
  def: OperatorDef;
  qualifier?: Qualifier;
  ifExists: boolean;
  /** False when the text differs from AWS's PascalCase spelling (accepted with a warning). */
  canonicalCase: boolean;
}

/** Parses an operator as written; `undefined` for an unknown operator or qualifier. */
export function parseOperator(text: string): ParsedOperator | undefined {
  let rest = text;
  let qualifier: Qualifier | undefined;
  let canonical = '';
  const colon = rest.indexOf(':');
  if (colon >= 0) {
    const q = rest.slice(0, colon).toLowerCase();
    if (q === 'forallvalues') qualifier = 'ForAllValues';
    else if (q === 'foranyvalue') qualifier = 'ForAnyValue';
    else return undefined;
    canonical = qualifier + ':';
    rest = rest.slice(colon + 1);
  }
  let def = BY_LOWER_NAME.get(rest.toLowerCase());
  let ifExists = false;
  if (!def && rest.toLowerCase().endsWith('ifexists')) {
    def = BY_LOWER_NAME.get(rest.slice(0, -'IfExists'.length).toLowerCase());
    ifExists = def !== undefined;
  }
  if (!def) return undefined;
  canonical += def.name + (ifExists ? 'IfExists' : '');
  const parsed: ParsedOperator = { def, ifExists, canonicalCase: canonical === text };
  if (qualifier) parsed.qualifier = qualifier;
  return parsed;
}

export function getOperator(name: string): OperatorDef | undefined {
  return BY_LOWER_NAME.get(name.toLowerCase());
}
