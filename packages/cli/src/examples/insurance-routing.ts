/**
 * The insurance lead routing of the SNS payload-filtering announcement: S3 `ObjectCreated` events
 * for quotes routed to the auto- and home-insurance subscriptions. Each message goes through the
 * router and, for the reasons, through every subscription's own matcher; the two must agree.
 */
import { join } from 'node:path';
import { compileFilterPolicy, createRouter, type FilterMatcher, type Subscription } from '@arbiter/sns-filter';
import { CliInputError, readJson, readText, type CliIo } from '../io.js';
import type { Scenario, ScenarioReport } from './scenario.js';

interface ExampleMessage {
  title: string;
  body: string;
  expect: string[];
}

export const insuranceRouting: Scenario = {
  folder: 'insurance-routing',
  run(dir: string, io: CliIo): ScenarioReport {
    const subs = readJson(io, join(dir, 'subscriptions.json'), 'input') as Subscription[];
    const router = createRouter(subs);
    if (!router.ok) throw new CliInputError(`${dir}/subscriptions.json: ${router.diagnostics[0]?.message}`, router.diagnostics);
    const matchers = new Map<string, FilterMatcher>();
    for (const s of subs) {
      const m = compileFilterPolicy(s.policy, s.scope ? { scope: s.scope } : {});
      if (!m.ok) throw new CliInputError(`${dir}/subscriptions.json: subscription ${s.id}: ${m.diagnostics[0]?.message}`, m.diagnostics);
      matchers.set(s.id, m.value);
    }
    const report: ScenarioReport = { title: 'SNS payload filtering: insurance lead routing', lines: [], results: [], mismatches: [] };
    const messages = readText(io, join(dir, 'messages.jsonl')).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as ExampleMessage);
    for (const msg of messages) {
      const routed = router.value.route({ body: msg.body });
      report.lines.push(`${msg.title}:`);
      const verdicts: Record<string, unknown> = {};
      for (const [id, matcher] of matchers) {
        const d = matcher.match({ body: msg.body });
        verdicts[id] = d;
        report.lines.push(`  ${id.padEnd(22)} ${d.delivered ? 'delivered' : `filtered out (${d.metric}): ${d.reason}`}`);
        if (d.delivered !== routed.includes(id)) report.mismatches.push(`${msg.title}: router and matcher disagree on ${id}`);
      }
      const expected = [...msg.expect].sort().join(',');
      if ([...routed].sort().join(',') !== expected) report.mismatches.push(`${msg.title}: routed to [${routed.join(', ')}], example expects [${msg.expect.join(', ')}]`);
      report.results.push({ title: msg.title, routed, verdicts });
    }
    return report;
  },
};
