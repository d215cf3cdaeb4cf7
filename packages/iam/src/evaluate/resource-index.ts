/**
 * A resource index over one long list of compiled statements. A statement whose every Resource is
 * a fixed six-part ARN pattern can only match a request whose resource part (after the fifth colon)
 * starts with the literal text that begins the pattern's resource part (`falcon-bucket/` in
 * `arn:aws:s3:::falcon-bucket/*`), so such statements are grouped by that prefix; a request checks
 * only the groups whose prefix starts its resource part, plus every statement that cannot be
 * indexed (`*`, variables, NotResource, patterns that are not six-part ARNs). Candidates keep
 * statement order, so `decide` sees the deciding statements in the order the reference does.
 */
import type { CompiledStatement } from './compile-statement.js';

/** Lists shorter than this are scanned whole: the index would cost more than it saves. */
const MIN_INDEXED = 16;

export type StatementPicker = (resource: string) => CompiledStatement[];

/** The text after the fifth colon of an ARN; `undefined` when the value is not an ARN. */
function resourcePart(value: string): string | undefined {
  if (!value.startsWith('arn:')) return undefined;
  let from = 0;
  for (let n = 0; n < 5; n++) {
    const at = value.indexOf(':', from);
    if (at < 0) return undefined;
    from = at + 1;
  }
  return value.slice(from);
}

export function indexByResource(list: CompiledStatement[]): StatementPicker {
  if (list.length < MIN_INDEXED) return () => list;
  const always: number[] = [];
  const groups = new Map<string, number[]>();
  list.forEach((s, i) => {
    if (!s.resourcePrefixes) return void always.push(i);
    for (const p of s.resourcePrefixes) {
      const g = groups.get(p);
      if (g) g.push(i);
      else groups.set(p, [i]);
    }
  });
  if (groups.size === 0) return () => list;
  const alwaysList = always.map((i) => list[i] as CompiledStatement);
  const prefixes = [...groups.entries()];
  return (resource) => {
    const part = resourcePart(resource);
    if (part === undefined) return alwaysList;
    let hits: number[] | undefined;
    for (const [prefix, members] of prefixes) {
      if (part.startsWith(prefix)) hits = hits ? hits.concat(members) : always.concat(members);
    }
    if (!hits) return alwaysList;
    hits.sort((a, b) => a - b);
    const out: CompiledStatement[] = [];
    for (let k = 0; k < hits.length; k++) if (k === 0 || hits[k] !== hits[k - 1]) out.push(list[hits[k] as number] as CompiledStatement);
    return out;
  };
}
