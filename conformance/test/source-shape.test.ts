/**
 * Two of the project's shape rules, checked over every package's `src/`: no file over 250 lines,
 * and no import cycle between modules (type-only imports aside: they leave no runtime edge).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packages = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'packages');

function sources(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts')) out.push(path);
    }
  };
  for (const pkg of readdirSync(packages)) if (existsSync(join(packages, pkg, 'src'))) walk(join(packages, pkg, 'src'));
  return out;
}

/** Relative modules a file imports at run time. */
function runtimeImports(file: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s([^;'"]*?)from\s+'(\.[^']+)'/gm)) {
    if (/^(?:import|export)\s+type\s/.test(m[0])) continue;
    const names = /\{([^}]*)\}/.exec(m[1]!);
    if (names && !m[1]!.includes('*') && !/^\s*\w+\s*,/.test(m[1]!) && names[1]!.split(',').map((s) => s.trim()).filter(Boolean).every((s) => s.startsWith('type '))) continue;
    const target = resolve(dirname(file), m[2]!).replace(/\.js$/, '.ts');
    if (existsSync(target)) out.push(target);
  }
  return out;
}

describe('source shape', () => {
  const files = sources();

  it('keeps every source file to 250 lines', () => {
    const long = files.map((f) => [relative(packages, f), readFileSync(f, 'utf8').split('\n').length - 1] as const).filter(([, n]) => n > 250);
    expect(long).toEqual([]);
  });

  it('has no import cycle', () => {
    const graph = new Map(files.map((f) => [f, runtimeImports(f, readFileSync(f, 'utf8'))]));
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (node: string, path: string[]): void => {
      state.set(node, 'open');
      for (const next of graph.get(node) ?? []) {
        if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), node, next].map((f) => relative(packages, f)).join(' → '));
        else if (!state.has(next)) visit(next, [...path, node]);
      }
      state.set(node, 'done');
    };
    for (const f of files) if (!state.has(f)) visit(f, []);
    expect(files.length).toBeGreaterThan(400);
    expect(cycles).toEqual([]);
  });
});
