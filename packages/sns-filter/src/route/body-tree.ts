/**
 * The router's segment tree over body paths (quamina's idea): paths split at dots, so a body key
 * `a.b` and nested `{"a":{"b":…}}` reach the same node, as SNS treats them (spec §5). A message
 * is walked once, descending only into keys some policy names; arrays are transparent. Each
 * field's values are collected for the epoch, then settled by the router.
 */
import { MAX_BODY_ARRAY_DEPTH } from '../message/payload.js';
import { FieldIndex } from './field-index.js';

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

  /** Collects the values of every indexed field present in `root`; returns the fields touched. */
  collect(root: Record<string, unknown>, epoch: number): FieldIndex[] {
    this.epoch = epoch;
    this.touched = [];
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

  private visit(value: unknown, node: TreeNode, depth: number): void {
    if (value === null || typeof value !== 'object') {
      const f = node.field;
      if (f === undefined) return;
      if (f.stamp !== this.epoch) {
        f.stamp = this.epoch;
        f.values = [];
        this.touched.push(f);
      }
      f.values.push(value);
    } else if (Array.isArray(value)) {
      if (depth >= MAX_BODY_ARRAY_DEPTH) return;
      for (let i = 0; i < value.length; i++) this.visit(value[i], node, depth + 1);
    } else if (node.children.size > 0) {
      this.walkObject(value as Record<string, unknown>, node, depth);
    }
  }
}
