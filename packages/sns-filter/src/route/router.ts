/**
 * Many subscriptions, one shared index. `route` reads only the attributes and body paths some
 * policy names (by default straight from the body text: lazy-walk.ts), probes each value once
 * against every subscription's conditions (exact/prefix/suffix/ignore-case by hash lookup, the rest by scan),
 * and counts satisfied clauses per term. It agrees with looping the single-policy matcher (a
 * property test checks), including SNS's message-level rules (see match/decide.ts).
 */
import { Arg, diagnostic, fail, joinPointer, ok, readOptions, textOfBytes, type Diagnostic, type Result } from '@arbiter/ir';
import { attributeMap } from '../message/attributes.js';
import { hasProperty, parseBody } from '../message/payload.js';
import { analyzePolicy } from '../policy/analyze.js';
import { SnsCodes } from '../policy/codes.js';
import type { Router, RouterOptions, SnsMessage, Subscription } from '../types.js';
import { AttributeIndex } from './attribute-index.js';
import { BodyTree } from './body-tree.js';
import { INVALID, LazyBodyWalker, SCANNED } from './lazy-walk.js';
import { walkParsedBody } from './parsed-walk.js';
import { readSubscription } from './read-subscription.js';
import { registerSubscription } from './register.js';
import { expandTerms } from './terms.js';
import { markSlot, newRouteContext, type RouteContext, type SubEntry } from './state.js';

/** Number of set bits in a 32-bit word. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

class SharedIndexRouter implements Router {
  private readonly subs = new Map<string, SubEntry>();
  /** Subscriptions in order, and their ids by slot. */
  private ordered: SubEntry[] = [];
  private ids: string[] = [];
  private readonly deliverAll: SubEntry[] = [];
  private readonly body = new BodyTree();
  /** The text walker, unless the router was built with `extraction: 'parse'`. */
  private readonly walker: LazyBodyWalker | undefined;
  private readonly attributes = new AttributeIndex();
  private bodySubs = 0;
  private readonly ctx: RouteContext = newRouteContext();

  constructor(options: RouterOptions) {
    this.walker = options.extraction === 'parse' ? undefined : new LazyBodyWalker(this.body);
  }

  get size(): number {
    return this.subs.size;
  }

  add(given: Subscription): Result<void> {
    const read = readSubscription(given);
    if (!read.ok) return read;
    const sub = read.value;
    if (this.subs.has(sub.id)) {
      return fail([diagnostic(SnsCodes.duplicateSubscription, 'input', '/id', `subscription id \`${sub.id}\` is already routed`, { params: { id: sub.id } })]);
    }
    const analyzed = analyzePolicy(sub.policy, sub.scope === undefined ? {} : { scope: sub.scope });
    if (!analyzed.ok) return analyzed;
    const { scope, ruleSet } = analyzed.value.policy;
    // The index counts the rule's terms (terms.ts): a term with no clause always holds.
    const terms = expandTerms(ruleSet.rules[0]!.when);
    if (!terms) return fail([diagnostic(SnsCodes.invalidSubscription, 'input', '', 'the policy lowered to IR the router cannot index')]);
    const entry: SubEntry = { id: sub.id, slot: this.ordered.length, scope, deliverAll: terms.some((t) => t.length === 0), unregister: [] };
    this.ordered.push(entry);
    this.ids.push(entry.id);
    this.growContext();
    let indexed = true;
    if (entry.deliverAll) {
      this.deliverAll.push(entry);
      entry.unregister.push(() => this.deliverAll.splice(this.deliverAll.indexOf(entry), 1));
    } else if (entry.scope === 'MessageBody') {
      indexed = registerSubscription(entry, terms, (key) => this.body.fieldFor(key), (f) => this.body.release(f));
      this.body.changed();
      this.bodySubs++;
      entry.unregister.push(() => {
        this.bodySubs--;
        this.body.changed();
      });
    } else {
      indexed = registerSubscription(entry, terms, (key) => this.attributes.fieldFor(key, entry), (f) => this.attributes.release(f, entry));
    }
    this.subs.set(sub.id, entry);
    if (!indexed) {
      this.remove(sub.id);
      return fail([diagnostic(SnsCodes.invalidSubscription, 'input', '', 'the policy holds a predicate the router cannot index')]);
    }
    return ok(undefined, analyzed.warnings);
  }

  private growContext(): void {
    const words = (this.ordered.length + 31) >>> 5;
    if (this.ctx.bits.length < words) this.ctx.bits = new Int32Array(words * 2);
  }

  remove(id: string): boolean {
    const entry = this.subs.get(id);
    if (!entry) return false;
    for (const undo of entry.unregister.reverse()) undo();
    this.subs.delete(id);
    this.ordered.splice(entry.slot, 1);
    this.ids.splice(entry.slot, 1);
    for (let i = entry.slot; i < this.ordered.length; i++) this.ordered[i]!.slot = i;
    // Cached hits hold slots, which just moved.
    this.body.clearCaches();
    this.attributes.clearCaches();
    return true;
  }

  route(message: SnsMessage): string[] {
    const ctx = this.ctx;
    ctx.epoch++;
    if (ctx.poisoned.length !== 0) ctx.poisoned.length = 0;
    for (const s of this.deliverAll) markSlot(s.slot, ctx);
    const msg: Partial<SnsMessage> = message !== null && typeof message === 'object' ? message : {};
    if (this.bodySubs > 0) this.routeBody(msg.body, ctx);
    if (this.attributes.size > 0) {
      const attributes = attributeMap(msg.attributes);
      if (attributes) this.attributes.route(attributes, ctx);
    }
    return this.inOrder(ctx);
  }

  private routeBody(body: unknown, ctx: RouteContext): void {
    // Bytes are decoded once; both walks then read the same text a string caller passes.
    if (body instanceof Uint8Array) body = textOfBytes(body);
    const tree = this.body;
    tree.begin(ctx);
    if (this.walker !== undefined && typeof body === 'string') {
      const outcome = this.walker.walk(body);
      if (outcome === SCANNED) return tree.settle();
      // The walk may have marked subscriptions before it stopped: forget them.
      this.restart(ctx);
      if (outcome === INVALID) return;
      tree.begin(ctx);
    }
    const parsed = parseBody(body);
    if (!parsed.ok || !hasProperty(parsed.root)) return;
    walkParsedBody(tree, parsed.root);
    tree.settle();
  }

  /** A fresh epoch with only the deliver-all subscriptions marked. */
  private restart(ctx: RouteContext): void {
    ctx.bits.fill(0);
    ctx.lo = 0x7fffffff;
    ctx.hi = -1;
    ctx.epoch++;
    for (const s of this.deliverAll) markSlot(s.slot, ctx);
  }

  /** Matched ids in subscription order, without the poisoned ones; leaves the bitset clear. */
  private inOrder(ctx: RouteContext): string[] {
    const { bits, poisoned } = ctx;
    for (let i = 0; i < poisoned.length; i++) {
      const slot = poisoned[i]!.slot;
      bits[slot >>> 5]! &= ~(1 << (slot & 31));
    }
    const ids = this.ids;
    // Only the words written for this message.
    const lo = ctx.lo;
    const hi = ctx.hi;
    ctx.lo = 0x7fffffff;
    ctx.hi = -1;
    let total = 0;
    for (let w = lo; w <= hi; w++) if (bits[w] !== 0) total += popcount(bits[w]!);
    // Sized once: pushing a few hundred ids one by one regrows the array several times.
    const out = new Array<string>(total);
    let k = 0;
    for (let w = lo; k < total; w++) {
      let x = bits[w]!;
      if (x === 0) continue;
      bits[w] = 0;
      const base = (w << 5) + 31;
      // Lowest set bit first: slot order within the word.
      while (x !== 0) {
        const low = x & -x;
        out[k++] = ids[base - Math.clz32(low)]!;
        x ^= low;
      }
    }
    return out;
  }
}

