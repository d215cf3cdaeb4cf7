/**
 * The JSON Schema of the IR, built from the node shapes below and each predicate definition's
 * schema fragment, so a new predicate is described by its own file. ir.schema.json is this
 * object written out (a test checks they are equal; `WRITE_IR_SCHEMA=1` rewrites the file).
 */
import { predicateDefinitions } from './predicates/registry.js';

const pointer = { $ref: '#/definitions/pointer' };

const node = (kind: object, properties: Record<string, object>, required: string[]) => ({
  type: 'object',
  required: ['kind', ...required, 'at'],
  additionalProperties: false,
  properties: { kind, ...properties, at: pointer },
});

function predicateSchemas(): object[] {
  return predicateDefinitions().map((d) => ({
    description: d.description,
    type: 'object',
    required: ['op', ...d.schema.required, 'at'],
    additionalProperties: false,
    properties: { op: { const: d.op }, ...d.schema.properties, at: pointer },
  }));
}

export function buildIrSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://arbiter.dev/schemas/ir.schema.json',
    title: 'Arbiter rule IR',
    description:
      "The compiled-rule IR shared by Arbiter's evaluators: plain data, every node with the JSON pointer of the policy fragment it came from. Generated from packages/ir/src/schema.ts and the predicate definitions.",
    type: 'object',
    required: ['kind', 'language', 'rules', 'at'],
    additionalProperties: false,
    properties: {
      kind: { const: 'rule-set' },
      language: { enum: ['sns-filter', 'data-protection', 'iam', 'event-pattern'] },
      rules: { type: 'array', items: { $ref: '#/definitions/rule' } },
      at: pointer,
    },
    definitions: {
      pointer: { type: 'string', pattern: '^(/([^~]|~[01])*)*$' },
      scalar: { type: ['string', 'number', 'boolean', 'null'] },
      bound: {
        type: 'object',
        required: ['value', 'inclusive'],
        additionalProperties: false,
        properties: { value: { type: 'number' }, inclusive: { type: 'boolean' } },
      },
      rule: {
        type: 'object',
        required: ['id', 'when', 'at'],
        additionalProperties: false,
        properties: { id: { type: 'string' }, effect: { type: 'string' }, when: { $ref: '#/definitions/expr' }, at: pointer },
      },
      expr: {
        oneOf: [
          node({ enum: ['all', 'any'] }, { of: { type: 'array', items: { $ref: '#/definitions/expr' } } }, ['of']),
          node({ const: 'not' }, { expr: { $ref: '#/definitions/expr' } }, ['expr']),
          node({ const: 'const' }, { value: { type: 'boolean' } }, ['value']),
          node({ const: 'test' }, { field: { type: 'array', items: { type: 'string' } }, predicate: { $ref: '#/definitions/predicate' } }, ['field', 'predicate']),
          node({ const: 'within' }, { field: { type: 'array', items: { type: 'string' } }, expr: { $ref: '#/definitions/expr' } }, ['field', 'expr']),
        ],
      },
      predicate: { oneOf: predicateSchemas() },
    },
  };
}
