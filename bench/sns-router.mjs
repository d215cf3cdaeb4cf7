// The SNS router benchmark (issue #2 item 10, issue #5): events/second over citylots-shaped lines
// for JSON.parse alone (the baseline), a naive per-policy loop, the compiled single-policy matcher,
// and the shared-index router at growing subscription counts (lazy text extraction by default,
// plus two rows with the JSON.parse extraction), each as a ratio to the baseline measured beside
// it in the same process (paired.mjs). Match counts are checked against the naive loop before
// timing. Also: attribute-scope messages/s at 1,000 subscriptions, memory and compile time per
// subscription, incremental add/remove.
import { compileFilterPolicy, createRouter } from '@arbiter/sns-filter';
import { generateAttributeMessages, generateAttributeSubscriptions } from './attribute-subscriptions.mjs';
import { loadCitylots, loadPatterns } from './data.mjs';
import { heapUsed, measure } from './measure.mjs';
import { measurePaired } from './paired.mjs';
import { familyNames, generateSubscriptions, harvestValues } from './subscriptions.mjs';

function compileAll(subs) {
  return subs.map((s) => {
    const m = compileFilterPolicy(s.policy, { scope: s.scope });
    if (!m.ok) throw new Error(`${s.id}: ${m.diagnostics[0].message}`);
    return { id: s.id, matcher: m.value };
  });
}

/** Per-subscription match counts by looping every matcher over one parse of each line. */
function naiveCounts(matchers, lines) {
  const counts = new Map(matchers.map((m) => [m.id, 0]));
  for (const line of lines) {
    const root = JSON.parse(line);
    for (const m of matchers) if (m.matcher.matchParsedBody(root).delivered) counts.set(m.id, counts.get(m.id) + 1);
  }
  return counts;
}

function routerCounts(router, ids, lines) {
  const counts = new Map(ids.map((id) => [id, 0]));
  for (const line of lines) for (const id of router.route({ body: line })) counts.set(id, counts.get(id) + 1);
  return counts;
}

function checkAgreement(label, naive, routed) {
  for (const [id, n] of naive) {
    if (routed.get(id) !== n) throw new Error(`${label}: router and naive loop disagree on ${id}: router ${routed.get(id)}, naive ${n}`);
  }
}

