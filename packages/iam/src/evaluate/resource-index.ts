/**
 * A resource index over one long list of compiled statements. A statement whose every Resource is
 * a fixed six-part ARN pattern can only match a request whose resource part (after the fifth colon)
 * starts with the literal text that begins the pattern's resource part (`falcon-bucket/` in
 * `arn:aws:s3:::falcon-bucket/*`), so those literal starts go into a radix trie. A request walks
 * the trie along its resource part; the deepest prefix it passes holds, computed once, every
 * statement of the prefixes on that path plus every statement that cannot be indexed (`*`,
 * variables, NotResource, patterns that are not six-part ARNs), in statement order — so `decide`
 * sees the deciding statements in the order the reference does, and a request allocates nothing.
 */
import type { CompiledStatement } from './compile-statement.js';

/** Lists shorter than this are scanned whole: the index would cost more than it saves. */
const MIN_INDEXED = 2;

export type StatementPicker = (resource: string) => CompiledStatement[];

interface Edge {
  label: string;
  node: TrieNode;
}

interface TrieNode {
  edges: Map<number, Edge>;
  /** Statements whose prefix ends exactly here. */
  members: number[];
  /** For a node that ends a prefix: the candidates of a resource part passing through it. */
  candidates?: CompiledStatement[];
}

const newNode = (): TrieNode => ({ edges: new Map(), members: [] });

function insert(root: TrieNode, key: string, member: number): void {
  let node = root;
  let pos = 0;
  while (pos < key.length) {
    const edge = node.edges.get(key.charCodeAt(pos));
    if (!edge) {
      const leaf = newNode();
      node.edges.set(key.charCodeAt(pos), { label: key.slice(pos), node: leaf });
      node = leaf;
      break;
    }
    let common = 1;
    while (common < edge.label.length && pos + common < key.length && edge.label.charCodeAt(common) === key.charCodeAt(pos + common)) common++;
    if (common < edge.label.length) {
      // Split the edge where the key leaves it.
      const middle = newNode();
      middle.edges.set(edge.label.charCodeAt(common), { label: edge.label.slice(common), node: edge.node });
      edge.label = edge.label.slice(0, common);
      edge.node = middle;
    }
    node = edge.node;
    pos += common;
  }
  node.members.push(member);
}

/** Fills `candidates` of every node that ends a prefix: `always` plus the members on its path. */
function fillCandidates(node: TrieNode, above: number[], always: number[], list: CompiledStatement[]): void {
  const here = node.members.length ? above.concat(node.members) : above;
  if (node.members.length) {
    const ids = [...new Set(always.concat(here))].sort((a, b) => a - b);
    node.candidates = ids.map((i) => list[i] as CompiledStatement);
  }
  for (const edge of node.edges.values()) fillCandidates(edge.node, here, always, list);
}

/** Where the resource part (after the fifth colon) of an ARN starts; -1 when the value is not an ARN. */
function resourcePartStart(value: string): number {
  if (!value.startsWith('arn:')) return -1;
  let from = 0;
  for (let n = 0; n < 5; n++) {
    const at = value.indexOf(':', from);
    if (at < 0) return -1;
    from = at + 1;
  }
  return from;
}

export function indexByResource(list: CompiledStatement[]): StatementPicker {
  if (list.length < MIN_INDEXED) return () => list;
  const always: number[] = [];
  const root = newNode();
  list.forEach((s, i) => {
    if (!s.resourcePrefixes) return void always.push(i);
    for (const p of s.resourcePrefixes) insert(root, p, i);
  });
  if (always.length === list.length) return () => list;
  fillCandidates(root, [], always, list);
  const alwaysList = always.map((i) => list[i] as CompiledStatement);
  return (resource) => {
    let pos = resourcePartStart(resource);
    if (pos < 0) return alwaysList;
    let found = alwaysList;
    let node = root;
    while (pos < resource.length) {
      const edge = node.edges.get(resource.charCodeAt(pos));
      if (edge === undefined || !resource.startsWith(edge.label, pos)) break;
      pos += edge.label.length;
      node = edge.node;
      if (node.candidates) found = node.candidates;
    }
    return found;
  };
}
