// Generates N MessageBody subscriptions "from the same families" as the 44 citylots policies:
// exact, prefix, suffix, equals-ignore-case, numeric, anything-but, exists and combinations, with
// values drawn deterministically from what citylots lines hold (so some match, most do not).
import { seededRandom as rng } from '@arbiter/ir';
/** Distinct values seen in the sample, per field, for realistic constants. */
export function harvestValues(lines, max = 5000) {
  const streets = new Set();
  const blocks = new Set();
  for (const line of lines.slice(0, max)) {
    const v = JSON.parse(line);
    if (v.properties?.STREET) streets.add(v.properties.STREET);
    if (v.properties?.MAPBLKLOT) blocks.add(v.properties.MAPBLKLOT);
  }
  return { streets: [...streets], blocks: [...blocks] };
}

const families = {
  exact: (r, v) => ({ properties: { MAPBLKLOT: [r() < 0.5 ? pick(r, v.blocks) : String(1000000 + Math.floor(r() * 8999999))] } }),
  'exact-street': (r, v) => ({ properties: { STREET: [pick(r, v.streets)] } }),
  prefix: (r, v) => ({ properties: { STREET: [{ prefix: pick(r, v.streets).slice(0, 2 + Math.floor(r() * 3)) }] } }),
  suffix: (r, v) => ({ properties: { STREET: [{ suffix: pick(r, v.streets).slice(-2 - Math.floor(r() * 2)) }] } }),
  'equals-ignore-case': (r, v) => ({ properties: { STREET: [{ 'equals-ignore-case': mixCase(r, pick(r, v.streets)) }] } }),
  numeric: (r) => {
    const lo = -122.52 + r() * 0.14;
    return { geometry: { firstCoordinates: { x: [{ numeric: ['>', round5(lo), '<', round5(lo + r() * 0.02)] }] } } };
  },
  'anything-but': (r, v) => ({ properties: { STREET: [{ 'anything-but': [pick(r, v.streets), pick(r, v.streets)] }] } }),
  'anything-but-prefix': (r, v) => ({ properties: { STREET: [{ 'anything-but': { prefix: pick(r, v.streets).slice(0, 3) } }] } }),
  combination: (r, v) => ({ properties: { STREET: [pick(r, v.streets)], ODD_EVEN: [r() < 0.5 ? 'E' : 'O'] } }),
  exists: (r) => ({ properties: { [r() < 0.5 ? 'ST_TYPE' : `NO_SUCH_${Math.floor(r() * 100)}`]: [{ exists: r() < 0.5 }] } }),
};

const pick = (r, arr) => arr[Math.floor(r() * arr.length)];
const round5 = (x) => Math.round(x * 1e5) / 1e5;
const mixCase = (r, s) => [...s].map((c) => (r() < 0.5 ? c.toLowerCase() : c)).join('');

export const familyNames = Object.keys(families);

/** N subscriptions cycling through the families (or only `family`), deterministic per seed. */
export function generateSubscriptions(n, values, { family, seed = 42 } = {}) {
  const r = rng(seed);
  const names = family ? [family] : familyNames;
  return Array.from({ length: n }, (_, i) => {
    const f = names[i % names.length];
    return { id: `${f}-${i}`, scope: 'MessageBody', policy: families[f](r, values) };
  });
}
