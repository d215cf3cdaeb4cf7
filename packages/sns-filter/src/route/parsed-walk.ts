/**
 * The reference body walk: over a body `JSON.parse` produced, descending only into keys some
 * policy names (arrays transparent, up to the dialect's `maxArrayDepth` nested arrays), each scalar
 * handed to the tree's `leaf`; an array on a `within` path marks the message ambiguous. `JSON.parse` settles duplicate keys (last wins) and escapes for us.
 */
import type { BodyTree, TreeNode } from './body-tree.js';

export function walkParsedBody(tree: BodyTree, root: Record<string, unknown>): void {
  walkObject(tree, root, tree.root, 0);
}

function walkObject(tree: BodyTree, obj: Record<string, unknown>, node: TreeNode, depth: number): void {
  const children = node.children;
  for (const key in obj) {
    let target = children.get(key);
    if (target === undefined) {
      if (key.indexOf('.') < 0) continue;
      target = tree.descend(node, key);
      if (target === undefined) continue;
    }
    visit(tree, obj[key], target, depth);
  }
}

function visit(tree: BodyTree, value: unknown, node: TreeNode, depth: number): void {
  if (value === null || typeof value !== 'object') {
    if (node.field !== undefined) tree.leaf(node.field, value);
  } else if (Array.isArray(value)) {
    if (node.scoped) tree.ctx.ambiguous = true;
    if (depth >= tree.dialect.maxArrayDepth) return;
    const f = node.field;
    for (let i = 0; i < value.length; i++) {
      const el: unknown = value[i];
      // Scalars inline: arrays of numbers (coordinates) are long.
      if (f !== undefined && (el === null || typeof el !== 'object')) tree.leaf(f, el);
      else visit(tree, el, node, depth + 1);
    }
  } else if (node.children.size > 0) {
    walkObject(tree, value as Record<string, unknown>, node, depth);
  }
}
