/**
 * Witness candidates for wildcards with two or more `*` (seeds.ts): their field is never complete,
 * so these only help find events that exist — every one is still replayed through the matcher.
 * Each wildcard is filled with '' and a fresh character in every star (all combinations up to
 * MAX_FILLED_STARS stars, else all-'' and all-fresh), then combined with the other constants of the
 * field: put before or after it (overlapping too), or into one of its stars.
 */
import { overlaps } from './overlaps.js';

const MAX_FILLED_STARS = 4;

/** The wildcard's text with star i filled by fills[i]. */
function fill(segments: readonly string[], fills: readonly string[]): string {
  let out = segments[0]!;
  for (let i = 1; i < segments.length; i++) out += fills[i - 1]! + segments[i]!;
  return out;
}

function fillings(stars: number, fresh: string): string[][] {
  if (stars > MAX_FILLED_STARS) return [Array<string>(stars).fill(''), Array<string>(stars).fill(fresh)];
  let out: string[][] = [[]];
  for (let i = 0; i < stars; i++) out = out.flatMap((f) => [[...f, ''], [...f, fresh]]);
  return out;
}

/** Candidates for the wildcards' fields; `constants` are the field's other strings (exacts, affixes). */
export function wildcardCandidates(wildcards: readonly string[][], constants: readonly string[], fresh: string): string[] {
  const out = new Set<string>();
  // Other wildcards take part through their shortest instance.
  const others = [...new Set([...constants, ...wildcards.map((w) => w.join(''))])].filter((c) => c !== '');
  for (const segments of wildcards) {
    const stars = segments.length - 1;
    for (const fills of fillings(stars, fresh)) {
      const instance = fill(segments, fills);
      out.add(instance);
      for (const c of others) {
        out.add(c + instance);
        out.add(instance + c);
        for (const o of [...overlaps(c, instance), ...overlaps(instance, c)]) out.add(o);
      }
    }
    for (let star = 0; star < stars; star++) {
      for (const c of others) out.add(fill(segments, segments.slice(1).map((_, i) => (i === star ? c : ''))));
    }
  }
  return [...out];
}
