/**
 * The safe parser's walk (see safe-json.ts): builds the value with the kit's readers, keeping
 * duplicate keys, `__proto__` as data, lone surrogates, depth and positions its own concern.
 * A reader that rejects a token hands over to syntax-errors.ts for Jackson's message.
 */
import { CommonCodes, diagnostic, type Diagnostic, type DocumentKind } from '../diagnostic.js';
import { escapePointerToken, joinPointer } from '../json-pointer.js';
import { literalValue, skipLiteral, skipWhitespace, startsNumber } from './lexer.js';
import { exactNumber, scanNumber, type NumberToken } from './read-number.js';
import { readString, type TokenEnd } from './read-string.js';
import { continuesLiteral, continuesNumber, describeChar, JsonSyntaxError, numberError, stringError, unrecognizedToken } from './syntax-errors.js';

export interface SourcePosition {
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
}

/** What the walk needs of `SafeJsonOptions`. */
export interface SafeParserOptions {
  maxDepth: number;
  document: DocumentKind;
  locations: boolean;
  duplicateKeys: 'warning' | 'error';
  loneSurrogates: 'warning' | 'error' | 'ignore';
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

/** Characters read to place values on lines (`locations`); read by tests to show it is linear. */
export const locationWork = { chars: 0 };

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

export class SafeParser {
  pos = 0;
  // Line bookkeeping for `locations`: values are located in increasing offset order, so each
  // character is read once (`positionOf` per value re-read the text from the start: O(n²)).
  private line = 1;
  private lineStart = 0;
  private scanned = 0;
  private depth = 0;
  readonly diagnostics: Diagnostic[] = [];
  readonly locations: Map<string, SourcePosition> | undefined;
  private readonly path: Array<string | number> = [];
  private readonly end: TokenEnd = { at: 0 };
  private readonly num: NumberToken = { end: 0, approx: 0, exact: true };

  constructor(
    private readonly text: string,
    private readonly options: SafeParserOptions,
  ) {
    this.locations = options.locations ? new Map() : undefined;
  }

  // With `locations`, every value needs its pointer: kept as a stack of prefixes (joining the
  // whole path per value cost O(depth²) on deep documents).
  private readonly pointers: string[] = [''];

  private enterToken(token: string | number): void {
    this.path.push(token);
    if (this.locations) this.pointers.push(`${this.pointers[this.pointers.length - 1]!}/${escapePointerToken(token)}`);
  }

  private leaveToken(): void {
    this.path.pop();
    if (this.locations) this.pointers.pop();
  }

  currentPointer(): string {
    return this.locations ? this.pointers[this.pointers.length - 1]! : joinPointer('', ...this.path);
  }

  /** The whole text as one value; throws JsonSyntaxError (caught by parseJsonSafe). */
  parseDocument(): unknown {
    this.pos = skipWhitespace(this.text, 0);
    if (this.pos >= this.text.length) throw new JsonSyntaxError('No content to map due to end-of-input', this.pos);
    const value = this.parseValue();
    this.pos = skipWhitespace(this.text, this.pos);
    if (this.pos < this.text.length) {
      throw new JsonSyntaxError(`Unexpected character (${describeChar(this.text, this.pos)}): expected end of input after the top-level value`, this.pos);
    }
    return value;
  }

  private positionHere(): SourcePosition {
    const t = this.text;
    const offset = this.pos;
    if (offset > this.scanned) locationWork.chars += offset - this.scanned;
    for (let i = this.scanned; i < offset && i < t.length; i++) {
      if (t.charCodeAt(i) === 10) {
        this.line++;
        this.lineStart = i + 1;
      }
    }
    this.scanned = Math.max(this.scanned, offset);
    return { offset, line: this.line, column: offset - this.lineStart + 1 };
  }

  private parseValue(): unknown {
    if (this.locations) this.locations.set(this.currentPointer(), this.positionHere());
    const t = this.text;
    const c = t.charCodeAt(this.pos);
    if (c === 123) return this.parseObject();
    if (c === 91) return this.parseArray();
    if (c === 34) return this.parseString();
    if (c === 116 || c === 102 || c === 110) return this.parseLiteral(c);
    if (startsNumber(c)) return this.parseNumber();
    if (Number.isNaN(c)) throw new JsonSyntaxError('Unexpected end-of-input: expected a JSON value', this.pos);
    throw unrecognizedToken(t, this.pos);
  }

