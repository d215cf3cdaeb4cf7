/**
 * YAML templates through the `yaml` library: intrinsic short tags as custom tags, every node's
 * line and column recorded by pointer, aliases expanded under a node budget (no alias bombs).
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Tags } from 'yaml';
import { diagnostic, joinPointer, type Diagnostic, type Result } from '@arbiter/ir';
import { INTRINSIC_TAGS, longFormArgument } from './intrinsics.js';
import { createLocator, type BlockScalar, type LoadedDocument, type SourceLocation } from './located.js';
import { firstTooDeep } from './yaml-depth.js';

const MAX_NODES = 250_000;
const MAX_DEPTH = 256;
/** Largest template read (CloudFormation's own limit is 1 MB); larger files get a clear error. */
export const MAX_TEMPLATE_CHARS = 8 * 1024 * 1024;

// Each tag resolves to its own node (kept as parsed); the walk below reads `node.tag`.
const keep = <T>(v: T): T => v;
const customTags: Tags = Object.keys(INTRINSIC_TAGS).flatMap((name) => [
  { tag: `!${name}`, resolve: keep },
  { tag: `!${name}`, collection: 'seq' as const, resolve: keep },
  { tag: `!${name}`, collection: 'map' as const, resolve: keep },
]);

class LimitError extends Error {}
class AliasError extends Error {
  constructor(readonly alias: string, readonly offset: number) {
    super(alias);
  }
}

