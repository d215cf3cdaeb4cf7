/**
 * The lazy body walk: straight over the body text, no `JSON.parse`. Keys are matched against the
 * segment tree while still in the text (key-table.ts; only keys no child has are scanned); a value under a key no policy names is
 * skipped by the validating skipper, and only values at policy fields are decoded, both from
 * @arbiter/ir's JSON reading kit (ir/src/json/). Exactly the reference walk's semantics (parsed-walk.ts):
 *  - text `JSON.parse` rejects and a non-object match nothing (`INVALID`), and so does `{}` where
 *    the dialect says so (SNS): the skipper validates all it passes over, and the end of the text is checked;
 *  - an array at a node on a `within` path marks the message ambiguous (state.ts);
 *  - a key that reaches a node already reached in this object or one inside it (a duplicate key,
 *    where `JSON.parse` keeps the last, or a dotted key after the nested path) and nesting deeper than MAX_NESTING make the walk give up (`FALLBACK`), so the
 *    router takes the parse path instead;
 *  - keys with escapes are decoded before lookup, and keys with dots descend as in the reference.
 * The walk recurses only where the tree leads (bounded by MAX_NESTING); skipping is iterative.
 */
import { ARRAY_PATTERN_DEPTH, exactNumber, matchMemberRun, matchNumberArray, readString, scanNumber, skipScalar, skipString, skipValue, skipWhitespace, SKIP_TOO_DEEP, type NumberToken } from '@arbiter/ir';
import type { BodyTree, TreeNode } from './body-tree.js';
import type { FieldIndex } from './field-index.js';
import { childByScannedKey, childInPlace, RUN_CREDIT, type KeyTable } from './key-table.js';

/** Outcomes of `walk`. */
export const SCANNED = 0;
export const INVALID = 1;
export const FALLBACK = 2;

/** Index results below zero: not JSON, or give up (skipValue's "too deep" is a give-up too). */
const FAIL = -1;
const GIVE_UP = SKIP_TOO_DEEP;
/**
 * Containers open at once, walked or skipped, before giving up. The reference readings limit
 * nesting (EventBridge's safe parser: 512 levels) or recurse; deeper texts go to the parse path,
 * which reads them as the reference does (a skipped value no policy names counts too: an event
 * nesting 1,000 levels under an unnamed key is not valid to EventBridge's reading).
 */
const MAX_NESTING = 256;
/**
 * A member run (one native match) costs more than the character loop over one short member, so
 * each node keeps credit: a run over fewer than SHORT_RUN characters spends one, a longer one
 * earns one back, and a node out of credit (keys it names interleaved with ones it does not)
 * reads member by member.
 */
const SHORT_RUN = 32;

export class LazyBodyWalker {
  private s = '';
  /** Serial of the object being walked, for duplicate-key detection (TreeNode.seen). */
  private serial = 0;
  private readonly end = { at: 0 };
  private readonly num: NumberToken = { end: 0, approx: 0, exact: true };

  constructor(private readonly tree: BodyTree) {}

  /** Walks `text` into the tree (after `tree.begin`). */
  walk(text: string): number {
    const s = (this.s = text);
    const open = skipWhitespace(s, 0);
    // Not an object (or, in SNS, `{}`): no body policy can match, whether or not the rest is JSON.
    if (s.charCodeAt(open) !== 123) return INVALID;
    if (this.tree.dialect.emptyObjectMatchesNothing && s.charCodeAt(skipWhitespace(s, open + 1)) === 125) return INVALID;
    const i = this.walkObject(open, this.tree.root, 0, 0);
    this.s = '';
    if (i === GIVE_UP) return FALLBACK;
    return i >= 0 && skipWhitespace(s, i) === s.length ? SCANNED : INVALID;
  }

  private walkObject(i: number, node: TreeNode, depth: number, nesting: number): number {
    if (nesting > MAX_NESTING) return GIVE_UP;
    const s = this.s;
    const serial = ++this.serial;
    i = skipWhitespace(s, i + 1);
    if (s.charCodeAt(i) === 125) return i + 1;
    for (;;) {
      if (s.charCodeAt(i) !== 34) return FAIL;
      const start = i + 1;
      let child = childInPlace(node, s, start, this.end);
      // No child's key is written raw here: this member and the unnamed ones after it in one native match.
      const run = child === undefined ? this.memberRun(node.keys!, i) : -1;
      if (run >= 0) i = run;
      else {
        let j = this.end.at;
        if (child === undefined || child === null) {
          child = childByScannedKey(this.tree, node, s, i, child === null, this.end);
          if ((j = this.end.at) < 0) return FAIL;
        }
        i = skipWhitespace(s, j + 1);
        if (s.charCodeAt(i) !== 58) return FAIL;
        i = skipWhitespace(s, i + 1);
        // Strings inline: most values passed over in records are strings.
        if (child === undefined) i = s.charCodeAt(i) === 34 ? skipString(s, i) : skipValue(s, i, MAX_NESTING - nesting);
        // Serials grow as objects open, so a stamp at or above this object's came from this object
        // or one inside it: a duplicate key, or (rarely) a dotted key meeting the nested path —
        // then the parse path decides. `=== serial` missed a duplicate whose node an inner object
        // had stamped in between (`{"a.b":1,"a":{"b":""},"a.b":"x"}`).
        else if (child.seen >= serial) return GIVE_UP;
        else {
          child.seen = serial;
          i = this.visit(i, child, depth, nesting);
        }
        if (i < 0) return i;
      }
      i = skipWhitespace(s, i);
      const c = s.charCodeAt(i);
      if (c === 125) return i + 1;
      if (c !== 44) return FAIL;
      i = skipWhitespace(s, i + 1);
    }
  }