/**
 * Builds a router over `subscriptions`. When any policy is invalid (or an id repeats) the result
 * fails with every problem, each path prefixed with `/<index>` of the subscription
 * (`/<index>/policy/...` for policy problems), and `params.subscription` naming its id.
 * `options.extraction` picks how bodies are read: `'lazy'` (default) walks the body text and
 * decodes only what policies name; `'parse'` is the reference (`JSON.parse`, then the walk).
 */
export function createRouter(subscriptions: Subscription[], options: RouterOptions = {}): Result<Router> {
  const read = readOptions<RouterOptions>(options, { extraction: Arg.oneOf('lazy', 'parse') });
  if (!read.ok) return read;
  const router = new SharedIndexRouter(read.value);
  const diagnostics: Diagnostic[] = [];
  if (!Array.isArray(subscriptions)) return fail([diagnostic(SnsCodes.invalidSubscription, 'input', '', 'subscriptions must be an array')]);
  subscriptions.forEach((sub, i) => {
    const added = router.add(sub);
    const problems = added.ok ? added.warnings : added.diagnostics;
    for (const d of problems) {
      const base = d.document === 'policy' ? joinPointer('', i, 'policy') : joinPointer('', i);
      const read = readSubscription(sub);
      const id = read.ok ? read.value.id : '';
      diagnostics.push({ ...d, document: 'input', path: base + d.path, params: { ...d.params, subscription: id } });
    }
  });
  if (diagnostics.some((d) => d.severity === 'error')) return fail(diagnostics);
  return ok(router, diagnostics);
}
