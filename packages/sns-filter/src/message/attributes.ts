/**
 * Message attributes as SNS filters them (spec §3, §6): `String` (and `String.<custom>`) is one
 * string, `String.Array` is its JSON array's scalar elements, `Number` (and `Number.<custom>`) a
 * number, `Binary` is ignored (treated as absent). Both shapes are read: `{Type, Value}` as SNS
 * delivers and `{DataType, StringValue}` as the SDK sends. Attribute names are looked up as own
 * properties only, so `__proto__` and `constructor` are ordinary names.
 */
export type AttributeState =
  | { kind: 'absent' }
  | { kind: 'invalid'; reason: string }
  | { kind: 'present'; values: unknown[] };

const ABSENT: AttributeState = { kind: 'absent' };
const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** SNS's Number: decimal or exponent notation (`99`, `-0.5`, `3.015e2`). */
const NUMBER_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function typeAndValue(raw: Record<string, unknown>): { type: unknown; value: unknown } {
  if (typeof raw.Type === 'string') return { type: raw.Type, value: raw.Value };
  return { type: raw.DataType, value: raw.StringValue };
}

function isScalar(v: unknown): boolean {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

function readStringArray(value: unknown): AttributeState {
  if (typeof value !== 'string') return { kind: 'invalid', reason: 'String.Array attribute has no string value' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return { kind: 'invalid', reason: 'String.Array value is not valid JSON' };
  }
  if (!Array.isArray(parsed)) return { kind: 'invalid', reason: 'String.Array value is not a JSON array' };
  // Only scalar elements take part in matching; nested arrays and objects are skipped.
  return { kind: 'present', values: parsed.filter(isScalar) };
}

/** Decodes one attribute of the message. */
export function readAttribute(attributes: Record<string, unknown>, name: string): AttributeState {
  if (!hasOwn(attributes, name)) return ABSENT;
  const raw = attributes[name];
  if (raw === null || typeof raw !== 'object') return { kind: 'invalid', reason: 'attribute is not an object with a Type and a Value' };
  const { type, value } = typeAndValue(raw as Record<string, unknown>);
  if (typeof type !== 'string') return { kind: 'invalid', reason: 'attribute has no Type (or DataType)' };
  if (type === 'String.Array') return readStringArray(value);
  const base = type.split('.', 1)[0];
  if (base === 'Binary') return ABSENT;
  if (typeof value !== 'string') return { kind: 'invalid', reason: `${type} attribute has no string value` };
  if (base === 'String') return { kind: 'present', values: [value] };
  if (base === 'Number') {
    const n = Number(value.trim());
    if (!NUMBER_TEXT.test(value.trim()) || !Number.isFinite(n)) return { kind: 'invalid', reason: `Number attribute value \`${value.slice(0, 64)}\` is not a number` };
    return { kind: 'present', values: [n] };
  }
  return { kind: 'invalid', reason: `unknown attribute type \`${type.slice(0, 64)}\`` };
}

/** The message's attribute map, or `undefined` when it is not an object. */
export function attributeMap(attributes: unknown): Record<string, unknown> | undefined {
  if (attributes === undefined || attributes === null) return {};
  return typeof attributes === 'object' && !Array.isArray(attributes) ? (attributes as Record<string, unknown>) : undefined;
}

/** True when some attribute counts for filtering (Binary ones are ignored). */
export function hasFilterableAttribute(attributes: Record<string, unknown>): boolean {
  for (const name of Object.keys(attributes)) if (readAttribute(attributes, name).kind !== 'absent') return true;
  return false;
}
