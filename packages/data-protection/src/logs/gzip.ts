/**
 * Gzip for log payloads through fflate (pure JS), so the package also runs in the browser (the
 * playground bundles it): decompression streams chunk by chunk and stops past `maxBytes`, which a
 * lying gzip size field cannot get round (a gzip bomb guard).
 */
import { Gunzip, gzipSync } from 'fflate';

export type GunzipOutcome = { ok: true; text: string } | { ok: false; reason: 'too-large' | 'not-gzip' };

class TooLarge extends Error {}

/** Decompresses gzip `bytes` to UTF-8 text of at most `maxBytes` bytes. */
export function gunzipText(bytes: Uint8Array, maxBytes: number): GunzipOutcome {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let done = false;
  try {
    const stream = new Gunzip((chunk, final) => {
      total += chunk.length;
      if (total > maxBytes) throw new TooLarge();
      chunks.push(chunk);
      if (final) done = true;
    });
    stream.push(bytes, true);
  } catch (e) {
    return { ok: false, reason: e instanceof TooLarge ? 'too-large' : 'not-gzip' };
  }
  if (!done && total === 0) return { ok: false, reason: 'not-gzip' };
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return { ok: true, text: new TextDecoder().decode(out) };
}

/** Gzips UTF-8 text (to re-encode a subscription payload after masking). */
export function gzipText(text: string): Uint8Array {
  return gzipSync(new TextEncoder().encode(text));
}
