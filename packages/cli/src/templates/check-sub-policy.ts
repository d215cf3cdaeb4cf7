/**
 * A whole policy written as `!Sub` JSON text (`PolicyDocument: !Sub | {"Resource": "arn:…:${AWS::AccountId}:…"}`).
 * The text is filled several ways; a problem is reported only when every filling that makes JSON
 * shows it and it is not at a value a variable is part of. Positions come from a same-length
 * filling, so lines and columns match the template.
 */
import { diagnostic, parseJsonSafe, type Diagnostic, type SourcePosition } from '@arbiter/ir';
import { runValidator, type PolicyTarget } from './check-policy.js';
import { nearest, type SourceLocation } from './located.js';

const FILLINGS = ['unresolved', '*', '', '0'];
const VARIABLE = /\$\{(!?)([^}]*)\}/g;
/** A bare JSON scalar (number, `true`, …), read in place (sticky) rather than from a copy of the rest of the text. */
const BARE = /[^,\]}\s]*/y;

/** The template text of a `Fn::Sub` whose argument is text (with or without a variable map). */
export function subTemplateOf(arg: unknown): { text: string; vars: Record<string, unknown> } | undefined {
  const [text, vars] = Array.isArray(arg) ? arg : [arg, {}];
  if (typeof text !== 'string') return undefined;
  return { text, vars: vars !== null && typeof vars === 'object' ? (vars as Record<string, unknown>) : {} };
}

function fill(text: string, vars: Record<string, unknown>, token: (raw: string) => string): string {
  return text.replace(VARIABLE, (raw, bang: string, name: string) => {
    if (bang) return `\${${name}}`;
    const given = vars[name];
    return typeof given === 'string' ? given : token(raw);
  });
}

/** Problems of a `Fn::Sub` policy, with their positions inside the text (1-based). */
export function checkSubPolicy(target: PolicyTarget, text: string, vars: Record<string, unknown>): Array<{ d: Diagnostic; at: SourceLocation }> {
  // `${Name}` → same-length `1000000` (a number, or text inside a string), so positions stay put.
  const sameLength = fill(text, vars, (raw) => '1'.padEnd(raw.length, '0'));
  const located = parseJsonSafe(sameLength, { document: 'policy', locations: true });
  // Only fillings that make JSON count: `"max": ${Max}` is JSON with `0`, not with `unresolved`.
  const texts = FILLINGS.map((token) => fill(text, vars, () => token)).filter((t) => parseJsonSafe(t).ok);
  if (texts.length === 0 || !located.ok) {
    if (texts.length > 0) return [];
    const d = (located.ok ? [] : located.diagnostics).find((x) => x.severity === 'error');
    const at = { line: Number(d?.params?.['line'] ?? 1), column: Number(d?.params?.['column'] ?? 1) };
    // A variable might supply JSON structure (`{"Statement": ${List}}`), so this is not certain enough for an error.
    const message = `the \`Fn::Sub\` text is not JSON unless a variable supplies JSON structure, so it was not validated: ${d?.message ?? 'invalid JSON'}`;
    return [{ d: diagnostic('template.policy-not-json', 'policy', '', message, { severity: 'warning' }), at }];
  }
  const positions = located.value.locations ?? new Map<string, SourcePosition>();
  const uncertain = uncertainPlaces(text, vars, positions);
  const problems = texts.map((t) => runValidator(target, t));
  // Each filling's problems as a set, so "shown by every filling" is one lookup per problem.
  const shown = problems.map((list) => new Set(list.map(problemKey)));
  const first = problems[0] ?? [];
  subPolicyWork.steps += first.length * shown.length;
  return first
    .filter((d) => shown.every((set) => set.has(problemKey(d))) && !isUncertain(d.path, uncertain))
    .map((d) => ({ d, at: nearest(positions, d.path) ?? { line: 1, column: 1 } }));
}

/** Steps of the loops over nodes, variables and problems; read by tests to show the work is linear. */
export const subPolicyWork = { steps: 0 };

const problemKey = (d: Diagnostic): string => `${d.code}\u0000${d.path}`;

/** Pointers a variable makes unknowable: the value itself (and all below it) or only its direct members. */
interface Uncertain {
  all: Set<string>;
  members: Set<string>;
}

/** Whether `path` is at or below an `all` pointer, or is or directly under a `members` pointer: O(depth). */
function isUncertain(path: string, u: Uncertain): boolean {
  if (u.members.has(path) || (path !== '' && u.members.has(parentOf(path)))) return true;
  for (let at = path; ; at = parentOf(at)) {
    subPolicyWork.steps++;
    if (u.all.has(at)) return true;
    if (at === '') return false;
  }
}

const parentOf = (pointer: string): string => pointer.slice(0, Math.max(0, pointer.lastIndexOf('/')));

/**
 * Where a substituted variable makes the policy unknowable: a scalar value holding one (and all
 * below it), and the object whose key holds one (a key such as `"${Name}"` may be any key, so
 * problems reported on the object or on its missing members are uncertain).
 */
function uncertainPlaces(text: string, vars: Record<string, unknown>, positions: ReadonlyMap<string, SourcePosition>): Uncertain {
  // before[i]: how many unresolved variables start before offset i, so "a variable in [from, to)" is one subtraction.
  const before = new Int32Array(text.length + 1);
  for (const m of text.matchAll(VARIABLE)) if (!m[1] && typeof vars[m[2] ?? ''] !== 'string') before[(m.index ?? 0) + 1]! += 1;
  for (let i = 1; i <= text.length; i++) before[i]! += before[i - 1]!;
  subPolicyWork.steps += text.length;
  const within = (from: number, to: number | undefined): boolean => to !== undefined && before[to]! - before[from]! > 0;
  const out: Uncertain = { all: new Set(), members: new Set() };
  for (const [pointer, p] of positions) {
    subPolicyWork.steps++;
    if (within(p.offset, scalarEnd(text, p.offset))) out.all.add(pointer);
    const key = keyStart(text, p.offset);
    if (key !== undefined && within(key, p.offset)) {
      out.all.add(pointer);
      out.members.add(parentOf(pointer));
    }
  }
  return out;
}

/** Start offset of the object key before the value at `offset` (`"key" : value`), if there is one. */
function keyStart(text: string, offset: number): number | undefined {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i] as string)) i--;
  if (text[i] !== ':') return undefined;
  i--;
  while (i >= 0 && /\s/.test(text[i] as string)) i--;
  if (text[i] !== '"') return undefined;
  for (i--; i >= 0; i--) if (text[i] === '"' && text[i - 1] !== '\\') return i;
  return undefined;
}

/** End offset of the string or bare scalar starting at `offset`; undefined for objects and arrays. */
function scalarEnd(text: string, offset: number): number | undefined {
  const c = text[offset];
  if (c === '{' || c === '[') return undefined;
  if (c !== '"') {
    BARE.lastIndex = offset;
    return offset + (BARE.exec(text)?.[0].length ?? 0);
  }
  for (let i = offset + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return text.length;
}
