// The WebAssembly JSON validator prototype (src/json/wasm/validator.wat), compiled from its text
// with wabt (a dev dependency) for the property tests and bench/json-validate-cpu.mjs. Not wired
// into the runtime: issue #16 item 1 measured it above the budget that would pay for it.
import { readFileSync } from 'node:fs';
import wabtInit from 'wabt';

const WAT = new URL('../src/json/wasm/validator.wat', import.meta.url);

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

  /** Lays out text (n bytes), sentinel, stack and ends table; grows memory to fit. */
  const layout = (n) => {
    const stack = (n + 16 + 3) & ~3;
    const ends = stack + 4 * (n + 1);
    const total = ends + 4 * (n + 1) + 16;
    if (total > memory.buffer.byteLength) memory.grow(Math.ceil((total - memory.buffer.byteLength) / 65536));
    if (bytes.buffer !== memory.buffer) bytes = new Uint8Array(memory.buffer);
    return { stack, ends };
  };
  // The hot path allocates nothing: the table's view is made only when a test reads it.
  let last = { stack: 0, ends: 0 };
  const run = (n, withEnds) => {
    last = layout(n);
    bytes[n] = 0;
    return validate(n, last.stack, withEnds ? last.ends : -1) === 1;
  };
  const endOf = (n) => (start) => new Int32Array(memory.buffer, last.ends, n + 1)[start];
  return {
    /** True when `s`, encoded with encodeInto, is JSON. */
    acceptsText(s, withEnds = false) {
      layout(s.length * 3);
      return run(encoder.encodeInto(s, bytes).written, withEnds);
    },
    /** `s` validated with its table of value ends (for tests). */
    validateText(s, withEnds = false) {
      layout(s.length * 3);
      const { written } = encoder.encodeInto(s, bytes);
      return { ok: run(written, withEnds), end: endOf(written), byteLength: written };
    },
    /** Raw UTF-8 bytes, malformed sequences included. */
    validateBytes(input) {
      layout(input.length);
      bytes.set(input);
      return run(input.length, false);
    },
  };
}
