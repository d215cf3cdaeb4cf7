/**
 * The shared router: many rules from the IR, one index. Each rule's expression is read as terms
 * of clauses (terms.ts) and every predicate is filed in its field's index through its definition's
 * hook, or kept as a residual compiled test (index-sink.ts). `route` reads only the attributes and
 * body paths some rule names (by default straight from the body text: lazy-walk.ts), probes each
 * value once against every rule's conditions, and counts satisfied clauses per term (state.ts).
 * What a body means is the dialect's (body-dialect.ts): SNS filter policies and EventBridge
 * patterns both route here. `within` (array consistency) is read as if every field came from one
 * element, which is exact unless the message holds an array on the way or a dotted key; then the
 * rules with `within` are decided by their `confirm` on the parsed document.
 */
import { isBytes, textOfBytes, type Expr } from '@arbiter/ir';
import { attributeMap } from '../message/attributes.js';
import type { FilterPolicyScope } from '../types.js';
import { AttributeIndex } from './attribute-index.js';
import type { BodyDialect } from './body-dialect.js';
import { BodyTree } from './body-tree.js';
import { INVALID, LazyBodyWalker, SCANNED } from './lazy-walk.js';
import { walkParsedBody } from './parsed-walk.js';
import { readMatches } from './read-matches.js';
import { registerSubscription } from './register.js';
import { clearMatches, growContext, markSlot, newRouteContext, unmarkSlot, type RouteContext, type SubEntry } from './state.js';
import { expandTerms, withinFields } from './terms.js';

export interface RuleRouterOptions {
  /** `'lazy'` (default): walk body text; `'parse'`: the reference (the dialect's parse, then the walk). */
  extraction?: 'lazy' | 'parse';
}

/** Why `addRule` refused a rule. */
export type AddRuleProblem = 'not-indexable';

export class RuleRouter {
  private readonly entries = new Map<string, SubEntry>();
  /** Rules in order, and their ids by slot. */
  private ordered: SubEntry[] = [];
  private ids: string[] = [];
  private readonly deliverAll: SubEntry[] = [];
  /** Rules with `within`, decided by `confirm` in ambiguous messages. */
  private readonly scoped: SubEntry[] = [];
  private readonly body: BodyTree;
  /** The text walker, unless the router was built with `extraction: 'parse'`. */
  private readonly walker: LazyBodyWalker | undefined;
  private readonly attributes = new AttributeIndex();
  private bodyRules = 0;
  private readonly ctx: RouteContext = newRouteContext();

  constructor(
    private readonly dialect: BodyDialect,
    options: RuleRouterOptions = {},
  ) {
    this.body = new BodyTree(dialect);
    this.walker = options.extraction === 'parse' ? undefined : new LazyBodyWalker(this.body);
  }

