// `npm run bench [-- --quick] [-- --only sns,dp,iam] [-- --json FILE] [-- --compare BASE.json]`
// Runs the benchmarks against the built packages, prints Markdown tables, optionally writes every
// figure as JSON and compares with an earlier run (changes inside run-to-run noise are marked so).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { compareRuns, formatComparison } from './compare.mjs';
import { formatReport } from './format.mjs';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    json: { type: 'string' },
    compare: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log('usage: npm run bench -- [--quick] [--only sns,dp,iam,eb,iam-data] [--json OUT.json] [--compare BASE.json]');
  process.exit(0);
}

const only = new Set((values.only ?? 'sns,dp,iam').split(',').map((s) => s.trim()));
const report = { node: process.version, date: new Date().toISOString(), quick: values.quick };

async function optional(file, fn) {
  if (!existsSync(new URL(file, import.meta.url))) return undefined;
  const mod = await import(file);
  const result = await mod[fn]({ quick: values.quick });
  return Array.isArray(result) ? { rows: result } : result;
}

if (only.has('sns')) {
  const { benchRouter } = await import('./sns-router.mjs');
  Object.assign(report, await benchRouter({ quick: values.quick }));
}
if (only.has('dp')) report.dataProtection = await optional('./data-protection.mjs', 'benchDataProtection');
if (only.has('iam')) report.iam = await optional('./iam.mjs', 'benchIam');
// Custom identifier regex back ends (re2 / re2js / re2-wasm): only when asked, `--only regex`.
if (only.has('regex')) report.regexEngines = await optional('./regex-engines.mjs', 'benchRegexEngines');
// EventBridge patterns: `--only eb` (not in the default set, so earlier baselines compare alike).
if (only.has('eb')) report.eventPattern = await (await import('./event-pattern.mjs')).benchEventPatterns({ quick: values.quick });

// Loading the IAM service authorization data (time, memory): `--only iam-data`.
if (only.has('iam-data')) report.iamData = await (await import('./iam-data.mjs')).benchIamData({ quick: values.quick });

// Pairwise analysis of many subscriptions: `--only analysis` (minutes at 1,000; not in the default set).
if (only.has('analysis')) report.analysis = await (await import('./analysis.mjs')).benchAnalysis({ quick: values.quick });

console.log(formatReport(report));
if (report.analysis) console.log((await import('./analysis.mjs')).formatAnalysis(report.analysis));
if (report.iamData) console.log((await import('./iam-data.mjs')).formatIamData(report.iamData));
if (report.eventPattern) console.log((await import('./event-pattern.mjs')).formatEventPatterns(report.eventPattern));
if (values.json) writeFileSync(values.json, JSON.stringify(report, null, 2) + '\n');
if (values.compare) {
  const base = JSON.parse(readFileSync(values.compare, 'utf8'));
  const comparison = compareRuns(base, report);
  console.log(formatComparison(comparison));
  if (comparison.some((c) => c.verdict === 'slower')) process.exitCode = 1;
}