  /** Enters the container at `pos` (`{` or `[`): true, and it is left again, when it is empty. */
  private enter(close: number): boolean {
    if (++this.depth > this.options.maxDepth) {
      throw new JsonSyntaxError(`document nests deeper than the limit of ${this.options.maxDepth} levels`, this.pos);
    }
    this.pos = skipWhitespace(this.text, this.pos + 1);
    if (this.text.charCodeAt(this.pos) !== close) return false;
    this.pos++;
    this.depth--;
    return true;
  }

  /** After a member or element: the index after `,` (true) or the closing bracket (false). */
  private next(close: number, start: number, kind: 'Object' | 'Array'): boolean {
    const t = this.text;
    this.pos = skipWhitespace(t, this.pos);
    const c = t.charCodeAt(this.pos++);
    if (c === 44) return true;
    if (c === close) {
      this.depth--;
      return false;
    }
    this.pos--;
    if (Number.isNaN(c)) throw new JsonSyntaxError(`Unexpected end-of-input: expected close marker for ${kind} (start marker at offset ${start})`, this.pos);
    throw new JsonSyntaxError(
      `Unexpected character (${describeChar(t, this.pos)}): was expecting comma to separate ${kind} entries`,
      this.pos,
    );
  }

  private parseObject(): Record<string, unknown> {
    const t = this.text;
    const start = this.pos;
    const obj: Record<string, unknown> = {};
    if (this.enter(125)) return obj;
    const seen = new Set<string>();
    do {
      this.pos = skipWhitespace(t, this.pos);
      if (t.charCodeAt(this.pos) !== 34) {
        if (this.pos >= t.length) throw new JsonSyntaxError(`Unexpected end-of-input: expected close marker for Object (start marker at offset ${start})`, this.pos);
        throw new JsonSyntaxError(`Unexpected character (${describeChar(t, this.pos)}): was expecting double-quote to start field name`, this.pos);
      }
      const key = this.parseString();
      this.pos = skipWhitespace(t, this.pos);
      if (t.charCodeAt(this.pos) !== 58) {
        if (this.pos >= t.length) throw new JsonSyntaxError('Unexpected end-of-input: was expecting a colon to separate field name and value', this.pos);
        throw new JsonSyntaxError(`Unexpected character (${describeChar(t, this.pos)}): was expecting a colon to separate field name and value`, this.pos);
      }
      this.pos = skipWhitespace(t, this.pos + 1);
      this.enterToken(key);
      if (seen.has(key)) {
        this.diagnostics.push(
          diagnostic(CommonCodes.jsonDuplicateKey, this.options.document, this.currentPointer(), `duplicate key \`${key}\`: the last value wins`, {
            severity: this.options.duplicateKeys,
            params: { key },
          }),
        );
      }
      seen.add(key);
      const value = this.parseValue();
      this.leaveToken();
      // defineProperty keeps `__proto__` an ordinary own property instead of changing the prototype.
      Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
    } while (this.next(125, start, 'Object'));
    return obj;
  }

  private parseArray(): unknown[] {
    const t = this.text;
    const start = this.pos;
    const arr: unknown[] = [];
    if (this.enter(93)) return arr;
    do {
      this.pos = skipWhitespace(t, this.pos);
      this.enterToken(arr.length);
      arr.push(this.parseValue());
      this.leaveToken();
    } while (this.next(93, start, 'Array'));
    return arr;
  }

  private parseString(): string {
    const value = readString(this.text, this.pos, this.end);
    if (this.end.at < 0) throw stringError(this.text, this.pos);
    this.pos = this.end.at;
    if (this.options.loneSurrogates !== 'ignore' && hasLoneSurrogate(value)) {
      this.diagnostics.push(
        diagnostic(CommonCodes.jsonLoneSurrogate, this.options.document, this.currentPointer(), 'string holds a lone UTF-16 surrogate, which is not valid Unicode', {
          severity: this.options.loneSurrogates,
        }),
      );
    }
    return value;
  }

  private parseNumber(): number {
    const t = this.text;
    const num = this.num;
    scanNumber(t, this.pos, num);
    if (num.end < 0 || continuesNumber(t.charCodeAt(num.end))) throw numberError(t, this.pos);
    const value = exactNumber(t, this.pos, num);
    this.pos = num.end;
    return value;
  }

  private parseLiteral(c: number): unknown {
    const end = skipLiteral(this.text, this.pos);
    if (end < 0 || continuesLiteral(this.text.charCodeAt(end))) throw unrecognizedToken(this.text, this.pos);
    this.pos = end;
    return literalValue(c);
  }
}
