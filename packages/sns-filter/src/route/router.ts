/**
 * Many subscriptions, one shared index. `route` parses the body at most once, reads only the
 * attributes and body paths some policy names, probes each value once against every
 * subscription's conditions (exact/prefix/suffix/ignore-case by hash lookup, the rest by scan),
 * and counts satisfied clauses per term. It agrees with looping the single-policy matcher (a
 * property test checks), including SNS's message-level rules (see match/decide.ts).
 */
import { diagnostic, fail, joinPointer, ok, type Diagnostic, type Result } from '@arbiter/ir';
import { attributeMap } from '../message/attributes.js';
import { hasProperty, parseBody } from '../message/payload.js';
import { analyzePolicy } from '../policy/analyze.js';
import { SnsCodes } from '../policy/codes.js';
import type { Router, SnsMessage, Subscription } from '../types.js';
import { AttributeIndex } from './attribute-index.js';
import { BodyTree } from './body-tree.js';
import { registerSubscription } from './register.js';
import type { RouteContext, SubEntry } from './state.js';

/** Body presence for `exists` (spec §3): some value other than null or the empty string. */
function hasSubstantiveValue(values: readonly unknown[]): boolean {
  for (let i = 0; i < values.length; i++) if (values[i] !== null && values[i] !== '') return true;
  return false;
}

class SharedIndexRouter implements Router {
  private readonly subs = new Map<string, SubEntry>();
  private ordered: SubEntry[] = [];
  /** Scratch flags by slot, all zero between messages. */
  private flags = new Uint8Array(64);
  private readonly deliverAll: SubEntry[] = [];
  private readonly body = new BodyTree();
  private readonly attributes = new AttributeIndex();
  private bodySubs = 0;
  private nextSeq = 0;
  private readonly ctx: RouteContext = { epoch: 0, matched: [], count: 0 };

  get size(): number {
    return this.subs.size;
  }

  add(sub: Subscription): Result<void> {
    if (sub === null || typeof sub !== 'object' || typeof sub.id !== 'string') {
      return fail([diagnostic(SnsCodes.invalidSubscription, 'input', '', 'a subscription needs a string `id` and a `policy`')]);
    }
    if (this.subs.has(sub.id)) {
      return fail([diagnostic(SnsCodes.duplicateSubscription, 'input', '/id', `subscription id \`${sub.id}\` is already routed`, { params: { id: sub.id } })]);
    }
    const analyzed = analyzePolicy(sub.policy, sub.scope === undefined ? {} : { scope: sub.scope });
    if (!analyzed.ok) return analyzed;
    const { model } = analyzed.value;
    const entry: SubEntry = { id: sub.id, seq: this.nextSeq++, slot: -1, scope: model.scope, deliverAll: model.deliverAll, stamp: -1, poison: -1, unregister: [] };
    if (entry.deliverAll) {
      this.deliverAll.push(entry);
      entry.unregister.push(() => this.deliverAll.splice(this.deliverAll.indexOf(entry), 1));
    } else if (entry.scope === 'MessageBody') {
      registerSubscription(entry, model, (key) => this.body.fieldFor(key), (f) => this.body.release(f));
      this.body.changed();
      entry.unregister.push(() => this.body.changed());
      this.bodySubs++;
      entry.unregister.push(() => this.bodySubs--);
    } else {
      registerSubscription(entry, model, (key) => this.attributes.fieldFor(key, entry), (f) => this.attributes.release(f, entry));
    }
    this.subs.set(sub.id, entry);
    entry.slot = this.ordered.length;
    this.ordered.push(entry);
    if (this.flags.length < this.ordered.length) this.flags = new Uint8Array(this.ordered.length * 2);
    return ok(undefined, analyzed.warnings);
  }

  remove(id: string): boolean {
    const entry = this.subs.get(id);
    if (!entry) return false;
    for (const undo of entry.unregister.reverse()) undo();
    this.subs.delete(id);
    this.ordered.splice(entry.slot, 1);
    for (let i = entry.slot; i < this.ordered.length; i++) this.ordered[i]!.slot = i;
    return true;
  }

  route(message: SnsMessage): string[] {
    const ctx = this.ctx;
    const epoch = ++ctx.epoch;
    ctx.count = 0;
    for (const s of this.deliverAll) {
      s.stamp = epoch;
      ctx.matched[ctx.count++] = s;
    }
    const msg: Partial<SnsMessage> = message !== null && typeof message === 'object' ? message : {};
    if (this.bodySubs > 0) this.routeBody(msg.body, ctx);
    if (this.attributes.size > 0) {
      const attributes = attributeMap(msg.attributes);
      if (attributes) this.attributes.route(attributes, ctx);
    }
    return this.inOrder(ctx, epoch);
  }

  private routeBody(body: unknown, ctx: RouteContext): void {
    const parsed = parseBody(body);
    if (!parsed.ok || !hasProperty(parsed.root)) return;
    const touched = this.body.collect(parsed.root, ctx.epoch);
    for (let i = 0; i < touched.length; i++) {
      const f = touched[i]!;
      f.settle(f.values, hasSubstantiveValue(f.values), ctx);
    }
    const absent = this.body.absentFields();
    for (let i = 0; i < absent.length; i++) {
      const f = absent[i]!;
      if (f.stamp !== ctx.epoch) f.settle(undefined, false, ctx);
    }
  }

  /** Matched ids in subscription order, without the poisoned ones. */
  private inOrder(ctx: RouteContext, epoch: number): string[] {
    const out: string[] = [];
    const n = ctx.count;
    if (n === 0) return out;
    const matched = ctx.matched;
    if (n * 8 > this.ordered.length) {
      // Many matches: flag their slots, then read the flags in order.
      const flags = this.flags;
      for (let i = 0; i < n; i++) {
        const s = matched[i]!;
        if (s.poison !== epoch) flags[s.slot] = 1;
      }
      const ordered = this.ordered;
      for (let i = 0; i < ordered.length; i++) {
        if (flags[i] === 1) {
          flags[i] = 0;
          out.push(ordered[i]!.id);
        }
      }
      return out;
    }
    const few = matched.slice(0, n).sort((a, b) => a.seq - b.seq);
    for (const s of few) if (s.poison !== epoch) out.push(s.id);
    return out;
  }
}

/**
 * Builds a router over `subscriptions`. When any policy is invalid (or an id repeats) the result
 * fails with every problem, each path prefixed with `/<index>` of the subscription
 * (`/<index>/policy/...` for policy problems), and `params.subscription` naming its id.
 */
export function createRouter(subscriptions: Subscription[]): Result<Router> {
  const router = new SharedIndexRouter();
  const diagnostics: Diagnostic[] = [];
  if (!Array.isArray(subscriptions)) return fail([diagnostic(SnsCodes.invalidSubscription, 'input', '', 'subscriptions must be an array')]);
  subscriptions.forEach((sub, i) => {
    const added = router.add(sub);
    const problems = added.ok ? added.warnings : added.diagnostics;
    for (const d of problems) {
      const base = d.document === 'policy' ? joinPointer('', i, 'policy') : joinPointer('', i);
      const id = sub !== null && typeof sub === 'object' ? String(sub.id) : '';
      diagnostics.push({ ...d, document: 'input', path: base + d.path, params: { ...d.params, subscription: id } });
    }
  });
  if (diagnostics.some((d) => d.severity === 'error')) return fail(diagnostics);
  return ok(router, diagnostics);
}
