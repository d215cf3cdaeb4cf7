/**
 * Finding a tree node's child by a key still inside the body text, without scanning or slicing
 * it: the children are bucketed by first character, and a candidate matches when the text
 * continues with its key and then the closing quote. Keys that need escaping in JSON (quotes,
 * backslashes, control characters) never appear raw, so they are left to the decoding path; a
 * bucket too large to try one by one asks the caller to scan the key and use the node's Map.
 */
import type { TreeNode } from './body-tree.js';

/** Buckets with more keys than this are looked up through the node's Map. */
const MAX_LINEAR = 8;

interface Bucket {
  keys: string[];
  nodes: TreeNode[];
}

export interface KeyTable {
  ascii: Array<Bucket | undefined>;
  other: Map<number, Bucket>;
  /** The child for the empty key. */
  empty: TreeNode | undefined;
}

const RAW_KEY = /^[^"\\\u0000-\u001f]*$/;

function buildKeyTable(node: TreeNode): KeyTable {
  const table: KeyTable = { ascii: new Array<Bucket | undefined>(128).fill(undefined), other: new Map(), empty: undefined };
  for (const [key, child] of node.children) {
    if (key === '') table.empty = child;
    if (key === '' || !RAW_KEY.test(key)) continue;
    const c = key.charCodeAt(0);
    let bucket = c < 128 ? table.ascii[c] : table.other.get(c);
    if (bucket === undefined) {
      bucket = { keys: [], nodes: [] };
      if (c < 128) table.ascii[c] = bucket;
      else table.other.set(c, bucket);
    }
    bucket.keys.push(key);
    bucket.nodes.push(child);
  }
  return table;
}

/**
 * The child of `node` whose key is written raw at `start` (just after the opening quote), with
 * `out.at` set to the closing quote; `undefined` when no child's key is written there raw (the
 * key may still name a child through escapes or dots); `null` when the caller must scan the key
 * and look it up by its text.
 */
export function childInPlace(node: TreeNode, s: string, start: number, out: { at: number }): TreeNode | undefined | null {
  const table = (node.keys ??= buildKeyTable(node));
  const c = s.charCodeAt(start);
  if (c === 34) {
    out.at = start;
    return table.empty;
  }
  const bucket = c < 128 ? table.ascii[c] : table.other.get(c);
  if (bucket === undefined) return undefined;
  const keys = bucket.keys;
  if (keys.length > MAX_LINEAR) return null;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const end = start + key.length;
    if (s.charCodeAt(end) === 34 && s.startsWith(key, start)) {
      out.at = end;
      return bucket.nodes[k];
    }
  }
  return undefined;
}
