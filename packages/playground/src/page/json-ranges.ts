/**
 * Maps the JSON pointers of diagnostics and reasons to text ranges in an editor's text, with
 * jsonc-parser's fault-tolerant tree (so a half-typed document still gets its marks).
 */
import { parseTree, type Node } from 'jsonc-parser';
import { parsePointer, toPointer } from '@arbiter/ir';

export interface TextRange {
  from: number;
  to: number;
}

/** The range of the value at `pointer` (its member's key too when `withKey`); `undefined` when absent. */
export function rangeOfPointer(text: string, pointer: string, withKey = false): TextRange | undefined {
  const segments = parsePointer(pointer);
  let node = parseTree(text);
  if (!node || !segments) return undefined;
  for (const segment of segments) {
    node = childOf(node, segment);
    if (!node) return undefined;
  }
  const owner = withKey && node.parent?.type === 'property' ? node.parent : node;
  return { from: owner.offset, to: owner.offset + owner.length };
}

/** One step down: an object member's value (the last one when keys repeat, as JSON.parse keeps) or an array element. */
function childOf(node: Node, segment: string): Node | undefined {
  if (node.type === 'array') return /^(0|[1-9]\d*)$/.test(segment) ? node.children?.[Number(segment)] : undefined;
  if (node.type !== 'object') return undefined;
  const members = (node.children ?? []).filter((p) => p.children?.[0]?.value === segment);
  return members[members.length - 1]?.children?.[1];
}

/**
 * The nearest existing range for `pointer`: the value itself, else its closest ancestor (a missing
 * key is reported at the object that lacks it).
 */
export function nearestRange(text: string, pointer: string): TextRange {
  const segments = parsePointer(pointer) ?? [];
  for (let n = segments.length; n >= 0; n--) {
    const at = toPointer(segments.slice(0, n));
    const range = rangeOfPointer(text, at, n === segments.length && n > 0);
    if (range) return range;
  }
  return { from: 0, to: Math.min(text.length, 1) };
}

/**
 * Every range a dotted SNS key path (`Records.s3.object.key`) names in a JSON message body, through
 * arrays at any level, as SNS flattens them. Keys are returned whole (`"key": "value"`).
 */
export function rangesOfDottedKey(text: string, dotted: string): TextRange[] {
  const root = parseTree(text);
  if (!root) return [];
  const out: TextRange[] = [];
  const visit = (node: Node, parts: readonly string[]): void => {
    if (node.type === 'array') {
      for (const child of node.children ?? []) visit(child, parts);
      return;
    }
    if (node.type !== 'object' || parts.length === 0) return;
    for (const prop of node.children ?? []) {
      const [key, value] = prop.children ?? [];
      if (!key || !value) continue;
      const name = String(key.value);
      // A key may itself hold dots: SNS matches `a.b` against a key `a.b` as well as a → b.
      const dottedParts = name.split('.');
      if (dottedParts.every((p, i) => parts[i] === p)) {
        const rest = parts.slice(dottedParts.length);
        if (rest.length === 0) out.push({ from: prop.offset, to: prop.offset + prop.length });
        else visit(value, rest);
      }
    }
  };
  visit(root, dotted.split('.'));
  return out;
}
