// The WebAssembly JSON validator prototype (bench/wasm-json/validator.wat), compiled from its text
// with wabt (a dev dependency) for the property tests and bench/json-validate-cpu.mjs. Not wired
// into the runtime: issue #16 item 1 measured it above the budget that would pay for it.
import { readFileSync } from 'node:fs';
import wabtInit from 'wabt';

const WAT = new URL('./validator.wat', import.meta.url);

/**
 * Compiles the module (or `wat`, a variant of its text under measurement) and returns its
 * validate entry points over one reusable memory.
 */
export async function loadWasmValidator(wat = readFileSync(WAT, 'utf8')) {
  const wabt = await wabtInit();
  const parsed = wabt.parseWat('validator.wat', wat, { simd: true });
  parsed.validate();
  const { buffer } = parsed.toBinary({});
  parsed.destroy();
  const { memory, validate } = new WebAssembly.Instance(new WebAssembly.Module(buffer), {}).exports;
  const encoder = new TextEncoder();
  let bytes = new Uint8Array(memory.buffer);

  // Regions sized for texts of up to `capacity` bytes: the text and its sentinel, the stack (or
  // token list) and the table of ends, 4 bytes per text byte each. Recomputed only on growth, so
  // the hot path neither allocates nor reads `memory.buffer` (a slow getter).
  let capacity = 0;
  let stack = 0;
  let ends = 0;
  const reserve = (n) => {
    if (n <= capacity) return;
    capacity = Math.max(n, 2 * capacity, 4096);
    stack = (capacity + 16 + 3) & ~3;
    ends = stack + 4 * (capacity + 4);
    const total = ends + 4 * (capacity + 4) + 16;
    if (total > memory.buffer.byteLength) memory.grow(Math.ceil((total - memory.buffer.byteLength) / 65536));
    bytes = new Uint8Array(memory.buffer);
  };
  const run = (n, withEnds) => {
    bytes[n] = 0;
    return validate(n, stack, withEnds ? ends : -1) === 1;
  };
  const endOf = (n) => (start) => new Int32Array(memory.buffer, ends, n + 1)[start];
  return {
    /** True when `s`, encoded with encodeInto, is JSON. */
    acceptsText(s, withEnds = false) {
      reserve(s.length * 3);
      return run(encoder.encodeInto(s, bytes).written, withEnds);
    },
    /** `s` validated with its table of value ends (for tests). */
    validateText(s, withEnds = false) {
      reserve(s.length * 3);
      const { written } = encoder.encodeInto(s, bytes);
      return { ok: run(written, withEnds), end: endOf(written), byteLength: written };
    },
    /** Raw UTF-8 bytes, malformed sequences included. */
    validateBytes(input) {
      reserve(input.length);
      bytes.set(input);
      return run(input.length, false);
    },
  };
}
