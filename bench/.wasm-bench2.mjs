import wabtInit from 'wabt';
import { readFileSync } from 'node:fs';
import { loadCitylots } from './data.mjs';
const wabt = await wabtInit();
const mod = wabt.parseWat('v.wat', readFileSync('packages/ir/src/json/wasm/validator.wat', 'utf8'), { simd: true });
const inst = new WebAssembly.Instance(new WebAssembly.Module(mod.toBinary({}).buffer), {});
const { memory, validate } = inst.exports;
memory.grow(20);
const u8 = new Uint8Array(memory.buffer);
const lines = loadCitylots(5000).lines.map((l) => Buffer.from(l, 'utf8').toString('utf8'));
const enc = new TextEncoder();
// pre-encode all lines into wasm memory at different offsets? validator reads at offset 0, so copy per call
const encoded = lines.map((l) => Buffer.from(l));
const rows = {
  enc_validate: (l, b) => { const w = enc.encodeInto(l, u8).written; u8[w] = 0; return validate(w, 65536, -1) === 1; },
  set_validate: (l, b) => { u8.set(b); u8[b.length] = 0; return validate(b.length, 65536, -1) === 1; },
  validate_only_same: (l, b) => validate(b.length, 65536, -1) === 1,
};
const best = {};
for (let r = 0; r < 15; r++) for (const [name, f] of Object.entries(rows)) {
  const t0 = process.cpuUsage(); let ok = 0;
  for (let k = 0; k < lines.length; k++) if (f(lines[k], encoded[k])) ok++;
  const d = process.cpuUsage(t0); const ns = (d.user + d.system) * 1000 / lines.length;
  if (ok !== lines.length && name !== 'validate_only_same') throw new Error(name + ' rejected ' + (lines.length - ok));
  best[name] = Math.min(best[name] ?? Infinity, ns);
}
for (const [k, v] of Object.entries(best)) console.log(k.padEnd(20), v.toFixed(0), 'ns/line');