export async function benchRouter({ quick = false } = {}) {
  const sampleSize = quick ? 5_000 : 20_000;
  const loaded = loadCitylots(sampleSize);
  const source = loaded.source;
  // Each line as a string of its own, as a message body arrives off the wire: slices of the one
  // decompressed file are V8 "sliced strings", which add an indirection to every character read.
  const lines = loaded.lines.map((l) => Buffer.from(l, 'utf8').toString('utf8'));
  const bytes = lines.reduce((n, l) => n + l.length, 0);
  const values = harvestValues(lines);
  const patterns = loadPatterns();
  const iterations = quick ? 3 : 5;

  const sets = [];
  for (const f of familyNames) sets.push({ set: `family:${f}`, subs: generateSubscriptions(5, values, { family: f }) });
  sets.push({ set: 'citylots-44', subs: patterns });
  for (const n of [200, 1_000, 10_000]) sets.push({ set: `mixed-${n}`, subs: generateSubscriptions(n, values) });
  for (const n of [1_000, 10_000, 100_000]) sets.push({ set: `exact-${n}`, subs: generateSubscriptions(n, values, { family: 'exact' }) });
  // The reference extraction (JSON.parse, then the walk) beside the lazy one, for comparison.
  for (const name of ['citylots-44', 'exact-1000']) sets.push({ set: `${name} (parse extraction)`, subs: sets.find((x) => x.set === name).subs, options: { extraction: 'parse' } });
  // Bodies that arrive as UTF-8 bytes (a Buffer per line), decoded by the router (issue #16 item 2).
  const buffers = lines.map((l) => Buffer.from(l, 'utf8'));
  sets.push({ set: 'citylots-44 (bodies as bytes)', subs: sets.find((x) => x.set === 'citylots-44').subs, bodies: buffers });

  // Correctness first: every set's router counts equal the naive loop's (on a smaller sample for big sets).
  const checks = [];
  for (const s of sets) {
    // The naive loop costs lines × subscriptions: big sets are checked on fewer lines.
    const checkLines = s.subs.length >= 100_000 ? lines.slice(0, 200) : s.subs.length >= 1_000 ? lines.slice(0, 2_000) : lines;
    const router = createRouter(s.subs, s.options);
    if (!router.ok) throw new Error(`${s.set}: ${router.diagnostics[0].message}`);
    const naive = naiveCounts(compileAll(s.subs), checkLines);
    const checkBodies = s.bodies ? s.bodies.slice(0, checkLines.length) : checkLines;
    checkAgreement(s.set, naive, routerCounts(router.value, s.subs.map((x) => x.id), checkBodies));
    checks.push({ set: s.set, subscriptions: s.subs.length, lines: checkLines.length, matches: [...naive.values()].reduce((a, b) => a + b, 0) });
    s.router = router.value;
  }

  const single = compileAll([patterns[0]])[0].matcher;
  const naive44 = compileAll(patterns);
  const naive1000 = compileAll(sets.find((s) => s.set === 'mixed-1000').subs);
  const naiveLines = lines.slice(0, 2_000);
  let sink = 0;
  const tasks = [
    { name: 'JSON.parse only', items: lines.length, fn: () => { for (const l of lines) sink += JSON.parse(l) ? 1 : 0; } },
    { name: 'naive loop, 44 policies', items: naiveLines.length, fn: () => { for (const l of naiveLines) { const r = JSON.parse(l); for (const m of naive44) sink += m.matcher.matchParsedBody(r).delivered ? 1 : 0; } } },
    { name: 'naive loop, 1,000 policies', items: naiveLines.length, fn: () => { for (const l of naiveLines) { const r = JSON.parse(l); for (const m of naive1000) sink += m.matcher.matchParsedBody(r).delivered ? 1 : 0; } } },
    { name: 'compiled single-policy matcher', items: lines.length, fn: () => { for (const l of lines) sink += single.match({ body: l }).delivered ? 1 : 0; } },
    ...sets.map((s) => ({ name: `router ${s.set}`, items: lines.length, set: s, fn: () => { for (const l of s.bodies ?? lines) sink += s.router.route({ body: l }).length; } })),
  ];
  // The baseline alone (its own figure), then every other task paired with it round by round.
  const [base] = await measure([tasks[0]], { iterations });
  const rounds = quick ? 5 : 9;
  const results = [base, ...tasks.slice(1).map((t) => ({ name: t.name, ...measurePaired(tasks[0].fn, tasks[0].items, t.fn, t.items, { rounds }) }))];
  const attributeRoute = await benchAttributes(iterations, quick);
  const delivered = await deliveredCost(sets, lines, iterations);
  const parseRate = results[0].perSecond;

  // Memory and compile time per subscription at 10,000 subscriptions.
  const big = sets.find((s) => s.set === 'mixed-10000').subs;
  const before = heapUsed();
  const t0 = performance.now();
  const held = createRouter(big);
  const compileMs = performance.now() - t0;
  const after = heapUsed();
  const memory = { subscriptions: big.length, bytesPerSubscription: Math.round((after - before) / big.length), compileMsPerSubscription: compileMs / big.length };
  // Incremental add/remove on the 10,000-subscription router.
  const extra = generateSubscriptions(100, values, { seed: 7 }).map((s) => ({ ...s, id: `extra-${s.id}` }));
  const t1 = performance.now();
  for (const s of extra) held.value.add(s);
  const addMs = (performance.now() - t1) / extra.length;
  const t2 = performance.now();
  for (const s of extra) held.value.remove(s.id);
  const removeMs = (performance.now() - t2) / extra.length;
  if (sink === -1) console.log(sink);

  const route = results.filter((r, i) => tasks[i].set).map((r, i0) => {
    const s = tasks.find((t) => t.name === r.name).set;
    return { set: s.set, subscriptions: s.subs.length, eventsPerSecond: Math.round(r.perSecond), ratioToParse: round(r.ratioToBaseline), rme: round(r.rme) };
  });
  return {
    source,
    lines: lines.length,
    meanLineBytes: Math.round(bytes / lines.length),
    baseline: { name: 'JSON.parse only', eventsPerSecond: Math.round(parseRate), mbPerSecond: round((parseRate * bytes) / lines.length / 1e6), rme: round(results[0].rme) },
    others: results.slice(1, 4).map((r) => ({ name: r.name, eventsPerSecond: Math.round(r.perSecond), ratioToParse: round(r.ratioToBaseline), rme: round(r.rme) })),
    ratioNote: `Ratios are medians of ${rounds} rounds, each timing the row and a JSON.parse pass over the same lines back to back.`,
    route,
    attributeRoute,
    delivered,
    checks,
    memory: { ...memory, compileMsPerSubscription: round(memory.compileMsPerSubscription), addMsPerSubscription: round(addMs), removeMsPerSubscription: round(removeMs) },
  };
}

