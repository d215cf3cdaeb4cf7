/**
 * Step 2: validate the pattern's structure (spec §2) and build the model. Every problem is
 * reported (not only the first), each with the pointer of the offending fragment.
 */
import { joinPointer } from '@arbiter/ir';
import { EventPatternCodes as Codes } from './codes.js';
import { OPERATORS, readCondition } from './conditions.js';
import { isPlainObject, report, show, type ValidationContext } from './context.js';
import type { Condition, LeafField, OrGroup, PatternNode } from './model.js';

/** AWS rejects a pattern whose `$or`s expand to more than this many combinations (spec §7). */
export const MAX_OR_COMBINATIONS = 1000;

const RESERVED = new Set<string>([...OPERATORS, 'regex', 'not-wildcard']);

function readLeaf(ctx: ValidationContext, key: string, values: unknown[], at: string): LeafField {
  if (values.length === 0) report(ctx, Codes.emptyArray, at, 'Empty arrays are not allowed', `give \`${key}\` at least one value or match expression`);
  const conditions: Condition[] = [];
  values.forEach((value, i) => {
    const where = joinPointer(at, i);
    const matcher = readCondition(ctx, value, where);
    if (matcher) conditions.push({ at: where, matcher, source: value });
  });
  return { kind: 'leaf', key, at, conditions, source: values };
}

/** `$or` is an OR of patterns only when its array holds objects that are not match expressions. */
function isOrGroup(value: unknown): boolean {
  if (!Array.isArray(value)) return true;
  return value.every((v) => isPlainObject(v) && !Object.keys(v).some((k) => RESERVED.has(k)));
}

function readOr(ctx: ValidationContext, value: unknown, at: string): OrGroup | undefined {
  if (!Array.isArray(value)) return report(ctx, Codes.orNotArray, at, 'It must be an Array followed with $or.', 'write "$or": [{…}, {…}] with at least two patterns');
  if (value.length < 2) return report(ctx, Codes.orTooFewBranches, at, 'There must have at least 2 Objects in $or relationship.', 'an `$or` with one pattern is that pattern: write its fields directly');
  const branches = value.map((branch, i) => readObject(ctx, branch as Record<string, unknown>, joinPointer(at, i)));
  return { at, branches };
}

export function readObject(ctx: ValidationContext, object: Record<string, unknown>, at: string): PatternNode {
  const node: PatternNode = { at, fields: [], ors: [] };
  const keys = Object.keys(object);
  if (keys.length === 0) report(ctx, Codes.emptyObject, at, 'Empty objects are not allowed', 'name at least one field to match');
  for (const key of keys) {
    const value = object[key];
    const where = joinPointer(at, key);
    if (key === '$or' && isOrGroup(value)) {
      const group = readOr(ctx, value, where);
      if (group) node.ors.push(group);
    } else if (Array.isArray(value)) {
      node.fields.push(readLeaf(ctx, key, value, where));
    } else if (isPlainObject(value)) {
      node.fields.push({ kind: 'object', key, at: where, node: readObject(ctx, value, where) });
    } else {
      report(ctx, Codes.notObjectOrArray, where, `"${key}" must be an object or an array`, `wrap the value in an array to match it exactly: "${key}": [${show(value)}]`);
    }
  }
  return node;
}

/** How many plain patterns the `$or`s expand to (capped just above the limit). */
export function countCombinations(node: PatternNode): number {
  let product = 1;
  for (const field of node.fields) if (field.kind === 'object') product = Math.min(product * countCombinations(field.node), MAX_OR_COMBINATIONS + 1);
  for (const group of node.ors) {
    const sum = group.branches.reduce((s, b) => Math.min(s + countCombinations(b), MAX_OR_COMBINATIONS + 1), 0);
    product = Math.min(product * sum, MAX_OR_COMBINATIONS + 1);
  }
  return product;
}

export function validateStructure(ctx: ValidationContext, value: unknown): PatternNode | undefined {
  if (!isPlainObject(value)) return report(ctx, Codes.notObject, '', 'Filter is not an object', 'an event pattern is a JSON object, e.g. {"source": ["aws.ec2"]}');
  const root = readObject(ctx, value, '');
  if (ctx.diagnostics.length === 0 && countCombinations(root) > MAX_OR_COMBINATIONS) {
    report(ctx, Codes.tooManyCombinations, '', `the pattern's $or expressions expand to more than ${MAX_OR_COMBINATIONS} combinations`, 'split the rule into several rules, or merge $or branches into value lists');
  }
  return root;
}
