/**
 * Finding a tree node's child by a key still inside the body text, without scanning or slicing
 * it: the children are bucketed by first character, and a candidate matches when the text
 * continues with its key and then the closing quote. Keys that need escaping in JSON (quotes,
 * backslashes, control characters) never appear raw, so they are left to the decoding path; a
 * bucket too large to try one by one asks the caller to scan the key and use the node's Map.
 */
import { memberRunPattern, readString, skipEscape } from '@arbiter/ir';
import type { BodyTree, TreeNode } from './body-tree.js';

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
  /** Runs of members whose keys name no child (the JSON kit's `memberRunPattern`), and the credit left for trying them (lazy-walk.ts). */
  run: RegExp;
  runCredit: number;
}

/** Runs a node tries before the first short one counts against it. */
export const RUN_CREDIT = 64;

const RAW_KEY = /^[^"\\\u0000-\u001f]*$/;

function buildKeyTable(node: TreeNode): KeyTable {
  const table: KeyTable = { ascii: new Array<Bucket | undefined>(128).fill(undefined), other: new Map(), empty: undefined, run: memberRunPattern([...node.children.keys()]), runCredit: RUN_CREDIT };
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

/**
 * When no child's key is written raw at the key token starting at `quote`: scans (validating) the
 * key and finds the child its text names, as the reference does: a key with escapes is decoded
 * first, a key with dots descends several levels, a plain key is looked up by its text when
 * `viaMap` (large bucket) and otherwise names no child. `out.at` receives the closing quote's
 * index, or -1 when the token is not a JSON string.
 */
export function childByScannedKey(tree: BodyTree, node: TreeNode, s: string, quote: number, viaMap: boolean, out: { at: number }): TreeNode | undefined {
  const start = quote + 1;
  let j = start;
  let plain = true;
  for (;;) {
    const c = s.charCodeAt(j);
    if (c === 34) break;
    if (c === 92) {
      plain = false;
      if ((j = skipEscape(s, j)) < 0) break;
    } else if (c >= 32) {
      if (c === 46) plain = false;
      j++;
    } else {
      j = -1;
      break;
    }
  }
  out.at = j;
  if (j < 0) return undefined;
  if (plain) return viaMap ? node.children.get(s.slice(start, j)) : undefined;
  const key = readString(s, quote, { at: 0 });
  return key.indexOf('.') < 0 ? node.children.get(key) : tree.descend(node, key);
}
