/**
 * Argument checks for every public function. TypeScript types do not protect JavaScript callers or
 * options read from config files, so each entry point reads its arguments through these helpers:
 * a wrong type, a `null` where an object belongs, a getter or proxy that throws, or a callback
 * that returns or throws something odd becomes an `input.*` diagnostic instead of a TypeError
 * deep inside an evaluator. Options are read once into a plain snapshot, so nothing later touches
 * the caller's object again.
 */
import { diagnostic, type Diagnostic, type DocumentKind, type Result } from '../diagnostic.js';
import { joinPointer } from '../json-pointer.js';

export const ArgumentCodes = {
  wrongType: 'input.wrong-type',
  unreadable: 'input.unreadable',
  callbackFailed: 'input.callback-failed',
} as const;

/** One accepted shape: a predicate and how to name it in a message ("a string"). */
export interface Check<T> {
  what: string;
  accept(value: unknown): value is T;
}

const check = <T>(what: string, accept: (v: unknown) => boolean): Check<T> => ({ what, accept: accept as (v: unknown) => v is T });

/** The shapes public functions take. */
export const Arg = {
  string: check<string>('a string', (v) => typeof v === 'string'),
  boolean: check<boolean>('a boolean', (v) => typeof v === 'boolean'),
  number: check<number>('a finite number', (v) => typeof v === 'number' && Number.isFinite(v)),
  positive: check<number>('a positive number', (v) => typeof v === 'number' && v > 0),
  unitInterval: check<number>('a number in [0, 1)', (v) => typeof v === 'number' && v >= 0 && v < 1),
  func: check<(...args: never[]) => unknown>('a function', (v) => typeof v === 'function'),
  date: check<Date>('a valid Date', (v) => v instanceof Date && !Number.isNaN(v.getTime())),
  object: check<Record<string, unknown>>('an object', (v) => typeof v === 'object' && v !== null && !Array.isArray(v)),
  array: check<unknown[]>('an array', Array.isArray),
  oneOf<const T extends string>(...values: T[]): Check<T> {
    return check<T>(`one of ${values.map((v) => `\`${v}\``).join(', ')}`, (v) => (values as unknown[]).includes(v));
  },
  arrayOf<T>(item: Check<T>): Check<T[]> {
    return check<T[]>(`an array of ${plural(item.what)}`, (v) => Array.isArray(v) && v.every((x) => item.accept(x)));
  },
  either<A, B>(a: Check<A>, b: Check<B>): Check<A | B> {
    return check<A | B>(`${a.what} or ${b.what}`, (v) => a.accept(v) || b.accept(v));
  },
};

function plural(what: string): string {
  return what.replace(/^an? /, '') + 's';
}

/** What a value is, for messages: `null`, `an array`, `a number`. */
export function describeValue(v: unknown): string {
  if (v === null) return '`null`';
  if (v === undefined) return '`undefined`';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'number' && !Number.isFinite(v)) return `\`${v}\``;
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/** A thrown value as text, without trusting it (its `message` getter may throw too). */
export function describeThrown(e: unknown): string {
  try {
    return e instanceof Error ? e.message : String(e);
  } catch {
    return 'an unreadable error';
  }
}

/** An argument's dotted name as a pointer: `custom.0` → `/custom/0`. */
function pointerOf(name: string): string {
  return joinPointer('', ...name.split('.'));
}

/** Checks one positional argument; `name` becomes the pointer (`options` → `/options`, `custom.0` → `/custom/0`). */
export function checkArgument<T>(value: unknown, expected: Check<T>, name: string, document: DocumentKind = 'input'): Diagnostic[] {
  try {
    if (expected.accept(value)) return [];
  } catch (e) {
    return [diagnostic(ArgumentCodes.unreadable, document, pointerOf(name), `\`${name}\` could not be read: ${describeThrown(e)}`)];
  }
  return [diagnostic(ArgumentCodes.wrongType, document, pointerOf(name), `\`${name}\` must be ${expected.what}, not ${describeValue(value)}`, { params: { argument: name } })];
}

export type OptionSpec<T> = { [K in keyof T]-?: Check<NonNullable<T[K]>> };

/**
 * Reads an options argument into a plain snapshot: `undefined` and `null` mean no options; any
 * other non-object, a listed key of the wrong type, or a key whose getter throws is a diagnostic.
 * Keys not in `spec` are left out of the snapshot. `undefined` values mean "not given".
 */
export function readOptions<T>(options: unknown, spec: OptionSpec<T>, name = 'options', document: DocumentKind = 'input'): Result<T> {
  if (options === undefined || options === null) return { ok: true, value: {} as T, warnings: [] };
  const at = pointerOf(name);
  if (typeof options !== 'object' || Array.isArray(options)) {
    return { ok: false, diagnostics: [diagnostic(ArgumentCodes.wrongType, document, at, `\`${name}\` must be an object, not ${describeValue(options)}`, { params: { argument: name } })] };
  }
  const out: Record<string, unknown> = {};
  const diagnostics: Diagnostic[] = [];
  for (const key of Object.keys(spec) as Array<keyof T & string>) {
    let v: unknown;
    try {
      v = (options as Record<string, unknown>)[key];
    } catch (e) {
      diagnostics.push(diagnostic(ArgumentCodes.unreadable, document, joinPointer(at, key), `\`${name}.${key}\` could not be read: ${describeThrown(e)}`));
      continue;
    }
    if (v === undefined) continue;
    const expected = spec[key] as Check<unknown>;
    if (expected.accept(v)) out[key] = v;
    else diagnostics.push(diagnostic(ArgumentCodes.wrongType, document, joinPointer(at, key), `\`${name}.${key}\` must be ${expected.what}, not ${describeValue(v)}`, { params: { argument: `${name}.${key}` } }));
  }
  return diagnostics.length > 0 ? { ok: false, diagnostics } : { ok: true, value: out as T, warnings: [] };
}

/** Calls a caller's callback; a throw or a result outside `expected` is a diagnostic. */
export function callBack<T>(fn: () => unknown, expected: Check<T>, name: string, document: DocumentKind = 'input'): Result<T> {
  let v: unknown;
  try {
    v = fn();
  } catch (e) {
    return { ok: false, diagnostics: [diagnostic(ArgumentCodes.callbackFailed, document, pointerOf(name), `\`${name}\` threw: ${describeThrown(e)}`)] };
  }
  if (expected.accept(v)) return { ok: true, value: v, warnings: [] };
  return { ok: false, diagnostics: [diagnostic(ArgumentCodes.callbackFailed, document, pointerOf(name), `\`${name}\` must return ${expected.what}, not ${describeValue(v)}`)] };
}

/**
 * Runs `read` (which touches a caller's object) and turns a throw from a getter or proxy into an
 * `input.unreadable` diagnostic at `name`.
 */
export function readGuarded<T>(read: () => Result<T>, name: string, document: DocumentKind = 'input'): Result<T> {
  try {
    return read();
  } catch (e) {
    return { ok: false, diagnostics: [diagnostic(ArgumentCodes.unreadable, document, pointerOf(name), `\`${name}\` could not be read: ${describeThrown(e)}`)] };
  }
}
