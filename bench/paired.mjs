// Paired timing for ratios on a shared, noisy machine: the baseline pass and the measured pass
// alternate round by round, each round gives one ratio (baseline time ÷ task time), and the
// figure is the median ratio, so load that drifts over the run (other processes) cancels out
// instead of landing on whichever task ran during it. `rme` is the half-spread of the middle
// half of the ratios, in percent of the median (used by --compare as the noise band).
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

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
  const sorted = [...ratios].sort((a, b) => a - b);
  const q1 = sorted[Math.floor((sorted.length - 1) / 4)];
  const q3 = sorted[Math.ceil(((sorted.length - 1) * 3) / 4)];
  return { perSecond: median(rates), ratioToBaseline: ratio, rme: ((q3 - q1) / 2 / ratio) * 100 };
}
