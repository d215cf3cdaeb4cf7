/**
 * A JSON parser for untrusted documents. Unlike `JSON.parse` it
 * - enforces size and depth limits (so a 10,000-deep document is a diagnostic, not a stack overflow
 *   in whatever walks it next),
 * - reports duplicate keys (the last one wins, as in `JSON.parse` and Jackson),
 * - keeps `__proto__` and `constructor` as plain own data properties,
 * - reports lone UTF-16 surrogates produced by `\uD800`-style escapes,
 * - can record the line and column of every value, keyed by JSON pointer.
 * Syntax error texts follow Jackson's wording, since that is what AWS services echo back.
 * The walk is json/safe-parser.ts, over the JSON reading kit's readers (json/).
 */
import { CommonCodes, diagnostic, type DocumentKind, type Result } from './diagnostic.js';
import { positionOf, SafeParser, type SourcePosition } from './json/safe-parser.js';
import { JsonSyntaxError } from './json/syntax-errors.js';

export { hasLoneSurrogate, positionOf, type SourcePosition } from './json/safe-parser.js';

export interface SafeJsonOptions {
  /** Maximum length of the text in UTF-8 bytes. Default 16 MiB. */
  maxBytes?: number;
  /** Maximum nesting of arrays and objects. Default 512. */
  maxDepth?: number;
  /** Which document the diagnostics point into. Default `input`. */
  document?: DocumentKind;
  /** Record the position of every value. Default false. */
  locations?: boolean;
  /** Severity for duplicate keys. Default `warning`. */
  duplicateKeys?: 'warning' | 'error';
  /** Severity for lone surrogates. Default `warning`. */
  loneSurrogates?: 'warning' | 'error' | 'ignore';
}

export interface ParsedJson {
  value: unknown;
  /** Pointer → position of the value's first character (only with `locations: true`). */
  locations?: Map<string, SourcePosition>;
}

export const DEFAULT_MAX_JSON_BYTES = 16 * 1024 * 1024;
export const DEFAULT_MAX_JSON_DEPTH = 512;

/** Parses `text`; never throws. */
export function parseJsonSafe(text: string, options: SafeJsonOptions = {}): Result<ParsedJson> {
  const document = options.document ?? 'input';
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_JSON_BYTES;
  if (typeof text !== 'string') {
    return { ok: false, diagnostics: [diagnostic(CommonCodes.jsonWrongType, document, '', 'expected JSON text (a string)')] };
  }
  // Cheap upper bound first: UTF-8 needs at most 3 bytes per UTF-16 code unit.
  if (text.length > maxBytes || (text.length * 3 > maxBytes && Buffer.byteLength(text, 'utf8') > maxBytes)) {
    const size = Buffer.byteLength(text, 'utf8');
    return {
      ok: false,
      diagnostics: [
        diagnostic(CommonCodes.jsonTooLarge, document, '', `document is ${size} bytes, more than the limit of ${maxBytes}`, {
          params: { size, limit: maxBytes },
        }),
      ],
    };
  }
  const parser = new SafeParser(text, {
    maxDepth: options.maxDepth ?? DEFAULT_MAX_JSON_DEPTH,
    document,
    locations: options.locations ?? false,
    duplicateKeys: options.duplicateKeys ?? 'warning',
    loneSurrogates: options.loneSurrogates ?? 'warning',
  });
  try {
    const value = parser.parseDocument();
    const out: ParsedJson = { value };
    if (parser.locations) out.locations = parser.locations;
    const errors = parser.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) return { ok: false, diagnostics: parser.diagnostics };
    return { ok: true, value: out, warnings: parser.diagnostics };
  } catch (e) {
    if (e instanceof JsonSyntaxError) {
      const pos = positionOf(text, e.offset);
      return {
        ok: false,
        diagnostics: [
          diagnostic(
            e.message.startsWith('document nests') ? CommonCodes.jsonTooDeep : CommonCodes.jsonSyntax,
            document,
            parser.currentPointer(),
            e.message,
            { params: { line: pos.line, column: pos.column, offset: pos.offset } },
          ),
        ],
      };
    }
    throw e;
  }
}
