/**
 * Interned tests with a per-request memo, for the compiled evaluator. The statements of a large
 * policy set repeat the same Resource elements, Principal elements and conditions (one ABAC
 * condition in hundreds of statements): each distinct one (by IR structure, pointers ignored) is
 * compiled once and evaluated at most once per request. A result is a small number (0 = does not
 * hold; see compile-statement.ts for what a principal test returns).
 */
import { shapeOf, type Expr } from '@arbiter/ir';

/** Evaluates against the evaluator's current request (bound-fields.ts). */
export type MemoTest = () => number;

/** The structural identity of an IR expression: its JSON without the `at` pointers. */
export function structureKey(kind: string, e: Expr): string {
  return kind + shapeOf(e);
}

export class TestTable {
  private readonly ids = new Map<string, number>();
  private readonly tests: MemoTest[] = [];
  // A result is valid while its stamp equals the current one: a new request is one increment.
  private stamps = new Uint32Array(64);
  private results = new Uint8Array(64);
  private stamp = 1;

  /** The id of the test with `key`, made by `make` the first time the key is seen. */
  intern(key: string, make: () => MemoTest): number {
    let id = this.ids.get(key);
    if (id !== undefined) return id;
    id = this.tests.length;
    this.tests.push(make());
    this.ids.set(key, id);
    if (id >= this.stamps.length) {
      const stamps = new Uint32Array(this.stamps.length * 2);
      stamps.set(this.stamps);
      const results = new Uint8Array(this.results.length * 2);
      results.set(this.results);
      this.stamps = stamps;
      this.results = results;
    }
    return id;
  }

  /** Forgets every result (a new request). */
  reset(): void {
    this.stamp = (this.stamp + 1) >>> 0;
    if (this.stamp === 0) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  /** The result of test `id` for the current request, evaluated on first use. */
  value(id: number): number {
    if (this.stamps[id] === this.stamp) return this.results[id] as number;
    const v = (this.tests[id] as MemoTest)();
    this.stamps[id] = this.stamp;
    this.results[id] = v;
    return v;
  }

  get size(): number {
    return this.tests.length;
  }
}
