/**
 * The router's segment tree over body paths (quamina's idea): paths split at dots, so a body key
 * `a.b` and nested `{"a":{"b":…}}` reach the same node, as SNS treats them (spec §5). A message
 * is walked once, descending only into keys some policy names; arrays are transparent. Each
 * field's values are collected for the epoch, then settled by the router.
 */
import { MAX_BODY_ARRAY_DEPTH } from '../message/payload.js';
import { FieldIndex } from './field-index.js';
import type { RouteContext } from './state.js';

export interface TreeNode {
  children: Map<string, TreeNode>;
  field: FieldIndex | undefined;
}

const newNode = (): TreeNode => ({ children: new Map(), field: undefined });

export class BodyTree {
  readonly root: TreeNode = newNode();
  /** Fields by dotted key, for registration and for `exists: false` settling. */
  readonly fields = new Map<string, FieldIndex>();
  private epoch = 0;
  private ctx: RouteContext | undefined;
  private touched: FieldIndex[] = [];
  private absent: FieldIndex[] | undefined;

  /** Fields with `exists: false` conditions (settled when the message lacks them). */
  absentFields(): FieldIndex[] {
    this.absent ??= [...this.fields.values()].filter((f) => f.absent.length > 0);
    return this.absent;
  }

  clearCaches(): void {
    for (const f of this.fields.values()) f.clearCache();
  }

  /** Called on every registration change. */
  changed(): void {
    this.absent = undefined;
  }

  fieldFor(key: string): FieldIndex {
    let f = this.fields.get(key);
    if (f) return f;
    let node = this.root;
    for (const seg of key.split('.')) {
      let next = node.children.get(seg);
      if (!next) node.children.set(seg, (next = newNode()));
      node = next;
    }
    f = node.field = new FieldIndex(key);
    this.fields.set(key, f);
    return f;
  }

  /** Drops a field nobody uses any more, and the tree nodes left empty. */
  release(f: FieldIndex): void {
    if (f.users > 0 || this.fields.get(f.key) !== f) return;
    this.fields.delete(f.key);
    const segs = f.key.split('.');
    const path: TreeNode[] = [this.root];
    for (const seg of segs) path.push(path[path.length - 1]!.children.get(seg)!);
    path[path.length - 1]!.field = undefined;
    for (let i = segs.length; i > 0; i--) {
      const node = path[i]!;
      if (node.field || node.children.size > 0) break;
      path[i - 1]!.children.delete(segs[i - 1]!);
    }
  }

  /**
   * Walks `root` once: values of fields with `exists` conditions are collected (presence needs
   * them all); other values are probed on the spot. Returns the fields touched.
   */
  collect(root: Record<string, unknown>, ctx: RouteContext): FieldIndex[] {
    this.ctx = ctx;
    this.epoch = ctx.epoch;
    this.touched.length = 0;
    this.walkObject(root, this.root, 0);
    return this.touched;
  }

  private walkObject(obj: Record<string, unknown>, node: TreeNode, depth: number): void {
    const children = node.children;
    for (const key in obj) {
      let target = children.get(key);
      if (target === undefined) {
        if (key.indexOf('.') < 0) continue;
        target = this.descend(node, key);
        if (target === undefined) continue;
      }
      this.visit(obj[key], target, depth);
    }
  }

  private descend(node: TreeNode, dotted: string): TreeNode | undefined {
    let cur: TreeNode | undefined = node;
    for (const seg of dotted.split('.')) {
      cur = cur.children.get(seg);
      if (cur === undefined) return undefined;
    }
    return cur;
  }

  private touch(f: FieldIndex): void {
    if (f.stamp !== this.epoch) {
      f.stamp = this.epoch;
      // Setting length is a runtime call: skip it for the (usual) empty array.
      if (f.values.length !== 0) f.values.length = 0;
      this.touched.push(f);
    }
  }

  private visit(value: unknown, node: TreeNode, depth: number): void {
    if (value === null || typeof value !== 'object') {
      const f = node.field;
      if (f === undefined) return;
      this.touch(f);
      if (f.collectsValues) f.values.push(value);
      else f.probe(value, this.ctx!);
    } else if (Array.isArray(value)) {
      if (depth >= MAX_BODY_ARRAY_DEPTH) return;
      const f = node.field;
      const direct = f !== undefined && !f.collectsValues;
      if (direct) this.touch(f);
      const ctx = this.ctx!;
      for (let i = 0; i < value.length; i++) {
        const el: unknown = value[i];
        // Scalars inline: arrays of numbers (coordinates) are long, and a number handed straight
        // to the number probe need not be boxed.
        if (direct && typeof el === 'number') f.probeNumber(el, ctx);
        else if (direct && (el === null || typeof el !== 'object')) f.probe(el, ctx);
        else this.visit(el, node, depth + 1);
      }
    } else if (node.children.size > 0) {
      this.walkObject(value as Record<string, unknown>, node, depth);
    }
  }
}
