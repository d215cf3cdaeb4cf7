/** `known-failing.json`: `{ "<case id>": "<reason with evidence>" }`, checked both ways. */
import { readFileSync } from 'node:fs';

export type KnownFailing = ReadonlyMap<string, string>;

export function parseKnownFailing(text: string): KnownFailing {
  const value: unknown = JSON.parse(text);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('known-failing file must be a JSON object of id → reason');
  const out = new Map<string, string>();
  for (const [id, reason] of Object.entries(value as Record<string, unknown>)) {
    if (typeof reason !== 'string' || reason.trim() === '') throw new Error(`known-failing entry \`${id}\` needs a reason`);
    out.set(id, reason);
  }
  return out;
}

export function loadKnownFailing(file: string): KnownFailing {
  return parseKnownFailing(readFileSync(file, 'utf8'));
}
