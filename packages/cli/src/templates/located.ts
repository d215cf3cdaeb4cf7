/**
 * A loaded file (template or standalone policy) as plain JSON-like data, plus where each value
 * came from, so a JSON pointer into the data maps back to a line and column of the file.
 */
import { parsePointer, toPointer } from '@arbiter/ir';

export interface SourceLocation {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

export interface LoadedDocument {
  /** Intrinsic functions appear in their long form: `{"Fn::Sub": …}`, `{"Ref": …}`. */
  value: unknown;
  format: 'json' | 'yaml';
  /** Where the value at `pointer` starts, or its nearest ancestor that has a position. */
  locate(pointer: string): SourceLocation;
  /** For a string holding embedded JSON: maps a line/column inside the string's text to the file. */
  embedded(pointer: string): (inner: SourceLocation) => SourceLocation;
}

/** A YAML literal block scalar (`|`): its text lines map one-to-one onto file lines. */
export interface BlockScalar {
  /** File line of the text's first line. */
  line: number;
  /** Columns of indentation stripped from every text line. */
  indent: number;
}

/** Builds the `locate`/`embedded` pair over recorded positions. */
export function createLocator(
  positions: ReadonlyMap<string, SourceLocation>,
  blocks: ReadonlyMap<string, BlockScalar> = new Map(),
): Pick<LoadedDocument, 'locate' | 'embedded'> {
  const locate = (pointer: string): SourceLocation => nearest(positions, pointer) ?? { line: 1, column: 1 };
  return {
    locate,
    embedded(pointer) {
      const block = blocks.get(pointer);
      if (!block) return () => locate(pointer);
      return (inner) => ({ line: block.line + inner.line - 1, column: block.indent + inner.column });
    },
  };
}

/** The entry for `pointer` or for its closest ancestor. */
export function nearest<T>(map: ReadonlyMap<string, T>, pointer: string): T | undefined {
  const tokens = parsePointer(pointer) ?? [];
  for (let n = tokens.length; n >= 0; n--) {
    const hit = map.get(toPointer(tokens.slice(0, n)));
    if (hit !== undefined) return hit;
  }
  return undefined;
}
