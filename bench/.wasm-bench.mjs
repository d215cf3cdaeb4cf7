import { check } from './.wasm-proto.mjs';
import { loadCitylots } from './data.mjs';
import { isJsonText } from '@arbiter/ir';
const lines = loadCitylots(5000).lines.map((l) => Buffer.from(l, 'utf8').toString('utf8'));
const enc = new TextEncoder(); const buf = new Uint8Array(1 << 16);
const rows = {
  'JSON.parse': (l) => { JSON.parse(l); return true; },
  isJsonText: (l) => isJsonText(l),
  encodeInto: (l) => enc.encodeInto(l, buf).written > 0,
  'wasm': (l) => check(l, false),
  'wasm+ends': (l) => check(l, true),
};
const best = {};
for (let r = 0; r < 15; r++) for (const [name, f] of Object.entries(rows)) {
  const t0 = process.cpuUsage(); let ok = 0;
  for (const l of lines) if (f(l)) ok++;
  const d = process.cpuUsage(t0); const ns = (d.user + d.system) * 1000 / lines.length;
  if (ok !== lines.length) throw new Error(name + ' rejected ' + (lines.length - ok));
  best[name] = Math.min(best[name] ?? Infinity, ns);
}
const avg = lines.reduce((a, l) => a + l.length, 0) / lines.length;
for (const [k, v] of Object.entries(best)) console.log(k.padEnd(12), v.toFixed(0), 'ns/line', (v / avg).toFixed(3), 'ns/char');