  get size(): number {
    return this.entries.size;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  /**
   * Adds rule `id` (not yet routed) deciding `when` over the message `scope`. A rule with `within`
   * nodes needs `confirm`: the same rule decided on a parsed document (its compiled evaluator).
   */
  addRule(id: string, scope: FilterPolicyScope, when: Expr, confirm?: (root: Record<string, unknown>) => boolean): AddRuleProblem | undefined {
    const terms = expandTerms(when);
    const scopes = withinFields(when);
    if (!terms || (scopes.length > 0 && (confirm === undefined || scope !== 'MessageBody'))) return 'not-indexable';
    // A term with no clause always holds.
    const entry: SubEntry = { id, slot: this.ordered.length, scope, deliverAll: terms.some((t) => t.length === 0), unregister: [], confirm: scopes.length > 0 ? confirm : undefined };
    this.ordered.push(entry);
    this.ids.push(id);
    growContext(this.ctx, this.ordered.length);
    this.entries.set(id, entry);
    let indexed = true;
    if (entry.deliverAll) {
      this.deliverAll.push(entry);
      entry.unregister.push(() => this.deliverAll.splice(this.deliverAll.indexOf(entry), 1));
    } else if (scope === 'MessageBody') {
      indexed = registerSubscription(entry, terms, (key) => this.body.fieldFor(key), (f) => this.body.release(f));
      this.bodyRules++;
      entry.unregister.push(() => this.bodyRules--);
    } else {
      indexed = registerSubscription(entry, terms, (key) => this.attributes.fieldFor(key, entry), (f) => this.attributes.release(f, entry));
    }
    if (entry.confirm !== undefined) {
      this.scoped.push(entry);
      for (const key of scopes) entry.unregister.push(this.body.addScope(key));
      entry.unregister.push(() => this.scoped.splice(this.scoped.indexOf(entry), 1));
    }
    this.body.changed();
    entry.unregister.push(() => this.body.changed());
    if (!indexed) {
      this.remove(id);
      return 'not-indexable';
    }
    return undefined;
  }


  remove(id: string): boolean {
    const entry = this.entries.get(id);
    if (!entry) return false;
    for (const undo of entry.unregister.reverse()) undo();
    this.entries.delete(id);
    this.ordered.splice(entry.slot, 1);
    this.ids.splice(entry.slot, 1);
    for (let i = entry.slot; i < this.ordered.length; i++) this.ordered[i]!.slot = i;
    // Cached hits hold slots, which just moved.
    this.body.clearCaches();
    this.attributes.clearCaches();
    return true;
  }

  /** The ids of the rules a message with this body (text or UTF-8 bytes) and these attributes matches, in order. */
  route(body: unknown, attributes?: unknown): string[] {
    const ctx = this.begin();
    if (this.bodyRules > 0 || this.scoped.length > 0) this.routeBody(body, ctx);
    if (this.attributes.size > 0) {
      const map = attributeMap(attributes);
      if (map) this.attributes.route(map, ctx);
    }
    return readMatches(ctx, this.ids);
  }

  /** `route` for a body already parsed (its root object): the reference walk only. */
  routeParsed(root: Record<string, unknown>): string[] {
    const ctx = this.begin();
    if (this.bodyRules > 0 || this.scoped.length > 0) {
      this.body.begin(ctx);
      walkParsedBody(this.body, root);
      this.settle(this.body, root);
    }
    return readMatches(ctx, this.ids);
  }

  /** A fresh epoch with only the deliver-all rules marked. */
  private begin(): RouteContext {
    const ctx = this.ctx;
    ctx.epoch++;
    if (ctx.poisoned.length !== 0) ctx.poisoned.length = 0;
    for (const s of this.deliverAll) markSlot(s.slot, ctx);
    return ctx;
  }

  private routeBody(body: unknown, ctx: RouteContext): void {
    // Bytes are decoded once; both walks then read the same text a string caller passes.
    if (isBytes(body)) body = textOfBytes(body);
    if (typeof body !== 'string') return;
    const tree = this.body;
    tree.begin(ctx);
    if (this.walker !== undefined) {
      const outcome = this.walker.walk(body);
      if (outcome === SCANNED) return this.settle(tree, body);
      // The walk may have marked rules before it stopped: forget them.
      this.restart(ctx);
      if (outcome === INVALID) return;
      tree.begin(ctx);
    }
    const root = this.dialect.parse(body);
    if (root === undefined) return;
    walkParsedBody(tree, root);
    this.settle(tree, root);
  }

  /** Finishes the body: `exists` settling, then the `within` rules of an ambiguous message decided whole. */
  private settle(tree: BodyTree, body: string | Record<string, unknown>): void {
    tree.settle();
    const ctx = this.ctx;
    if (!ctx.ambiguous || this.scoped.length === 0) return;
    const root = typeof body === 'string' ? this.dialect.parse(body) : body;
    for (const entry of this.scoped) {
      unmarkSlot(entry.slot, ctx);
      if (root !== undefined && entry.confirm!(root)) markSlot(entry.slot, ctx);
    }
  }

  /** Back to the deliver-all rules only (a lazy walk that gave up). */
  private restart(ctx: RouteContext): void {
    clearMatches(ctx);
    this.begin();
  }
}
