// The regex back ends for custom data identifiers (issue #18 item 7), measured in one run on the
// data protection benchmark's messages: MB/s of a policy's custom identifiers over 1 KB, 64 KB and
// 256 KB JSON messages and 256 KB adversarial texts, through `re2` (Node), `re2js` and `re2-wasm`
// (the browser candidates). Matches are checked equal across back ends before timing; a linear
// scaling check (256 KB vs 64 KB of digits, per byte) is reported for each.
import { loadavg } from 'node:os';
import { re2jsEngine } from '@arbiter/data-protection';
import { defaultRegexEngine as re2Engine } from '../packages/data-protection/dist/regex-engine-node.js';
import { re2WasmEngine } from '../packages/data-protection/dist/regex-engine-wasm.js';
import { makeAdversarial, makeJsonMessage } from './dp-messages.mjs';
import { measure } from './measure.mjs';

const KB = 1024;
const MB = 1024 * 1024;
const round = (n, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Custom identifiers a policy might hold (AWS's own examples first), all within AWS's character set. */
const PATTERNS = ['EID-\\d{9}-US', 'EmployeeID-\\d{9}', 'SKU-\\d{6}', '[A-Z]{2}\\d{6,8}', 'ord_[a-z0-9]{4,}', '\\d+\\d+\\d+x'];
const ENGINES = [re2Engine, re2jsEngine, re2WasmEngine];

function compileAll(engine) {
  return PATTERNS.map((p) => {
    const r = engine.compile(p);
    if ('error' in r) throw new Error(`${engine.name}: ${p}: ${r.error}`);
    return r;
  });
}

const scan = (compiled, text) => compiled.reduce((n, re) => n + re.matchAll(text).length / 2, 0);

export async function benchRegexEngines({ quick = false } = {}) {
  const compiled = new Map(ENGINES.map((e) => [e.name, compileAll(e)]));
  const inputs = [1 * KB, 64 * KB, 256 * KB].map((bytes) => {
    const count = Math.max(2, Math.round((quick ? 128 * KB : 512 * KB) / bytes));
    return { label: `${bytes / KB} KB JSON`, bytes: bytes * count, texts: Array.from({ length: count }, (_, i) => makeJsonMessage(bytes, i + 1)) };
  });
  for (const a of makeAdversarial(256 * KB)) inputs.push({ label: `256 KB of ${a.name}`, bytes: 256 * KB, texts: [a.text] });
  inputs.push({ label: '1 MB of digits', bytes: MB, texts: [makeAdversarial(MB)[0].text] });
  // Correctness first: every back end finds the same matches on every input.
  for (const input of inputs) {
    for (const text of input.texts) {
      const want = JSON.stringify(compiled.get('re2').map((re) => re.matchAll(text)));
      for (const e of ENGINES.slice(1)) {
        if (JSON.stringify(compiled.get(e.name).map((re) => re.matchAll(text))) !== want) throw new Error(`${e.name} disagrees with re2 on ${input.label}`);
      }
    }
  }
  const rows = [];
  const perByte = new Map();
  for (const input of inputs) {
    const matches = input.texts.reduce((n, t) => n + scan(compiled.get('re2'), t), 0);
    for (const e of ENGINES) {
      const res = compiled.get(e.name);
      const [m] = await measure([{ name: `${e.name} ${input.label}`, items: input.bytes, fn: () => { for (const t of input.texts) scan(res, t); } }], { iterations: quick ? 3 : 8, warmup: 1 });
      perByte.set(`${e.name} ${input.label}`, m.meanMs / input.bytes);
      rows.push({ name: `${e.name}, ${input.label}`, bytes: input.bytes, mbPerSecond: round(m.perSecond / MB, 3), rme: round(m.rme), matches });
    }
  }
  const notes = [
    `${PATTERNS.length} custom identifiers (${PATTERNS.map((p) => `\`${p}\``).join(', ')}); matches checked equal across back ends before timing; MB = 2^20 characters.`,
    'Linear time, per byte, 1 MB of digits ÷ 256 KB of digits (1.0 = linear): ' +
      ENGINES.map((e) => `${e.name} ${round(perByte.get(`${e.name} 1 MB of digits`) / perByte.get(`${e.name} 256 KB of digits`))}`).join(', ') + '.',
    `Load average after the run ${loadavg().map((l) => l.toFixed(1)).join(', ')} (2 cores shared with other work).`,
  ];
  return { rows, notes };
}
