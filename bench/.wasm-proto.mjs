import wabtInit from 'wabt';
import { readFileSync } from 'node:fs';
const wabt = await wabtInit();
const src = readFileSync('packages/ir/src/json/wasm/validator.wat', 'utf8');
const mod = wabt.parseWat('validator.wat', src, { simd: true });
mod.validate();
const { buffer } = mod.toBinary({});
console.log('bytes', buffer.length);
const inst = new WebAssembly.Instance(new WebAssembly.Module(buffer), {});
const { memory, validate } = inst.exports;
const enc = new TextEncoder();
let u8 = new Uint8Array(memory.buffer);
export function check(s, rec = false) {
  const need = s.length * 3 + 1;
  const stack = (need + 16 + 3) & ~3;
  const ends = stack + 4 * (need + 1);
  const total = ends + 4 * (need + 1) + 16;
  if (total > memory.buffer.byteLength) { memory.grow(Math.ceil((total - memory.buffer.byteLength) / 65536)); }
  if (u8.buffer !== memory.buffer) u8 = new Uint8Array(memory.buffer);
  const { written } = enc.encodeInto(s, u8);
  u8[written] = 0;
  return validate(written, stack, rec ? ends : -1) === 1;
}
const cases = ['{}', '[]', '{"a":1}', ' [1, 2 ,{"x":[true,false,null]}] ', '"\\u00e9x"', '01', '-', '1.', '1e', '1e+5', '-0.5E-3', '{"a" 1}', '[1,]', '{,}', 'tru', 'nul', '"\t"', '"é"', '"\\x"', '[[[[]]]]', '[[[]]', '{"a":{"b":[1,{"c":"d"}]}}', '', ' ', '1 2', '"\ud800"', '\ufeff1'];
for (const c of cases) {
  let want; try { JSON.parse(c); want = true; } catch { want = false; }
  const got = check(c);
  if (got !== want) console.log('MISMATCH', JSON.stringify(c), got, want);
}
console.log('cases done');