/**
 * Issue #16's mixed rows: nanoseconds per delivered id, beside the cost of writing the same output
 * arrays alone (each line's ids copied into a fresh array sized once, as the router builds it).
 */
async function deliveredCost(sets, lines, iterations) {
  const rows = [];
  for (const name of ['mixed-1000', 'mixed-10000']) {
    const s = sets.find((x) => x.set === name);
    const routed = lines.map((l) => s.router.route({ body: l }));
    const ids = routed.reduce((n, r) => n + r.length, 0);
    let sink = 0;
    const [route, write] = await measure([
      { name: 'route', items: lines.length, fn: () => { for (const l of lines) sink += s.router.route({ body: l }).length; } },
      { name: 'output only', items: lines.length, fn: () => { for (const r of routed) { const a = new Array(r.length); for (let k = 0; k < r.length; k++) a[k] = r[k]; sink += a.length; } } },
    ], { iterations });
    if (sink === -1) console.log(sink);
    const nsPerId = (route.meanMs * 1e6) / ids;
    const outputNsPerId = (write.meanMs * 1e6) / ids;
    rows.push({ set: name, idsPerLine: round(ids / lines.length), nsPerId: round(nsPerId), outputNsPerId: round(outputNsPerId), ratioToOutput: round(nsPerId / outputNsPerId) });
  }
  return rows;
}

/** MessageAttributes scope: 1,000 subscriptions over generated order messages (counts checked first). */
async function benchAttributes(iterations, quick) {
  const subs = generateAttributeSubscriptions(1_000);
  const messages = generateAttributeMessages(quick ? 5_000 : 20_000);
  const router = createRouter(subs);
  if (!router.ok) throw new Error(`attributes: ${router.diagnostics[0].message}`);
  const matchers = compileAll(subs);
  const naive = new Map(matchers.map((m) => [m.id, 0]));
  const checkMessages = messages.slice(0, 1_000);
  for (const msg of checkMessages) for (const m of matchers) if (m.matcher.match(msg).delivered) naive.set(m.id, naive.get(m.id) + 1);
  const routed = new Map(subs.map((s) => [s.id, 0]));
  for (const msg of checkMessages) for (const id of router.value.route(msg)) routed.set(id, routed.get(id) + 1);
  checkAgreement('attributes-1000', naive, routed);
  let sink = 0;
  const [r] = await measure([{ name: 'attributes', items: messages.length, fn: () => { for (const m of messages) sink += router.value.route(m).length; } }], { iterations });
  if (sink === -1) console.log(sink);
  const matches = [...naive.values()].reduce((a, b) => a + b, 0);
  return [{ set: 'attributes-1000', subscriptions: subs.length, messagesPerSecond: Math.round(r.perSecond), rme: round(r.rme), matchesPerMessage: round(matches / checkMessages.length) }];
}

const round = (x) => Math.round(x * 1000) / 1000;
