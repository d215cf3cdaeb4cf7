// Validating a body as JSON, in CPU time per line (issue #16 item 1: is WebAssembly the validator
// below 1 ns per character that the router needs?). Over the citylots lines, each round times
// every row once (rotating order) with `process.cpuUsage`; reported: the best round in ns per line
// and the median per-round ratio to JSON.parse with quartiles. Rows: JSON.parse; the kit's
// isJsonText; TextEncoder.encodeInto alone; encodeInto + the wasm validator (bench/wasm-json,
// compiled from its text with wabt), without and with its table of value ends; a Buffer body
// copied into wasm memory and validated; and the wasm validator over one line repeated (every
// branch predictable: the floor of this design). Every row must accept every line.
// `--variant file.wat` (repeatable) adds a row for another text of the module, paired the same way.
//   node bench/json-validate-cpu.mjs [--rounds 15] [--lines 5000] [--variant /tmp/v.wat]
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { isJsonText } from '@arbiter/ir';
import { loadWasmValidator } from './wasm-json/validator.mjs';
import { loadCitylots } from './data.mjs';
import { cpuMicros, median, quartiles } from './paired.mjs';

const { values: args } = parseArgs({ options: { rounds: { type: 'string', default: '15' }, lines: { type: 'string', default: '5000' }, variant: { type: 'string', multiple: true, default: [] } } });
const lines = loadCitylots(Number(args.lines)).lines.map((l) => Buffer.from(l, 'utf8').toString('utf8'));
const buffers = lines.map((l) => Buffer.from(l, 'utf8'));
const wasm = await loadWasmValidator();
const encoder = new TextEncoder();
const scratch = new Uint8Array(1 << 20);

const rows = {
  'JSON.parse': (k) => JSON.parse(lines[k]) !== undefined,
  'kit isJsonText': (k) => isJsonText(lines[k]),
  'encodeInto only': (k) => encoder.encodeInto(lines[k], scratch).written > 0,
  'encodeInto + wasm': (k) => wasm.acceptsText(lines[k]),
  'encodeInto + wasm + ends': (k) => wasm.acceptsText(lines[k], true),
  'Buffer copy + wasm': (k) => wasm.validateBytes(buffers[k]),
  'wasm, one line repeated': () => wasm.acceptsText(lines[0]),
};
for (const file of args.variant) {
  const variant = await loadWasmValidator(readFileSync(file, 'utf8'));
  rows[`encodeInto + ${basename(file)}`] = (k) => variant.acceptsText(lines[k]);
}
const names = Object.keys(rows);
const perLine = Object.fromEntries(names.map((n) => [n, []]));
for (let round = 0; round < Number(args.rounds) + 1; round++) {
  for (let r = 0; r < names.length; r++) {
    const name = names[(r + round) % names.length];
    const row = rows[name];
    let accepted = 0;
    const micros = cpuMicros(() => {
      for (let k = 0; k < lines.length; k++) if (row(k)) accepted++;
    });
    if (accepted !== lines.length) throw new Error(`${name} rejected ${lines.length - accepted} lines`);
    if (round > 0) perLine[name].push((micros * 1000) / lines.length); // round 0 warms up
  }
}
const chars = lines.reduce((n, l) => n + l.length, 0) / lines.length;
console.log(`${lines.length} lines, ${chars.toFixed(0)} characters each on average; ${args.rounds} rounds, CPU time`);
console.log('row | best ns/line | ns/char | median × JSON.parse [quartiles]');
for (const name of names) {
  const ratios = perLine[name].map((ns, i) => perLine['JSON.parse'][i] / ns);
  const [q1, q3] = quartiles(ratios);
  const best = Math.min(...perLine[name]);
  console.log(`${name} | ${best.toFixed(0)} | ${(best / chars).toFixed(2)} | ${median(ratios).toFixed(2)} [${q1.toFixed(2)}–${q3.toFixed(2)}]`);
}
