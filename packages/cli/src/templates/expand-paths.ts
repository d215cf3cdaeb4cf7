/**
 * PATH arguments → files. A file is taken as named; a directory is walked for `*.json`, `*.yaml`,
 * `*.yml` and `*.template` (skipping `node_modules` and dot-folders); an argument with `*`, `?` or
 * `**` that names nothing is a glob, matched segment by segment with the ir `globMatch` (Node 20
 * has no `fs.glob`, and a shell usually expands globs before we see them anyway).
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, normalize } from 'node:path';
import { globMatch } from '@arbiter/ir';

export const TEMPLATE_EXTENSIONS: readonly string[] = ['.json', '.yaml', '.yml', '.template'];

export interface InputFile {
  path: string;
  /** Named on the command line or matched by a glob (not found by walking a directory). */
  explicit: boolean;
}

export interface ExpandedPaths {
  files: InputFile[];
  /** Arguments that name no file, directory or glob match. */
  missing: string[];
}

const GLOB_CHARS = /[*?]/;

/** Expands the command's PATH arguments, in the order given; `cwd` resolves relative paths. */
export function expandPaths(args: readonly string[], cwd: string): ExpandedPaths {
  const out: ExpandedPaths = { files: [], missing: [] };
  const seen = new Set<string>();
  const add = (path: string, explicit: boolean): void => {
    if (!seen.has(path)) out.files.push({ path, explicit });
    seen.add(path);
  };
  for (const arg of args) {
    const kind = kindOf(resolve(cwd, arg));
    if (kind === 'file') add(arg, true);
    else if (kind === 'dir') walk(cwd, arg, (p, name) => TEMPLATE_EXTENSIONS.some((e) => name.toLowerCase().endsWith(e)) && void add(p, false));
    else if (GLOB_CHARS.test(arg)) {
      const before = out.files.length;
      for (const p of expandGlob(cwd, arg)) add(p, true);
      if (out.files.length === before) out.missing.push(arg);
    } else out.missing.push(arg);
  }
  return out;
}

function resolve(cwd: string, path: string): string {
  return isAbsolute(path) ? path : join(cwd, path);
}

function kindOf(path: string): 'file' | 'dir' | undefined {
  try {
    const s = statSync(path);
    // `/dev/null`, `/dev/stdin` and FIFOs (`<(…)` in a shell) are readable files too.
    return s.isDirectory() ? 'dir' : s.isFile() || s.isFIFO() || s.isCharacterDevice() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

/** Visits files under `dir` in name order; `visit` gets the path as the user would write it. */
function walk(cwd: string, dir: string, visit: (path: string, name: string) => void): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(resolve(cwd, dir), { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, e.name);
    const kind = e.isSymbolicLink() ? kindOf(resolve(cwd, path)) === 'file' && 'file' : e.isDirectory() ? 'dir' : e.isFile() && 'file';
    if (kind === 'dir' && !e.name.startsWith('.') && e.name !== 'node_modules') walk(cwd, path, visit);
    else if (kind === 'file') visit(path, e.name);
  }
}

/** Files matching `pattern` (`*` and `?` within a segment, `**` across segments). */
export function expandGlob(cwd: string, pattern: string): string[] {
  const segments = pattern.split(/[\\/]+/);
  const staticCount = segments.findIndex((s) => GLOB_CHARS.test(s));
  const base = normalize(segments.slice(0, staticCount).join('/') || (pattern.startsWith('/') ? '/' : '.'));
  const rest = segments.slice(staticCount);
  const matches: string[] = [];
  walk(cwd, base, (path) => {
    const relative = path.slice(base === '.' ? 0 : base.length).split(/[\\/]+/).filter((s) => s !== '');
    if (matchSegments(rest, relative)) matches.push(base === '.' ? relative.join('/') : path);
  });
  return matches;
}

/**
 * Segment matching by dynamic programming over (pattern index, path index): each pair is decided
 * once, so k `**` segments cost O(k × depth) instead of the naive recursion's exponential time.
 */
export function matchSegments(pattern: readonly string[], path: readonly string[]): boolean {
  const memo = new Map<number, boolean>();
  const width = path.length + 1;
  const match = (p: number, q: number): boolean => {
    const key = p * width + q;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const head = pattern[p];
    let result: boolean;
    if (head === undefined) result = q === path.length;
    else if (head === '**') result = match(p + 1, q) || (q < path.length && match(p, q + 1));
    else result = q < path.length && globMatch(head, path[q] as string) && match(p + 1, q + 1);
    memo.set(key, result);
    return result;
  };
  return match(0, 0);
}
