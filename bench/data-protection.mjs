// The data protection scanner benchmark (issue #3 item 9, issue #5 item 3): MB/s with every
// managed identifier enabled, on 1 KB, 64 KB and 256 KB JSON messages, for the compiled scanner
// and for the separate-regex baseline measured in the same process (the package's reference
// scanner: each identifier's pattern over the whole text, then its keywords and checksum on each
// match). Adversarial inputs (256 KB of digits, of `@`, of keywords, of street words, of postcodes,
// of capitalised words) are reported per byte relative to ordinary 256 KB text. Findings are
// checked equal between both scanners before timing.
import { loadavg } from 'node:os';
import { createScanner, listManagedIdentifiers } from '@arbiter/data-protection';
import { benchLogEvents } from './dp-log-events.mjs';
import { makeAdversarial, makeJsonMessage } from './dp-messages.mjs';
import { measure } from './measure.mjs';
import { benchCustomIdentifiers } from './dp-custom.mjs';

const KB = 1024;
const MB = 1024 * 1024;
const round = (n, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

function scannerOf(mode) {
  const s = createScanner({ mode });
  if (!s.ok) throw new Error(`${mode} scanner: ${s.diagnostics[0].message}`);
  return s.value;
}

/** Throws unless both scanners report the same findings on every message; returns the count. */
function checkAgreement(label, compiled, baseline, texts) {
  let findings = 0;
  for (const text of texts) {
    const a = JSON.stringify(compiled.scan(text));
    const b = JSON.stringify(baseline.scan(text));
    if (a !== b) throw new Error(`${label}: compiled and baseline findings differ:\n${a}\n${b}`);
    findings += compiled.scan(text).length;
  }
  return findings;
}

/**
 * A floor under any separate-regex scanner: every managed pattern run over the text, with no
 * keyword, checksum or JSON work at all.
 */
function patternsOnly() {
  const patterns = listManagedIdentifiers().map((id) => new RegExp(id.pattern.source, id.pattern.flags.includes('g') ? id.pattern.flags : `${id.pattern.flags}g`));
  return {
    scan(text) {
      let n = 0;
      for (const re of patterns) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].length === 0) re.lastIndex++; else n++;
      }
      return n;
    },
  };
}

/**
 * MB/s of `scanner` over `texts` (each iteration scans all of them once), from a collected heap:
 * the best of `rounds` tinybench means, since other processes on the shared machine come and go;
 * `cpuShare` is how much of a core the process got while that round ran.
 */
async function throughput(name, scanner, texts, iterations, rounds) {
  const bytes = texts.reduce((n, t) => n + t.length, 0);
  let best;
  for (let r = 0; r < rounds; r++) {
    globalThis.gc?.();
    const cpu = process.cpuUsage();
    const wall = performance.now();
    const [m] = await measure([{ name, items: bytes, fn: () => { for (const t of texts) scanner.scan(t); } }], { iterations, warmup: r === 0 ? 2 : 1 });
    const used = process.cpuUsage(cpu);
    const cpuShare = (used.user + used.system) / 1000 / (performance.now() - wall);
    if (!best || m.perSecond > best.perSecond) best = { ...m, cpuShare };
  }
  return { mbPerSecond: best.perSecond / MB, rme: best.rme, cpuShare: best.cpuShare };
}