/** Parses YAML text; syntax problems come back as `template.syntax` diagnostics with line and column. */
export function loadYaml(text: string): Result<LoadedDocument> {
  if (text.length > MAX_TEMPLATE_CHARS) {
    return { ok: false, diagnostics: [diagnostic('template.too-large', 'template', '', `the file has ${text.length} characters, more than the limit of ${MAX_TEMPLATE_CHARS}`, { help: 'CloudFormation accepts templates of up to 1 MB' })] };
  }
  const lines = new LineCounter();
  const deep = firstTooDeep(text, MAX_DEPTH);
  if (deep >= 0) {
    for (let i = text.indexOf('\n'); i >= 0 && i < deep; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
    return { ok: false, diagnostics: [tooDeep(lines.linePos(deep))] };
  }
  // `uniqueKeys: false`: the library's check is O(keys²) per mapping; the walk below checks in linear time.
  const doc = parseDocument(text, { customTags, lineCounter: lines, uniqueKeys: false, prettyErrors: false, strict: true });
  if (doc.errors.length > 0) {
    return { ok: false, diagnostics: doc.errors.map((e) => syntaxDiagnostic(e.message, lines.linePos(e.pos[0]))) };
  }
  const duplicates: Diagnostic[] = [];
  const resolved = new Map<object, Node | undefined>();
  const positions = new Map<string, SourceLocation>();
  const blocks = new Map<string, BlockScalar>();
  let budget = MAX_NODES;
  const at = (offset: number): SourceLocation => {
    const p = lines.linePos(offset);
    return { line: p.line, column: p.col };
  };

  const walk = (node: unknown, pointer: string, depth: number): unknown => {
    if (--budget < 0 || depth > MAX_DEPTH) throw new LimitError();
    if (isAlias(node)) {
      // `resolve` searches the whole document; an alias met again (inside an expansion) reuses the answer.
      let target = resolved.get(node);
      if (!resolved.has(node)) resolved.set(node, (target = node.resolve(doc as Document)));
      if (target === undefined) throw new AliasError(node.source, node.range?.[0] ?? 0);
      return walk(target, pointer, depth + 1);
    }
    if (!node || typeof node !== 'object') return null;
    const n = node as Node;
    if (n.range) positions.set(pointer, at(n.range[0]));
    const short = n.tag?.startsWith('!') ? n.tag.slice(1) : undefined;
    const long = short !== undefined ? INTRINSIC_TAGS[short] : undefined;
    if (long !== undefined && short !== undefined) {
      // Point at the tag itself (`!GetAtt Queue.Arn`), not at its argument.
      const tagAt = n.range ? text.lastIndexOf(`!${short}`, n.range[0]) : -1;
      if (tagAt >= 0) positions.set(pointer, at(tagAt));
      const inner = joinPointer(pointer, long);
      const arg = walkPlain(n, inner, depth);
      return defineKey({}, long, longFormArgument(short, arg));
    }
    return walkPlain(n, pointer, depth);
  };

  const walkPlain = (n: Node, pointer: string, depth: number): unknown => {
    if (n.range) positions.set(pointer, at(n.range[0]));
    if (isScalar(n)) {
      if (n.type === 'BLOCK_LITERAL' && n.range) blocks.set(pointer, blockOf(text, n.range[0], at(n.range[0]).line));
      return n.value;
    }
    if (isSeq(n)) return n.items.map((item, i) => walk(item, joinPointer(pointer, i), depth + 1));
    if (isMap(n)) {
      const out: Record<string, unknown> = {};
      const seen = new Set<string>();
      for (const pair of n.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const child = joinPointer(pointer, key);
        if (seen.has(key)) {
          const keyAt = (pair.key as Node | null)?.range?.[0] ?? 0;
          duplicates.push(syntaxDiagnostic(`Map keys must be unique: \`${key}\``, lines.linePos(keyAt)));
        }
        seen.add(key);
        defineKey(out, key, walk(pair.value, child, depth + 1));
        // A block collection starts on the line after its key: the key is where people look.
        const keyAt = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
        if (keyAt !== undefined && (isMap(pair.value) || isSeq(pair.value)) && !pair.value.flow && !pair.value.tag) positions.set(child, at(keyAt));
      }
      return out;
    }
    return null;
  };

  try {
    const value = walk(doc.contents, '', 0);
    if (duplicates.length > 0) return { ok: false, diagnostics: duplicates };
    return { ok: true, value: { value, format: 'yaml', ...createLocator(positions, blocks) }, warnings: doc.warnings.map((w) => warningOf(w.message, lines.linePos(w.pos[0]))) };
  } catch (e) {
    if (e instanceof AliasError) return { ok: false, diagnostics: [syntaxDiagnostic(`Unresolved alias \`*${e.alias}\`: no anchor \`&${e.alias}\` is set before it`, lines.linePos(e.offset))] };
    if (!(e instanceof LimitError)) throw e;
    return { ok: false, diagnostics: [diagnostic('template.too-large', 'template', '', `the document has more than ${MAX_NODES} nodes (aliases expanded) or is nested deeper than ${MAX_DEPTH}`)] };
  }
}

/** Own data property even for `__proto__` (plain assignment would set the prototype). */
function defineKey(obj: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  return obj;
}

/** A literal block's text starts on the line after its `|` header, indented by the first content line. */
function blockOf(text: string, headerOffset: number, headerLine: number): BlockScalar {
  const nl = text.indexOf('\n', headerOffset);
  const rest = nl < 0 ? '' : text.slice(nl + 1);
  const first = rest.split('\n').find((l) => l.trim() !== '') ?? '';
  return { line: headerLine + 1 + rest.split('\n').findIndex((l) => l.trim() !== ''), indent: first.length - first.trimStart().length };
}

function syntaxDiagnostic(message: string, pos: { line: number; col: number } | undefined): Diagnostic {
  const first = message.split('\n')[0] ?? message;
  // The parser recurses per nesting level; a stack overflow there means the file nests too deep.
  if (/Maximum call stack size exceeded/.test(first)) return tooDeep(pos);
  return diagnostic('template.syntax', 'template', '', first.replace(/ at line \d+, column \d+:?$/, ''), { params: { line: pos?.line ?? 1, column: pos?.col ?? 1 } });
}

function tooDeep(pos: { line: number; col: number } | undefined): Diagnostic {
  return diagnostic('template.too-deep', 'template', '', `the document nests too deeply to read (more than ${MAX_DEPTH} levels are refused)`, { params: { line: pos?.line ?? 1, column: pos?.col ?? 1 } });
}

function warningOf(message: string, pos: { line: number; col: number } | undefined): Diagnostic {
  const first = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
  return diagnostic('template.yaml-warning', 'template', '', first, { severity: 'warning', params: { line: pos?.line ?? 1, column: pos?.col ?? 1 } });
}
