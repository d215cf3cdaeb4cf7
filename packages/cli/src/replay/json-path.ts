/**
 * Any other recorded shape: `--message-path` selects the message body and `--attributes-path` the
 * message attributes, as JSONPath expressions (jsonpath-plus). A path that selects several values
 * (`$.Records[*].body`) gives one message per value; a single attributes object is shared by all.
 */
import { JSONPath } from 'jsonpath-plus';
import type { SnsMessage } from '@arbiter/sns-filter';
import { normalizeAttributes, setOwn } from '../input/sns-message.js';
import { decodeKnownShapes, type DecodedLine, type ValueDecoder } from './records.js';

export interface PathOptions {
  messagePath?: string;
  attributesPath?: string;
}

function select(path: string, json: unknown): unknown[] {
  // `wrap: true` always gives an array; `eval: 'safe'` keeps filter expressions away from `eval`.
  return JSONPath({ path, json: json as object, wrap: true, eval: 'safe' }) as unknown[];
}

/** Plain values are accepted too: a string is `String`, a number `Number`, an array `String.Array`. */
function plainAttribute(v: unknown): unknown {
  if (typeof v === 'string') return { Type: 'String', Value: v };
  if (typeof v === 'number' || typeof v === 'boolean') return { Type: typeof v === 'number' ? 'Number' : 'String', Value: String(v) };
  if (Array.isArray(v)) return { Type: 'String.Array', Value: JSON.stringify(v) };
  return v;
}

function attributesOf(raw: unknown): SnsMessage['attributes'] | string {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return normalizeAttributes(raw);
  const plain: Record<string, unknown> = {};
  for (const key of Object.keys(raw)) {
    setOwn(plain, key, plainAttribute((raw as Record<string, unknown>)[key]));
  }
  return normalizeAttributes(plain);
}

function decodeByPath(value: unknown, options: PathOptions): DecodedLine {
  const bodies = options.messagePath === undefined ? undefined : select(options.messagePath, value);
  const attributes = options.attributesPath === undefined ? undefined : select(options.attributesPath, value);
  if (bodies?.length === 0) return { error: `\`--message-path\` \`${options.messagePath}\` selects nothing` };
  if (attributes?.length === 0) return { error: `\`--attributes-path\` \`${options.attributesPath}\` selects nothing` };
  const count = bodies?.length ?? attributes?.length ?? 0;
  if (bodies && attributes && attributes.length !== 1 && attributes.length !== count) {
    return { error: `\`--message-path\` selects ${count} values but \`--attributes-path\` selects ${attributes.length}` };
  }
  const messages: SnsMessage[] = [];
  for (let i = 0; i < count; i++) {
    const message: SnsMessage = {};
    const body = bodies?.[i];
    if (bodies) message.body = typeof body === 'string' ? body : JSON.stringify(body);
    if (attributes) {
      const decoded = attributesOf(attributes.length === 1 ? attributes[0] : attributes[i]);
      if (typeof decoded === 'string') return { error: `\`--attributes-path\`: ${decoded}` };
      message.attributes = decoded;
    }
    messages.push(message);
  }
  return { messages };
}

const PROBE = { probe: { items: [{ value: 1 }] } };

/** A decoder for the given paths, or why a path is unusable (checked once, before any line). */
export function createPathDecoder(options: PathOptions): ValueDecoder | string {
  for (const [flag, path] of [['--message-path', options.messagePath], ['--attributes-path', options.attributesPath]] as const) {
    if (path === undefined) continue;
    try {
      // jsonpath-plus parses leniently; evaluating on a small document with children surfaces bad filters.
      select(path, PROBE);
    } catch (e) {
      return `\`${flag}\` \`${path}\` is not a usable JSONPath expression: ${(e as Error).message}`;
    }
  }
  return (value) => {
    try {
      return decodeByPath(value, options);
    } catch (e) {
      return { error: `JSONPath evaluation failed: ${(e as Error).message}` };
    }
  };
}

/** The decoder a replay uses: the JSONPath one when a path is given, else the built-in shapes. */
export function decoderFor(options: PathOptions): ValueDecoder | string {
  return options.messagePath === undefined && options.attributesPath === undefined ? decodeKnownShapes : createPathDecoder(options);
}
