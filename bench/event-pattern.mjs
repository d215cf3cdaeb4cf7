// The EventBridge row (issue #11 item 5): the citylots pattern sets in EventBridge syntax (the
// upstream event-ruler / quamina patterns from citylots-patterns.index.jsonl; the three extras,
// which have no upstream form, as their SNS policy, which is valid EventBridge), routed through
// createEventRouter (which registers them in the shared router, @arbiter/sns-filter's RuleRouter).
// Match counts are checked against the single-pattern matcher before timing; each row is a ratio
// to JSON.parse measured beside it (paired.mjs). The SNS router on the same 44 policies runs in the
// same process, so the target (at least the SNS router's ratio) is compared under the same load.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileEventPattern, createEventRouter } from '@arbiter/event-pattern';
import { createRouter } from '@arbiter/sns-filter';
import { loadCitylots, loadPatterns } from './data.mjs';
import { measure } from './measure.mjs';
import { measurePaired } from './paired.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const round = (x) => Math.round(x * 1000) / 1000;

/** The 44 citylots patterns as EventBridge patterns. */
export function loadEventPatterns() {
  const policies = readFileSync(join(here, 'data', 'citylots-patterns.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const index = readFileSync(join(here, 'data', 'citylots-patterns.index.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  return index.map((entry, i) => ({ id: entry.id, pattern: entry.upstreamPattern ?? policies[i] }));
}

export async function benchEventPatterns({ quick = false } = {}) {
  const { lines: raw, source } = loadCitylots(quick ? 5_000 : 20_000);
  const lines = raw.map((l) => Buffer.from(l, 'utf8').toString('utf8'));
  const patterns = loadEventPatterns();
  const router = createEventRouter(patterns);
  if (!router.ok) throw new Error(`event patterns: ${router.diagnostics[0].message}`);
  const matchers = patterns.map((p) => {
    const m = compileEventPattern(p.pattern);
    if (!m.ok) throw new Error(`${p.id}: ${m.diagnostics[0].message}`);
    return { id: p.id, matcher: m.value };
  });
  // Correctness first: the router's counts equal the single-pattern matchers' on every line.
  const single = new Map(patterns.map((p) => [p.id, 0]));
  const routed = new Map(patterns.map((p) => [p.id, 0]));
  for (const line of lines) {
    const event = JSON.parse(line);
    for (const m of matchers) if (m.matcher.match(event).matched) single.set(m.id, single.get(m.id) + 1);
    for (const id of router.value.route(line)) routed.set(id, routed.get(id) + 1);
  }
  for (const [id, n] of single) if (routed.get(id) !== n) throw new Error(`event patterns: router and matcher disagree on ${id}: router ${routed.get(id)}, matcher ${n}`);
  const sns = createRouter(loadPatterns());
  if (!sns.ok) throw new Error(`SNS policies: ${sns.diagnostics[0].message}`);

  let sink = 0;
  const one = matchers[0].matcher;
  const naiveLines = lines.slice(0, 2_000);
  const parse = { name: 'JSON.parse only', items: lines.length, fn: () => { for (const l of lines) sink += JSON.parse(l) ? 1 : 0; } };
  const tasks = [
    { name: 'compiled single-pattern matcher', items: lines.length, fn: () => { for (const l of lines) sink += one.match(JSON.parse(l)).matched ? 1 : 0; } },
    { name: 'naive loop, 44 patterns', items: naiveLines.length, fn: () => { for (const l of naiveLines) { const e = JSON.parse(l); for (const m of matchers) sink += m.matcher.match(e).matched ? 1 : 0; } } },
    { name: 'router citylots-44 (EventBridge)', items: lines.length, fn: () => { for (const l of lines) sink += router.value.route(l).length; } },
    { name: 'SNS router citylots-44, same run (the target)', items: lines.length, fn: () => { for (const l of lines) sink += sns.value.route({ body: l }).length; } },
  ];
  const [base] = await measure([parse], { iterations: quick ? 3 : 5 });
  const rounds = quick ? 5 : 9;
  const rows = tasks.map((t) => ({ name: t.name, ...measurePaired(parse.fn, parse.items, t.fn, t.items, { rounds }) }));
  if (sink === -1) console.log(sink);
  return {
    source,
    lines: lines.length,
    patterns: patterns.length,
    baseline: { eventsPerSecond: Math.round(base.perSecond), rme: round(base.rme) },
    rows: rows.map((r) => ({ name: r.name, eventsPerSecond: Math.round(r.perSecond), ratioToParse: round(r.ratioToBaseline), rme: round(r.rme) })),
    matches: [...single.values()].reduce((a, b) => a + b, 0),
    note: `Match counts checked first: the router and the single-pattern matchers agree on all ${patterns.length} patterns over ${lines.length} lines. Ratios are medians of ${rounds} paired rounds against JSON.parse.`,
  };
}

export function formatEventPatterns(r) {
  const fmt = (n) => n.toLocaleString('en-US');
  const out = ['', `### EventBridge patterns (${fmt(r.lines)} citylots lines, ${r.patterns} patterns, ${r.source})`, '', '| what | events/s | ratio to JSON.parse |', '|---|---:|---:|'];
  out.push(`| JSON.parse only (baseline) | ${fmt(r.baseline.eventsPerSecond)} | 1.000 |`);
  for (const row of r.rows) out.push(`| ${row.name} | ${fmt(row.eventsPerSecond)} | ${row.ratioToParse} |`);
  out.push('', `${r.note} ${fmt(r.matches)} matches in all.`);
  return out.join('\n');
}
