/**
 * Checks that need the JSON as written (the typed policy drops what they look at): an empty
 * `Condition` object or operator block, and condition values of mixed JSON types (`[true, "false"]`).
 */
import { joinPointer, type Diagnostic } from '@arbiter/ir';
import { AaCheckCodes } from './codes.js';
import { finding } from './finding.js';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function checkRawDocument(doc: unknown): Diagnostic[] {
  if (!isObject(doc)) return [];
  const statements = Array.isArray(doc.Statement) ? doc.Statement.map((s, i) => [s, `/Statement/${i}`] as const) : [[doc.Statement, '/Statement'] as const];
  const out: Diagnostic[] = [];
  for (const [st, at] of statements) {
    if (!isObject(st) || !isObject(st.Condition)) continue;
    out.push(...checkConditionBlock(st.Condition, joinPointer(at, 'Condition')));
  }
  return out;
}

function checkConditionBlock(block: Record<string, unknown>, at: string): Diagnostic[] {
  const empty = (where: string) => finding(AaCheckCodes.emptyObjectCondition, where, 'Empty object condition: This condition block is empty and it does not affect the policy. Specify conditions.', 'remove the empty block, or add a condition such as `{"StringEquals": {"aws:PrincipalTag/team": "blue"}}`', { code: 'EMPTY_OBJECT_CONDITION', type: 'SUGGESTION' });
  const operators = Object.entries(block);
  if (operators.length === 0) return [empty(at)];
  const out: Diagnostic[] = [];
  for (const [op, keys] of operators) {
    const opAt = joinPointer(at, op);
    if (!isObject(keys)) continue;
    if (Object.keys(keys).length === 0) out.push(empty(opAt));
    for (const [key, values] of Object.entries(keys)) {
      if (!Array.isArray(values)) continue;
      const types = new Set(values.map((v) => typeof v));
      if (types.size < 2 || [...types].some((t) => t !== 'string' && t !== 'number' && t !== 'boolean')) continue;
      out.push(finding(AaCheckCodes.mixedValueTypes, joinPointer(opAt, key), 'Invalid condition data type: The condition value data types do not match. Use condition values of the same JSON data type.', `write every value of \`${key}\` as a string, e.g. ${JSON.stringify(values.map(String))}`, { code: 'INVALID_CONDITION_DATA_TYPE', type: 'ERROR' }, { key, types: [...types].sort().join(',') }));
    }
  }
  return out;
}