  /** The end of the run of unnamed members at `i`, or -1 (see SHORT_RUN). */
  private memberRun(table: KeyTable, i: number): number {
    if (table.runCredit <= 0) return -1;
    const end = matchMemberRun(table.run, this.s, i);
    if (end - i < SHORT_RUN) table.runCredit--;
    else if (table.runCredit < RUN_CREDIT) table.runCredit++;
    return end;
  }

  private walkArray(i: number, node: TreeNode, depth: number, nesting: number): number {
    if (nesting > MAX_NESTING) return GIVE_UP;
    const s = this.s;
    if (node.scoped) this.tree.ctx.ambiguous = true;
    const f = node.field;
    const direct = f !== undefined && !f.collectsValues;
    if (direct) {
      this.tree.touch(f);
      // A field with a few exact numbers searches a plain number array's text (coordinates),
      // when the reference would look into all of its levels.
      if (f.searchesNumberText && depth + ARRAY_PATTERN_DEPTH <= this.tree.dialect.maxArrayDepth) {
        const end = matchNumberArray(s, i);
        if (end >= 0) {
          f.probeNumberArrayText(s, i, end, this.tree.ctx);
          return end;
        }
      }
    }
    i = skipWhitespace(s, i + 1);
    if (s.charCodeAt(i) === 93) return i + 1;
    // Numbers straight to a field that probes them: no per-element dispatch.
    const num = this.num;
    for (;;) {
      const first = s.charCodeAt(i);
      if (direct && (first === 45 || (first >= 48 && first <= 57))) {
        scanNumber(s, i, num);
        if (num.end < 0) return FAIL;
        f.probeNumberToken(s, i, num, this.tree.ctx);
        i = num.end;
      } else if ((i = this.visit(i, node, depth + 1, nesting)) < 0) return i;
      i = skipWhitespace(s, i);
      const c = s.charCodeAt(i);
      if (c === 93) return i + 1;
      if (c !== 44) return FAIL;
      i = skipWhitespace(s, i + 1);
    }
  }

  /**
   * A string at a field holding only a few exact strings (FieldIndex.rawStrings): compared in place,
   * nothing sliced or hashed; a token with escapes is decoded as usual, one without that matches
   * none of them is only validated (it satisfies nothing).
   */
  private visitRawString(i: number, f: FieldIndex, raw: readonly string[]): number {
    const s = this.s;
    for (let k = 0; k < raw.length; k++) {
      const key = raw[k]!;
      const close = i + 1 + key.length;
      if (s.charCodeAt(close) === 34 && s.startsWith(key, i + 1)) {
        this.tree.leaf(f, key);
        return close + 1;
      }
    }
    for (let j = i + 1; ; j++) {
      const c = s.charCodeAt(j);
      if (c === 34) return j + 1;
      if (c === 92) break;
      if (!(c >= 32)) return FAIL;
    }
    const v = readString(s, i, this.end);
    if (this.end.at >= 0) this.tree.leaf(f, v);
    return this.end.at;
  }

  /** The value at `i` under `node`; `depth` counts enclosing arrays, as in the reference. */
  private visit(i: number, node: TreeNode, depth: number, nesting: number): number {
    const s = this.s;
    const c = s.charCodeAt(i);
    if (c === 123) return node.children.size > 0 ? this.walkObject(i, node, depth, nesting + 1) : skipValue(s, i, MAX_NESTING - nesting);
    if (c === 91) {
      if (depth < this.tree.dialect.maxArrayDepth) return this.walkArray(i, node, depth, nesting + 1);
      if (node.scoped) this.tree.ctx.ambiguous = true;
      return skipValue(s, i, MAX_NESTING - nesting);
    }
    const f = node.field;
    if (f === undefined) return skipScalar(s, i);
    if (c === 34) {
      const raw = f.rawStrings;
      if (raw !== undefined) return this.visitRawString(i, f, raw);
      const v = readString(s, i, this.end);
      if (this.end.at >= 0) this.tree.leaf(f, v);
      return this.end.at;
    }
    if (c === 116 || c === 102 || c === 110) {
      const end = skipScalar(s, i);
      if (end >= 0) this.tree.leaf(f, c === 110 ? null : c === 116);
      return end;
    }
    const num = this.num;
    scanNumber(s, i, num);
    if (num.end < 0) return FAIL;
    this.tree.touch(f);
    if (f.collectsValues) f.values.push(exactNumber(s, i, num));
    else f.probeNumberToken(s, i, num, this.tree.ctx);
    return num.end;
  }
}
