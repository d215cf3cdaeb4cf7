// Custom identifiers on adversarial text (issue 17 item 2): time per byte over growing inputs,
// which stays flat when the scan is linear (it grew with the size before: 228 µs per byte for
// `a+b|a` on 256 KB of `a`). One scanner per pattern, the best of `rounds` timed scans.
import { createScanner } from '@arbiter/data-protection';

const KB = 1024;
const CASES = [
  { regex: 'a+b|a', unit: 'a', label: '`a+b|a` over `a…`' },
  { regex: '.*b|a', unit: 'a', label: '`.*b|a` over `a…`' },
  { regex: '\\d', unit: '7', label: '`\\d` over digits' },
  { regex: 'x?\\b', unit: 'a ', label: '`x?\\b` over `a a …`' },
];

export function benchCustomIdentifiers({ quick = false } = {}) {
  const sizes = quick ? [16 * KB, 64 * KB] : [16 * KB, 64 * KB, 256 * KB, 1024 * KB];
  const rounds = quick ? 1 : 2;
  const rows = [];
  for (const c of CASES) {
    const scanner = createScanner({ identifiers: [], custom: [{ name: 'X', regex: c.regex }] });
    if (!scanner.ok) throw new Error(scanner.diagnostics[0].message);
    const perByte = [];
    for (const bytes of sizes) {
      const text = c.unit.repeat(Math.ceil(bytes / c.unit.length)).slice(0, bytes);
      let best = Infinity;
      for (let r = 0; r < rounds; r++) {
        const t0 = performance.now();
        scanner.value.scan(text);
        best = Math.min(best, performance.now() - t0);
      }
      const us = (best * 1000) / bytes;
      perByte.push(us);
      // mbPerSecond too, so the shared table prints a figure for these rows (MB = 2^20 characters).
      rows.push({ name: `custom ${c.label}, ${bytes / KB} KB`, bytes, usPerByte: Math.round(us * 100) / 100, mbPerSecond: Math.round((1e6 / us / 2 ** 20) * 100) / 100 });
    }
    rows.at(-1).growthSmallestToLargest = Math.round((perByte.at(-1) / perByte[0]) * 100) / 100;
  }
  const notes = ['Custom identifiers: µs per byte over growing adversarial inputs; a flat row (growth ≈ 1×) is linear time, a quadratic scan grows with the size.'];
  return { rows, notes };
}
