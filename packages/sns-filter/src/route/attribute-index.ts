/**
 * The router's index over message attributes: one field per attribute name. Only attributes
 * some policy names are decoded. An invalid one (e.g. a Number that is not numeric) poisons the
 * subscriptions naming it, as the single matcher reports InvalidAttributes for them; a message
 * without any (non-Binary) attribute matches no attribute policy (spec §3, `exists: false`).
 */
import { readAttribute } from '../message/attributes.js';
import { FieldIndex } from './field-index.js';
import type { RouteContext, SubEntry } from './state.js';

export class AttributeIndex {
  private readonly fields = new Map<string, FieldIndex>();
  /** Subscriptions naming each attribute (with a count of their registrations). */
  private readonly users = new Map<FieldIndex, Map<SubEntry, number>>();
  private readonly absentFields = new Set<FieldIndex>();

  get size(): number {
    return this.fields.size;
  }

  clearCaches(): void {
    for (const f of this.fields.values()) f.clearCache();
  }

  fieldFor(name: string, sub: SubEntry): FieldIndex {
    let f = this.fields.get(name);
    if (!f) {
      f = new FieldIndex(name, []);
      this.fields.set(name, f);
      this.users.set(f, new Map());
    }
    const subs = this.users.get(f)!;
    subs.set(sub, (subs.get(sub) ?? 0) + 1);
    this.absentFields.add(f);
    return f;
  }

  release(f: FieldIndex, sub: SubEntry): void {
    const subs = this.users.get(f);
    if (subs) {
      const n = (subs.get(sub) ?? 1) - 1;
      if (n <= 0) subs.delete(sub);
      else subs.set(sub, n);
    }
    if (f.users > 0) return;
    this.fields.delete(f.key);
    this.users.delete(f);
    this.absentFields.delete(f);
  }

  route(attributes: Record<string, unknown>, ctx: RouteContext): void {
    const epoch = ctx.epoch;
    let anyAttribute = false;
    const present: Array<[FieldIndex, unknown[]]> = [];
    for (const name of Object.keys(attributes)) {
      const f = this.fields.get(name);
      if (!f && anyAttribute) continue;
      const state = readAttribute(attributes, name);
      if (state.kind !== 'absent') anyAttribute = true;
      if (!f) continue;
      if (state.kind === 'invalid') {
        for (const s of this.users.get(f)!.keys()) ctx.poisoned.push(s);
      } else if (state.kind === 'present') {
        f.stamp = epoch;
        present.push([f, state.values]);
      }
    }
    // With no attribute at all, nothing matches, not even `exists: false`.
    if (!anyAttribute) return;
    for (const [f, values] of present) f.settle(values, true, ctx);
    for (const f of this.absentFields) if (f.stamp !== epoch && f.absent.length > 0) f.settle(undefined, false, ctx);
  }
}
