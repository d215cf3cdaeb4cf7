/**
 * The router's segment tree over body paths (quamina's idea): paths split at dots, so a body key
 * `a.b` and nested `{"a":{"b":…}}` reach the same node, as SNS treats them (spec §5). Two walkers
 * feed it a message's values: over a `JSON.parse`d body (parsed-walk.ts, the reference) or
 * straight over the body text (lazy-walk.ts). Both descend only into keys some policy names
 * (arrays are transparent) and hand each scalar to `leaf`; `settle` then finishes the message.
 */
import { isPresent, type BodyDialect } from './body-dialect.js';
import { FieldIndex } from './field-index.js';
import type { KeyTable } from './key-table.js';
import { newRouteContext, type RouteContext } from './state.js';

export interface TreeNode {
  children: Map<string, TreeNode>;
  field: FieldIndex | undefined;
  /** The latest object (by walk serial, which grows as objects open) in which a key reached this node: duplicate-key detection. */
  seen: number;
  /** Children by key length, for lookups straight from body text; dropped when children change. */
  keys: KeyTable | undefined;
  /** A `within` field or an ancestor of one: an array here makes the message ambiguous (state.ts). */
  scoped: boolean;
}

const newNode = (): TreeNode => ({ children: new Map(), field: undefined, seen: -1, keys: undefined, scoped: false });

export class BodyTree {
  readonly root: TreeNode = newNode();
  /** Fields by dotted key, for registration and for `exists: false` settling. */
  readonly fields = new Map<string, FieldIndex>();
  /** The message being walked. */
  ctx: RouteContext = newRouteContext();
  private touched: FieldIndex[] = [];
  private absent: FieldIndex[] | undefined;
  /** Dotted paths of `within` fields, counted by registration; nodes are marked lazily (`markScopes`). */
  private readonly scopes = new Map<string, number>();
  private scopesMarked = true;

  constructor(readonly dialect: BodyDialect) {}

  /** Fields with `exists: false` conditions (settled when the message lacks them). */
  private absentFields(): FieldIndex[] {
    this.absent ??= [...this.fields.values()].filter((f) => f.absent.length > 0);
    return this.absent;
  }

  clearCaches(): void {
    for (const f of this.fields.values()) f.clearCache();
  }

  /** Called on every registration change. */
  changed(): void {
    this.absent = undefined;
    this.scopesMarked = false;
  }

  /** True when some rule has a `within` node. */
  get hasScopes(): boolean {
    return this.scopes.size > 0;
  }

  /** Registers a `within` field (dotted); the undo forgets it. */
  addScope(key: string): () => void {
    this.scopes.set(key, (this.scopes.get(key) ?? 0) + 1);
    this.scopesMarked = false;
    return () => {
      const n = (this.scopes.get(key) ?? 1) - 1;
      if (n > 0) this.scopes.set(key, n);
      else this.scopes.delete(key);
      this.scopesMarked = false;
    };
  }

  /** Marks the nodes on every `within` path (once per registration change, before a walk). */
  private markScopes(): void {
    this.scopesMarked = true;
    const clear = (node: TreeNode) => {
      node.scoped = false;
      for (const child of node.children.values()) clear(child);
    };
    clear(this.root);
    for (const key of this.scopes.keys()) {
      let node: TreeNode | undefined = this.root;
      for (const seg of key.split('.')) {
        node = node.children.get(seg);
        if (node === undefined) break;
        node.scoped = true;
      }
    }
  }

  fieldFor(key: string): FieldIndex {
    let f = this.fields.get(key);
    if (f) return f;
    f = this.nodeFor(key).field = new FieldIndex(key, this.dialect.presenceIgnores);
    this.fields.set(key, f);
    this.absent = undefined;
    return f;
  }

  /** The node for a dotted key, created on the way. */
  private nodeFor(key: string): TreeNode {
    let node = this.root;
    for (const seg of key.split('.')) {
      let next = node.children.get(seg);
      if (!next) {
        node.children.set(seg, (next = newNode()));
        node.keys = undefined;
      }
      node = next;
    }
    return node;
  }

  /** Drops a field nobody uses any more, and the tree nodes left empty. */
  release(f: FieldIndex): void {
    if (f.users > 0 || this.fields.get(f.key) !== f) return;
    this.fields.delete(f.key);
    this.absent = undefined;
    const segs = f.key.split('.');
    const path: TreeNode[] = [this.root];
    for (const seg of segs) path.push(path[path.length - 1]!.children.get(seg)!);
    path[path.length - 1]!.field = undefined;
    for (let i = segs.length; i > 0; i--) {
      const node = path[i]!;
      if (node.field || node.children.size > 0) break;
      path[i - 1]!.children.delete(segs[i - 1]!);
      path[i - 1]!.keys = undefined;
    }
  }

  /**
   * The node a body key containing dots reaches from `node`, if any. Such a key is a second way
   * to a field, so with `within` rules it makes the message ambiguous.
   */
  descend(node: TreeNode, dotted: string): TreeNode | undefined {
    let cur: TreeNode | undefined = node;
    for (const seg of dotted.split('.')) {
      cur = cur.children.get(seg);
      if (cur === undefined) return undefined;
    }
    if (this.scopes.size > 0) this.ctx.ambiguous = true;
    return cur;
  }

  /** Starts a message. */
  begin(ctx: RouteContext): void {
    this.ctx = ctx;
    ctx.ambiguous = false;
    if (!this.scopesMarked) this.markScopes();
    // Setting length is a runtime call: skip it when already empty.
    if (this.touched.length !== 0) this.touched.length = 0;
  }

  /** Marks `f` as seen in this message; its collected values restart. */
  touch(f: FieldIndex): void {
    if (f.stamp !== this.ctx.epoch) {
      f.stamp = this.ctx.epoch;
      // Setting length is a runtime call: skip it for the (usual) empty array.
      if (f.values.length !== 0) f.values.length = 0;
      this.touched.push(f);
    }
  }

  /**
   * One scalar at `f`: collected when presence matters (`exists` needs all values first),
   * otherwise probed on the spot.
   */
  leaf(f: FieldIndex, value: unknown): void {
    this.touch(f);
    if (f.collectsValues) f.values.push(value);
    else f.probe(value, this.ctx);
  }

  /** After the walk: values collected for `exists` fields, then `exists: false` for absent fields. */
  settle(): void {
    const ctx = this.ctx;
    const touched = this.touched;
    const ignores = this.dialect.presenceIgnores;
    for (let i = 0; i < touched.length; i++) {
      const f = touched[i]!;
      f.settle(f.values, isPresent(f.values, ignores), ctx);
    }
    const absent = this.absentFields();
    for (let i = 0; i < absent.length; i++) {
      const f = absent[i]!;
      if (f.stamp !== ctx.epoch) f.settle(undefined, false, ctx);
    }
  }
}
