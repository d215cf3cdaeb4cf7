/**
 * DynamoDB's typed JSON (`{"S": "x"}`, `{"N": "1.50"}`, …) as plain JSON text. Numbers are written
 * as DynamoDB sent their digits (no float rounding), so numeric filters see the exact value.
 */
import type { AttributeValue } from 'aws-lambda';

const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

function numberText(n: string): string {
  return JSON_NUMBER.test(n) ? n : JSON.stringify(n);
}

/** One attribute value as JSON text. Unknown or malformed types become `null`. */
export function attributeJson(value: AttributeValue | undefined): string {
  if (!value || typeof value !== 'object') return 'null';
  if (value.S !== undefined) return JSON.stringify(value.S);
  if (value.N !== undefined) return numberText(value.N);
  if (value.BOOL !== undefined) return value.BOOL ? 'true' : 'false';
  if (value.NULL !== undefined) return 'null';
  if (value.B !== undefined) return JSON.stringify(value.B);
  if (value.SS !== undefined) return JSON.stringify(value.SS);
  if (value.NS !== undefined) return `[${value.NS.map(numberText).join(',')}]`;
  if (value.BS !== undefined) return JSON.stringify(value.BS);
  if (value.L !== undefined) return `[${value.L.map(attributeJson).join(',')}]`;
  if (value.M !== undefined) return imageJson(value.M);
  return 'null';
}

/** An item image (`NewImage`/`OldImage`/`Keys`) as a JSON object's text. */
export function imageJson(image: Record<string, AttributeValue> | undefined): string {
  if (!image) return '{}';
  return `{${Object.entries(image).map(([k, v]) => `${JSON.stringify(k)}:${attributeJson(v)}`).join(',')}}`;
}
