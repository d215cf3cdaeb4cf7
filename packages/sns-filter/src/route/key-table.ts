/**
 * Finding a tree node's child by a key still inside the body text, without slicing it out: the
 * children are bucketed by key length; a small bucket is compared in place (first character,
 * then `startsWith`), a large one falls back to a Map lookup of the sliced key.
 */
import type { TreeNode } from './body-tree.js';

/** Buckets with more keys than this are looked up through the node's Map. */
const MAX_LINEAR = 4;

interface Bucket {
  keys: string[];
  firsts: number[];
  nodes: TreeNode[];
  /** True when the bucket is too large to scan. */
  viaMap: boolean;
}

export type KeyTable = Array<Bucket | undefined>;

function buildKeyTable(node: TreeNode): KeyTable {
  const table: KeyTable = [];
  for (const [key, child] of node.children) {
    let bucket = table[key.length];
    if (bucket === undefined) {
      while (table.length < key.length) table.push(undefined);
      table[key.length] = bucket = { keys: [], firsts: [], nodes: [], viaMap: false };
    }
    bucket.keys.push(key);
    bucket.firsts.push(key.charCodeAt(0));
    bucket.nodes.push(child);
    bucket.viaMap = bucket.keys.length > MAX_LINEAR;
  }
  return table;
}

/** The child of `node` whose key is exactly `s.slice(start, end)` (a key without escapes). */
export function childAt(node: TreeNode, s: string, start: number, end: number): TreeNode | undefined {
  const table = (node.keys ??= buildKeyTable(node));
  const length = end - start;
  if (length >= table.length) return undefined;
  const bucket = table[length];
  if (bucket === undefined) return undefined;
  if (length === 0) return bucket.nodes[0];
  if (bucket.viaMap) return node.children.get(s.slice(start, end));
  const first = s.charCodeAt(start);
  const keys = bucket.keys;
  for (let k = 0; k < keys.length; k++) {
    if (bucket.firsts[k] === first && s.startsWith(keys[k]!, start)) return bucket.nodes[k];
  }
  return undefined;
}
