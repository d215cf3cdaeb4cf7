import RE2 from 're2';
function t(label, f) { const s = performance.now(); const r = f(); console.log(label, (performance.now() - s).toFixed(0), 'ms', r); }
for (const n of [16384, 32768, 65536]) {
  const text = 'a'.repeat(n);
  t(`a+b|a exec n=${n}`, () => { const re = new RE2('a+b|a', 'g'); let c = 0; while (re.exec(text)) c++; return c; });
  t(`(?:a+b|a) sticky-slices n=${n}`, () => { const re = new RE2('a+b|a', 'g'); const buf = Buffer.from(text); let c = 0; while (re.exec(buf)) c++; return c; });
}
const d = '1'.repeat(1 << 20);
t('\\d exec 1MB', () => { const re = new RE2('\\d', 'g'); let c = 0; while (re.exec(d)) c++; return c; });
t('\\d+ exec 1MB', () => { const re = new RE2('\\d+', 'g'); let c = 0; while (re.exec(d)) c++; return c; });
t('\\d replace 1MB', () => { const re = new RE2('\\d', 'g'); let c = 0; d.replace(re, (m) => { c++; return m; }); return c; });
t('\\d matchAll 1MB', () => { const re = new RE2('\\d', 'g'); let c = 0; for (const m of re[Symbol.matchAll](d)) c++; return c; });
t('\\d split 1MB', () => { const re = new RE2('(\\d)', 'g'); return d.split(re).length; });
