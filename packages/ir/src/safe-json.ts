/**
 * A JSON parser for untrusted documents. Unlike `JSON.parse` it
 * - enforces size and depth limits (so a 10,000-deep document is a diagnostic, not a stack overflow
 *   in whatever walks it next),
 * - reports duplicate keys (the last one wins, as in `JSON.parse` and Jackson),
 * - keeps `__proto__` and `constructor` as plain own data properties,
 * - reports lone UTF-16 surrogates produced by `\uD800`-style escapes,
 * - can record the line and column of every value, keyed by JSON pointer.
 * Syntax error texts follow Jackson's wording, since that is what AWS services echo back.
 */
import { CommonCodes, diagnostic, type Diagnostic, type DocumentKind, type Result } from './diagnostic.js';
import { joinPointer } from './json-pointer.js';

export interface SourcePosition {
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
}

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

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

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
  const parser = new Parser(text, options, document);
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

/** Line and column (1-based) of a UTF-16 offset. */
export function positionOf(text: string, offset: number): SourcePosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { offset, line, column: offset - lineStart + 1 };
}

const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class Parser {
  pos = 0;
  depth = 0;
  readonly diagnostics: Diagnostic[] = [];
  readonly locations: Map<string, SourcePosition> | undefined;
  private readonly path: Array<string | number> = [];
  private readonly maxDepth: number;

  constructor(
    private readonly text: string,
    private readonly options: SafeJsonOptions,
    private readonly document: DocumentKind,
  ) {
    this.maxDepth = options.maxDepth ?? DEFAULT_MAX_JSON_DEPTH;
    this.locations = options.locations ? new Map() : undefined;
  }

  currentPointer(): string {
    return joinPointer('', ...this.path);
  }

  parseDocument(): unknown {
    this.skipWs();
    if (this.pos >= this.text.length) throw new JsonSyntaxError('No content to map due to end-of-input', this.pos);
    const value = this.parseValue();
    this.skipWs();
    if (this.pos < this.text.length) {
      throw new JsonSyntaxError(
        `Unexpected character (${describeChar(this.text, this.pos)}): expected end of input after the top-level value`,
        this.pos,
      );
    }
    return value;
  }

  private skipWs(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.pos++;
      else break;
    }
  }

  private record(): void {
    if (this.locations) this.locations.set(this.currentPointer(), positionOf(this.text, this.pos));
  }

  private parseValue(): unknown {
    this.record();
    const t = this.text;
    const c = t[this.pos];
    switch (c) {
      case '{':
        return this.parseObject();
      case '[':
        return this.parseArray();
      case '"':
        return this.parseString();
      case 't':
        return this.parseLiteral('true', true);
      case 'f':
        return this.parseLiteral('false', false);
      case 'n':
        return this.parseLiteral('null', null);
      default:
        if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.parseNumber();
        if (c === undefined) throw new JsonSyntaxError('Unexpected end-of-input: expected a JSON value', this.pos);
        throw new JsonSyntaxError(
          `Unrecognized token '${tokenAt(t, this.pos)}': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')`,
          this.pos,
        );
    }
  }

  private enter(): void {
    if (++this.depth > this.maxDepth) {
      throw new JsonSyntaxError(`document nests deeper than the limit of ${this.maxDepth} levels`, this.pos);
    }
  }

  private parseObject(): Record<string, unknown> {
    this.enter();
    const start = this.pos;
    this.pos++; // {
    const obj: Record<string, unknown> = {};
    const seen = new Set<string>();
    this.skipWs();
    if (this.text[this.pos] === '}') {
      this.pos++;
      this.depth--;
      return obj;
    }
    for (;;) {
      this.skipWs();
      if (this.text[this.pos] !== '"') {
        if (this.pos >= this.text.length) throw new JsonSyntaxError(`Unexpected end-of-input: expected close marker for Object (start marker at offset ${start})`, this.pos);
        throw new JsonSyntaxError(
          `Unexpected character (${describeChar(this.text, this.pos)}): was expecting double-quote to start field name`,
          this.pos,
        );
      }
      const key = this.parseString();
      this.skipWs();
      if (this.text[this.pos] !== ':') {
        if (this.pos >= this.text.length) throw new JsonSyntaxError('Unexpected end-of-input: was expecting a colon to separate field name and value', this.pos);
        throw new JsonSyntaxError(
          `Unexpected character (${describeChar(this.text, this.pos)}): was expecting a colon to separate field name and value`,
          this.pos,
        );
      }
      this.pos++;
      this.skipWs();
      this.path.push(key);
      if (seen.has(key)) {
        const severity = this.options.duplicateKeys ?? 'warning';
        this.diagnostics.push(
          diagnostic(CommonCodes.jsonDuplicateKey, this.document, this.currentPointer(), `duplicate key \`${key}\`: the last value wins`, {
            severity,
            params: { key },
          }),
        );
      }
      seen.add(key);
      const value = this.parseValue();
      this.path.pop();
      // defineProperty keeps `__proto__` an ordinary own property instead of changing the prototype.
      Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
      this.skipWs();
      const c = this.text[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === '}') {
        this.pos++;
        this.depth--;
        return obj;
      }
      if (c === undefined) throw new JsonSyntaxError(`Unexpected end-of-input: expected close marker for Object (start marker at offset ${start})`, this.pos);
      throw new JsonSyntaxError(
        `Unexpected character (${describeChar(this.text, this.pos)}): was expecting comma to separate Object entries`,
        this.pos,
      );
    }
  }

  private parseArray(): unknown[] {
    this.enter();
    const start = this.pos;
    this.pos++; // [
    const arr: unknown[] = [];
    this.skipWs();
    if (this.text[this.pos] === ']') {
      this.pos++;
      this.depth--;
      return arr;
    }
    for (;;) {
      this.skipWs();
      this.path.push(arr.length);
      arr.push(this.parseValue());
      this.path.pop();
      this.skipWs();
      const c = this.text[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === ']') {
        this.pos++;
        this.depth--;
        return arr;
      }
      if (c === undefined) throw new JsonSyntaxError(`Unexpected end-of-input: expected close marker for Array (start marker at offset ${start})`, this.pos);
      throw new JsonSyntaxError(
        `Unexpected character (${describeChar(this.text, this.pos)}): was expecting comma to separate Array entries`,
        this.pos,
      );
    }
  }

  private parseString(): string {
    const t = this.text;
    const start = ++this.pos; // opening quote
    let out = '';
    let chunk = start;
    for (;;) {
      if (this.pos >= t.length) throw new JsonSyntaxError('Unexpected end-of-input: was expecting closing quote for a string value', this.pos);
      const c = t.charCodeAt(this.pos);
      if (c === 34) break; // "
      if (c < 0x20) {
        throw new JsonSyntaxError(
          `Illegal unquoted character ((CTRL-CHAR, code ${c})): has to be escaped using backslash to be included in string value`,
          this.pos,
        );
      }
      if (c === 92) {
        out += t.slice(chunk, this.pos);
        out += this.parseEscape();
        chunk = this.pos;
        continue;
      }
      this.pos++;
    }
    out += t.slice(chunk, this.pos);
    this.pos++; // closing quote
    if (this.options.loneSurrogates !== 'ignore' && hasLoneSurrogate(out)) {
      this.diagnostics.push(
        diagnostic(CommonCodes.jsonLoneSurrogate, this.document, this.currentPointer(), 'string holds a lone UTF-16 surrogate, which is not valid Unicode', {
          severity: this.options.loneSurrogates ?? 'warning',
        }),
      );
    }
    return out;
  }

  private parseEscape(): string {
    const t = this.text;
    const e = t[this.pos + 1];
    this.pos += 2;
    switch (e) {
      case '"':
        return '"';
      case '\\':
        return '\\';
      case '/':
        return '/';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u': {
        const hex = t.slice(this.pos, this.pos + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
          throw new JsonSyntaxError('Unexpected character in \\u escape: expected 4 hex-digits for a character escape sequence', this.pos);
        }
        this.pos += 4;
        return String.fromCharCode(parseInt(hex, 16));
      }
      default:
        if (e === undefined) throw new JsonSyntaxError('Unexpected end-of-input in character escape sequence', this.pos - 1);
        throw new JsonSyntaxError(`Unrecognized character escape ${describeChar(t, this.pos - 1)}`, this.pos - 1);
    }
  }

  private parseNumber(): number {
    NUMBER_RE.lastIndex = this.pos;
    const m = NUMBER_RE.exec(this.text);
    if (!m) {
      throw new JsonSyntaxError(
        `Unexpected character (${describeChar(this.text, this.pos + 1)}) in numeric value: expected digit (0-9) to follow minus sign, for valid numeric value`,
        this.pos,
      );
    }
    this.pos += m[0].length;
    const next = this.text[this.pos];
    if (next !== undefined && /[0-9A-Za-z.+-]/.test(next)) {
      throw new JsonSyntaxError(`Unexpected character (${describeChar(this.text, this.pos)}) in numeric value`, this.pos);
    }
    return Number(m[0]);
  }

  private parseLiteral(word: string, value: unknown): unknown {
    if (this.text.startsWith(word, this.pos)) {
      const after = this.text[this.pos + word.length];
      if (after === undefined || !/[A-Za-z0-9_]/.test(after)) {
        this.pos += word.length;
        return value;
      }
    }
    throw new JsonSyntaxError(
      `Unrecognized token '${tokenAt(this.text, this.pos)}': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')`,
      this.pos,
    );
  }
}

function describeChar(text: string, pos: number): string {
  const cp = text.codePointAt(pos);
  if (cp === undefined) return 'end-of-input';
  const ch = String.fromCodePoint(cp);
  return `'${cp < 0x20 ? `\\u${cp.toString(16).padStart(4, '0')}` : ch}' (code ${cp})`;
}

function tokenAt(text: string, pos: number): string {
  const m = /^[^\s,:[\]{}"]{1,64}/.exec(text.slice(pos, pos + 64));
  return m ? m[0] : (text[pos] ?? '');
}

/** True when `s` holds a high surrogate not followed by a low one, or a low one not preceded by a high one. */
export function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const n = s.charCodeAt(i + 1);
      if (n >= 0xdc00 && n <= 0xdfff) i++;
      else return true;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}