/** Scanner throughput rows and notes for `npm run bench`. */
export async function benchDataProtection({ quick = false } = {}) {
  const compiled = scannerOf('compiled');
  const baseline = scannerOf('reference');
  const floor = patternsOnly();
  const iterations = quick ? 3 : 8;
  const rounds = quick ? 1 : 3;
  const cpuShares = [];
  // About 1 MB of text per iteration for each size (at least two messages), from distinct seeds.
  const sizes = [1 * KB, 64 * KB, 256 * KB].map((bytes) => {
    const count = Math.max(2, Math.round((quick ? 256 * KB : MB) / bytes));
    return { bytes, label: `${bytes / KB} KB JSON`, texts: Array.from({ length: count }, (_, i) => makeJsonMessage(bytes, i + 1)) };
  });
  const adversarial = makeAdversarial(256 * KB).map((a) => ({ ...a, bytes: 256 * KB, label: `256 KB of ${a.name}`, texts: [a.text] }));

  const rows = [];
  const notes = [];
  const measured = new Map();
  // Correctness first, for every input, before anything is timed.
  const found = new Map([...sizes, ...adversarial].map((input) => [input.label, checkAgreement(input.label, compiled, baseline, input.texts)]));
  for (const input of [...sizes, ...adversarial]) {
    const findings = found.get(input.label);
    const c = await throughput(`compiled ${input.label}`, compiled, input.texts, iterations, rounds);
    const b = await throughput(`baseline ${input.label}`, baseline, input.texts, 2, rounds);
    const f = await throughput(`patterns only ${input.label}`, floor, input.texts, 3, rounds);
    cpuShares.push(c.cpuShare);
    measured.set(input.label, c.mbPerSecond);
    const perMessage = round(findings / input.texts.length, 1);
    rows.push({ name: `compiled, ${input.label}`, bytes: input.bytes, mbPerSecond: round(c.mbPerSecond), mbPerCpuSecond: round(c.mbPerSecond / c.cpuShare), ratioToBaseline: round(c.mbPerSecond / b.mbPerSecond), ratioToPatternsOnly: round(c.mbPerSecond / f.mbPerSecond), rme: round(c.rme), findingsPerMessage: perMessage });
    rows.push({ name: `separate-regex baseline, ${input.label}`, bytes: input.bytes, mbPerSecond: round(b.mbPerSecond), ratioToBaseline: 1, rme: round(b.rme), findingsPerMessage: perMessage });
    rows.push({ name: `patterns only (no keyword/checksum work), ${input.label}`, bytes: input.bytes, mbPerSecond: round(f.mbPerSecond), ratioToBaseline: round(f.mbPerSecond / b.mbPerSecond), rme: round(f.rme) });
  }
  // Messages that arrive as UTF-8 bytes (a Buffer each; issue #16 item 2): decoded once, then scanned.
  const json64 = sizes.find((s) => s.bytes === 64 * KB);
  const asBytes = await throughput('compiled 64 KB JSON as bytes', compiled, json64.texts.map((t) => Buffer.from(t, 'utf8')), iterations, rounds);
  rows.push({ name: 'compiled, 64 KB JSON as UTF-8 bytes', bytes: 64 * KB, mbPerSecond: round(asBytes.mbPerSecond), ratioToText: round(asBytes.mbPerSecond / measured.get(json64.label)), rme: round(asBytes.rme) });
  const ordinary = measured.get('256 KB JSON');
  for (const a of adversarial) {
    const slowdown = ordinary / measured.get(a.label);
    rows.find((r) => r.name === `compiled, ${a.label}`).slowdownToOrdinary = round(slowdown);
    notes.push(`Adversarial ${a.label}: ${round(slowdown)}× the time per byte of ordinary 256 KB JSON (target ≤ 3×).`);
  }
  const compiledRow = (label) => rows.find((r) => r.name === `compiled, ${label}`);
  notes.unshift(
    `All ${compiled.names.length} managed identifiers enabled; MB = 2^20 characters; findings per message: ` +
      sizes.map((s) => `${s.label} ${compiledRow(s.label).findingsPerMessage}`).join(', ') +
      '; compiled and baseline findings checked equal before timing.',
    'Baseline = the reference scanner: each identifier\'s pattern over the whole text, then a keyword regex over the 30-character window and the JSON member names, then the checksum, per match.',
    `"Patterns only" runs every managed pattern over the text and does nothing else, a floor under any separate-regex scanner; compiled ÷ patterns only: ` +
      sizes.map((s) => `${s.label} ${compiledRow(s.label).ratioToPatternsOnly}×`).join(', ') + '.',
    // On a shared machine the process may get a fraction of a core: MB per CPU-second is the figure that compares across runs.
    'Compiled MB per CPU-second (MB/s ÷ the share of a core the timing got): ' +
      [...sizes, ...adversarial].map((s) => `${s.label} ${compiledRow(s.label).mbPerCpuSecond}`).join(', ') + '.',
    `Each figure is the best of ${rounds} tinybench mean(s); load average after the run ${loadavg().map((l) => l.toFixed(1)).join(', ')} (2 cores shared with other work); ` +
      `the compiled timings got ${Math.min(...cpuShares).toFixed(2)}–${Math.max(...cpuShares).toFixed(2)} of a core.`,
  );
  const logs = await benchLogEvents({ quick });
  rows.push(...logs.rows);
  notes.push(logs.note);
  const custom = benchCustomIdentifiers({ quick });
  rows.push(...custom.rows);
  notes.push(...custom.notes);
  return { rows, notes };
}
