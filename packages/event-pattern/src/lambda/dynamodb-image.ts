/**
 * DynamoDB stream records carry typed attribute values (`{"N":"101"}`, `{"M":{…}}`). Lambda
 * filters them as they are, so a pattern names the type tag; an attribute value with an unknown
 * tag is malformed input, reported by pointer rather than silently matched or missed.
 */
import { diagnostic, joinPointer, type Diagnostic } from '@arbiter/ir';
import { LambdaCodes } from '../pattern/codes.js';

const TYPE_TAGS = new Set(['S', 'N', 'B', 'BOOL', 'NULL', 'M', 'L', 'SS', 'NS', 'BS']);
const IMAGES = ['Keys', 'NewImage', 'OldImage'];
const MAX_DEPTH = 64;

function checkValue(value: unknown, at: string, out: Diagnostic[], depth: number): void {
  const tags = value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
  const tag = tags[0];
  if (tags.length !== 1 || tag === undefined || !TYPE_TAGS.has(tag)) {
    const found = tags.length === 0 ? 'no type tag' : `\`${tags.join('`, `')}\``;
    out.push(diagnostic(LambdaCodes.unknownDynamoType, 'message', at, `DynamoDB attribute value has ${found}; expected exactly one of ${[...TYPE_TAGS].join(', ')}`));
    return;
  }
  if (depth >= MAX_DEPTH) return;
  const inner = (value as Record<string, unknown>)[tag];
  if (tag === 'M' && inner !== null && typeof inner === 'object' && !Array.isArray(inner)) checkMap(inner as Record<string, unknown>, joinPointer(at, 'M'), out, depth + 1);
  if (tag === 'L' && Array.isArray(inner)) inner.forEach((v, i) => checkValue(v, joinPointer(joinPointer(at, 'L'), i), out, depth + 1));
}

function checkMap(map: Record<string, unknown>, at: string, out: Diagnostic[], depth: number): void {
  for (const [name, value] of Object.entries(map)) checkValue(value, joinPointer(at, name), out, depth);
}

/** Problems in the record's `dynamodb.Keys`, `NewImage` and `OldImage`; pointers are into the record. */
export function checkDynamoImages(record: Record<string, unknown>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const stream = record.dynamodb;
  if (stream === null || typeof stream !== 'object' || Array.isArray(stream)) return out;
  for (const image of IMAGES) {
    const map = (stream as Record<string, unknown>)[image];
    if (map !== null && typeof map === 'object' && !Array.isArray(map)) checkMap(map as Record<string, unknown>, `/dynamodb/${image}`, out, 0);
  }
  return out;
}
