// Paired timing for ratios on a shared, noisy machine: the baseline pass and the measured pass
// alternate round by round, each round gives one ratio (baseline time ÷ task time), and the
// figure is the median ratio, so load that drifts over the run (other processes) cancels out
// instead of landing on whichever task ran during it. `rme` is the half-spread of the middle
// half of the ratios, in percent of the median (used by --compare as the noise band).
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The first and third quartiles of `xs` (the middle half's bounds). */
export const quartiles = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return [s[Math.floor((s.length - 1) / 4)], s[Math.ceil(((s.length - 1) * 3) / 4)]];
};

/** Microseconds of CPU time (user + system) `fn` takes: steady under other processes' load. */
export function cpuMicros(fn) {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return used.user + used.system;
}

function time(fn) {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** `{ perSecond, ratioToBaseline, rme }` for `task` over `items` items against `baseline` over `baseItems`. */
export function measurePaired(baseline, baseItems, task, items, { rounds = 7, warmup = 1 } = {}) {
  for (let i = 0; i < warmup; i++) {
    baseline();
    task();
  }
  const ratios = [];
  const rates = [];
  for (let r = 0; r < rounds; r++) {
    // Alternate which goes first, so neither always runs right after a GC of the other's garbage.
    const [b, t] = r % 2 ? [time(baseline), time(task)] : (() => { const t0 = time(task); return [time(baseline), t0]; })();
    const baseRate = baseItems / b;
    const rate = items / t;
    ratios.push(rate / baseRate);
    rates.push(rate * 1000);
  }
  const ratio = median(ratios);
  const [q1, q3] = quartiles(ratios);
  return { perSecond: median(rates), ratioToBaseline: ratio, rme: ((q3 - q1) / 2 / ratio) * 100 };
}
