// IAM decisions per second: the Lambda ABAC developer policy alone, then sets of 10, 100 and 1,000
// generated identity policies. Each set is decided by the compiled evaluator and by the reference
// interpreter in the same process (both check the request first; the reference also builds its
// explanation, which is what it is for), after checking that both give the same decisions.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { checkRequest, compilePolicySet, decideReference, loadPolicySet } from '@arbiter/iam';
import { measure } from './measure.mjs';
import { generatePolicies, generateRequests, lambdaAbacRequests } from './iam-policies.mjs';

const developerPolicy = () => readFileSync(new URL('../examples/lambda-abac/policies/developer.json', import.meta.url), 'utf8');

function must(result, what) {
  if (!result.ok) throw new Error(`${what}: ${result.diagnostics.map((d) => `${d.code} ${d.path} ${d.message}`).join('; ')}`);
  return result.value;
}

const refKey = (d) => `${d.decision} ${d.deciding.map((r) => `${r.policyKind}${r.policyIndex}/${r.statementIndex}`).join(',')}`;

/** Both evaluators over one policy set; throws when they disagree on any request. */
function prepare(policies, requests) {
  const compiled = must(compilePolicySet({ identity: policies }), 'compile');
  const loaded = must(loadPolicySet({ identity: policies }), 'load');
  const reference = (req) => decideReference(loaded, must(checkRequest(req), 'request'));
  const counts = { Allow: 0, ExplicitDeny: 0, ImplicitDeny: 0 };
  for (const req of requests) {
    const c = compiled.authorize(req);
    const r = reference(req);
    if (refKey(c) !== refKey(r)) throw new Error(`compiled and reference disagree on ${JSON.stringify(req)}: ${refKey(c)} vs ${refKey(r)}`);
    counts[c.decision]++;
  }
  return { compiled, reference, counts };
}

/**
 * Rows `{ name, policies, decisionsPerSecond, ratio }`: ratio is compiled ÷ reference decisions/s;
 * compiled rows also carry `cpuDecisionsPerSecond` (decisions per second of process CPU time).
 */
export async function benchIam({ quick = false } = {}) {
  // Every request is decided by both evaluators before timing; the reference is timed on a prefix
  // of them (it is 20-300x slower, and its rate does not depend on the sample size).
  const sizes = quick ? { 1: [4000, 500], 10: [1000, 300], 100: [300, 100], 1000: [100, 20] } : { 1: [10000, 2000], 10: [4000, 1000], 100: [1000, 200], 1000: [300, 40] };
  const sets = [
    { label: 'Lambda ABAC developer policy', policies: [developerPolicy()], requests: lambdaAbacRequests(sizes[1][0]), refSample: sizes[1][1] },
    ...[10, 100, 1000].map((n) => ({
      label: `${n.toLocaleString('en-US')} generated identity policies`,
      policies: generatePolicies(n),
      requests: generateRequests(sizes[n][0]),
      refSample: sizes[n][1],
    })),
  ];
  const rows = [];
  for (const set of sets) {
    const { compiled, reference, counts } = prepare(set.policies, set.requests);
    const refRequests = set.requests.slice(0, set.refSample);
    let sink = 0;
    // Compiled rounds are short: many of them, after a warm-up long enough for the JIT. The process
    // CPU time they take is kept too: on a shared machine it moves far less with the load than wall time.
    let decided = 0;
    const cpu0 = process.cpuUsage();
    const [c] = await measure([{ name: 'compiled', items: set.requests.length, fn: () => { for (const q of set.requests) sink += compiled.authorize(q).decision.length; decided += set.requests.length; } }], { iterations: quick ? 10 : 30, warmup: 5 });
    const cpu = process.cpuUsage(cpu0);
    const cpuDecisionsPerSecond = Math.round(decided / ((cpu.user + cpu.system) / 1e6));
    const [r] = await measure([{ name: 'reference', items: refRequests.length, fn: () => { for (const q of refRequests) sink += reference(q).decision.length; } }], { iterations: quick ? 3 : 6, warmup: 1 });
    if (sink === 0) throw new Error('no decisions made');
    const ratio = Math.round((c.perSecond / r.perSecond) * 10) / 10;
    const round1 = (x) => Math.round(x * 10) / 10;
    const mix = `${counts.Allow} allow / ${counts.ExplicitDeny} deny / ${counts.ImplicitDeny} implicit of ${set.requests.length}`;
    rows.push({ name: `iam compiled: ${set.label}`, policies: set.policies.length, decisionsPerSecond: Math.round(c.perSecond), cpuDecisionsPerSecond, ratio, rme: round1(c.rme), decisions: mix });
    rows.push({ name: `iam reference: ${set.label}`, policies: set.policies.length, decisionsPerSecond: Math.round(r.perSecond), ratio: 1, rme: round1(r.rme), decisions: mix });
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await benchIam({ quick: process.argv.includes('--quick') });
  for (const row of rows) {
    const cpu = row.cpuDecisionsPerSecond ? `  cpu ${row.cpuDecisionsPerSecond.toLocaleString('en-US')}/s` : '';
    console.log(`${row.name.padEnd(58)} ${String(row.policies).padStart(5)} policies ${row.decisionsPerSecond.toLocaleString('en-US').padStart(12)}/s  ${row.ratio.toFixed(1).padStart(6)}x  ±${row.rme.toFixed(1)}%${cpu}  (${row.decisions})`);
  }
}
