/**
 * Share links: the whole state, as JSON compressed with lz-string into the URL hash
 * (`#s=…`, URL-safe), so a link reproduces the page exactly and nothing leaves the browser.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { PANE_IDS, type PlaygroundState } from './state.js';

const PREFIX = '#s=';

export function encodeState(state: PlaygroundState): string {
  return PREFIX + compressToEncodedURIComponent(JSON.stringify(state));
}

/**
 * The state a hash holds, filled in from `fallback` where a field is missing or of the wrong type;
 * `undefined` when the hash is not a share link or does not decode (a broken link opens the seed).
 */
export function decodeState(hash: string, fallback: PlaygroundState): PlaygroundState | undefined {
  if (!hash.startsWith(PREFIX)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(decompressFromEncodedURIComponent(hash.slice(PREFIX.length)) ?? '');
  } catch {
    return undefined;
  }
  if (!isRecord(raw)) return undefined;
  const pane = PANE_IDS.find((p) => p === raw.pane) ?? fallback.pane;
  return {
    pane,
    sns: { ...fallback.sns, ...strings(raw.sns, ['policy', 'message']), scope: scopeOf(raw.sns, fallback.sns.scope) },
    events: { ...fallback.events, ...strings(raw.events, ['target', 'pattern', 'event']) },
    dp: { ...fallback.dp, ...strings(raw.dp, ['policy', 'message', 'principals']) },
    iam: { ...fallback.iam, ...strings(raw.iam, ['policies', 'request']) },
    analysis: { ...fallback.analysis, ...strings(raw.analysis, ['language', 'old', 'new']) },
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function strings(v: unknown, keys: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(v)) return out;
  for (const k of keys) if (typeof v[k] === 'string') out[k] = v[k];
  return out;
}

function scopeOf(v: unknown, fallback: PlaygroundState['sns']['scope']): PlaygroundState['sns']['scope'] {
  const scope = isRecord(v) ? v.scope : undefined;
  return scope === 'MessageBody' || scope === 'MessageAttributes' ? scope : fallback;
}
