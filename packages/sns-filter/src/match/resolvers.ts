/**
 * Field resolvers over one message, as the IR evaluators want them: `field` is the policy's key
 * path; the answer is the values found there or `undefined` when absent. Each field is decoded
 * once per message.
 */
import type { FieldResolver, FieldValues } from '@arbiter/ir';
import { readAttribute } from '../message/attributes.js';
import { compileBodyPath, resolveBodyPath, type BodyPath } from '../message/payload.js';
import { fieldKey } from '../policy/model.js';

export function attributeResolver(attributes: Record<string, unknown>): FieldResolver {
  const cache = new Map<string, FieldValues>();
  return (field) => {
    const name = fieldKey(field);
    if (cache.has(name)) return cache.get(name);
    const state = readAttribute(attributes, name);
    const values = state.kind === 'present' ? state.values : undefined;
    cache.set(name, values);
    return values;
  };
}

const pathCache = new Map<string, BodyPath>();

/** Prepared paths are shared across messages (bounded, since policies name few paths). */
export function bodyPath(text: string): BodyPath {
  let path = pathCache.get(text);
  if (!path) {
    path = compileBodyPath(text);
    if (pathCache.size < 10_000) pathCache.set(text, path);
  }
  return path;
}

export function bodyResolver(root: Record<string, unknown>): FieldResolver {
  const cache = new Map<string, FieldValues>();
  return (field) => {
    const key = fieldKey(field);
    if (cache.has(key)) return cache.get(key);
    const values = resolveBodyPath(root, bodyPath(key));
    cache.set(key, values);
    return values;
  };
}
