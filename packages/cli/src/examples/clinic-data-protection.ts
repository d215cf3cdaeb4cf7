/**
 * The clinic of the SNS message data protection announcement ("Introducing message data protection
 * for Amazon SNS"): one topic, a policy with audit, deny-inbound, deny-outbound-billing and
 * deny-outbound-scheduling statements, and the publishes of the blog's testing steps. Each step
 * runs through the publish flow; the outcomes it states (verdict, deliveries, audit findings) are
 * checked and every difference is reported.
 */
import { join } from 'node:path';
import { parseJsonSafe } from '@arbiter/ir';
import { CliInputError, readJson, readText, type CliIo } from '../io.js';
import { describePublish } from '../commands/dp/describe-publish.js';
import { checkPolicyText } from '../commands/dp/policy-input.js';
import { reportPublish } from '../commands/dp/publish-report.js';
import { checkPublishStep, readPublishStep, type PublishStep } from './clinic-steps.js';
import type { Scenario, ScenarioReport } from './scenario.js';

interface Topic {
  topicArn: string;
  subscriptions: Record<string, string>;
}

export const clinicDataProtection: Scenario = {
  folder: 'clinic-data-protection',
  run(dir: string, io: CliIo): ScenarioReport {
    const policyFile = join(dir, 'policy.json');
    const checked = checkPolicyText(readText(io, policyFile));
    if (!checked.ok) throw new CliInputError(`${policyFile}: ${checked.diagnostics[0]?.message ?? 'invalid policy'}`, checked.diagnostics);
    const topic = readTopic(io, join(dir, 'topic.json'));
    const report: ScenarioReport = { title: 'SNS message data protection: the clinic (audit, deny inbound, deny outbound per subscriber)', lines: [], results: [], mismatches: [] };
    for (const step of readSteps(io, join(dir, 'publishes.jsonl'))) {
      const label = `step ${step.steps}`;
      const run = reportPublish(checked.policy, {
        message: step.message, principal: step.principal, subscriptions: topic.subscriptions, topicArn: topic.topicArn,
        messageId: `clinic-step-${step.steps}`, ...(step.sampled === undefined ? {} : { sampled: step.sampled }),
      });
      if (!run.ok) {
        report.mismatches.push(`${label}: the message cannot be published: ${run.diagnostics[0]?.message}`);
        continue;
      }
      const [verdict, ...details] = describePublish(run.value, '    ');
      report.lines.push(`${label}: ${step.title}`, `  ${step.principal} publishes "${step.message}"`, `  ${verdict}`, ...details);
      report.mismatches.push(...checkPublishStep(step, run.value).map((m) => `${label} (${step.title}): ${m}`));
      report.results.push({ steps: step.steps, title: step.title, case: step.case, outcome: run.value });
    }
    return report;
  },
};

function readTopic(io: CliIo, file: string): Topic {
  const t = readJson(io, file, 'input') as Partial<Topic> | null;
  const subs = t?.subscriptions;
  const valid = typeof t?.topicArn === 'string' && subs !== null && typeof subs === 'object' && Object.values(subs).every((v) => typeof v === 'string');
  if (!valid) throw new CliInputError(`${file}: expected {"topicArn": "...", "subscriptions": {"name": "principal ARN"}}`);
  return t as Topic;
}

function readSteps(io: CliIo, file: string): PublishStep[] {
  return readText(io, file).split('\n').flatMap((line, i) => {
    if (line.trim() === '') return [];
    const parsed = parseJsonSafe(line, { document: 'input' });
    const step = parsed.ok ? readPublishStep(parsed.value.value) : (parsed.diagnostics[0]?.message ?? 'invalid JSON');
    if (typeof step === 'string') throw new CliInputError(`${file}:${i + 1}: ${step}`);
    return [step];
  });
}
