/** Structural validation with ajv against `schema.json`; errors become diagnostics at their pointers. */
import { Ajv, type ErrorObject } from 'ajv';
import { diagnostic, joinPointer, type Diagnostic } from '@arbiter/ir';
import schema from './schema.json' with { type: 'json' };
import { DpCodes } from '../codes.js';

let validator: ReturnType<Ajv['compile']> | undefined;

function errorDiagnostic(e: ErrorObject): Diagnostic {
  const params = e.params as Record<string, unknown>;
  if (e.keyword === 'required') {
    const field = String(params['missingProperty']);
    return diagnostic(DpCodes.missingField, 'policy', joinPointer(e.instancePath, field), `missing required field \`${field}\``);
  }
  if (e.keyword === 'additionalProperties') {
    const field = String(params['additionalProperty']);
    return diagnostic(DpCodes.unknownField, 'policy', joinPointer(e.instancePath, field), `unknown field \`${field}\``);
  }
  if (e.keyword === 'enum') {
    const allowed = (params['allowedValues'] as unknown[]).map((v) => `\`${String(v)}\``).join(', ');
    return diagnostic(DpCodes.invalidValue, 'policy', e.instancePath, `must be one of ${allowed}`);
  }
  if (e.keyword === 'type') return diagnostic(DpCodes.wrongType, 'policy', e.instancePath, `must be of type \`${String(params['type'])}\``);
  return diagnostic(DpCodes.schema, 'policy', e.instancePath, (e.message ?? 'is invalid').toLowerCase());
}

/** Checks the document's shape; an empty list means the semantic checks can read it safely. */
export function checkPolicySchema(document: unknown): Diagnostic[] {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(schema);
  if (validator(document)) return [];
  const seen = new Set<string>();
  return (validator.errors ?? []).map(errorDiagnostic).filter((d) => {
    const k = `${d.code} ${d.path} ${d.message}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}
