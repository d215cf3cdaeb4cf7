/**
 * The three seed scenarios as one SAM template (`examples/sam-template/template.yaml`), put
 * through `arbiter validate`: it must have no error, and the policies found must be the ones
 * `expect.json` counts by reading the template.
 */
import { join } from 'node:path';
import { readJson, readText, type CliIo } from '../io.js';
import { formatFinding } from '../templates/report-text.js';
import { formatSummary, summarize } from '../templates/summary.js';
import { validateFile } from '../templates/validate-file.js';
import type { Scenario, ScenarioReport } from './scenario.js';

interface TemplateExpectation {
  errors: number;
  policies: Record<string, number>;
  samPolicyTemplates: number;
  ignoredResources: number;
}

export const samTemplate: Scenario = {
  folder: 'sam-template',
  run(dir: string, io: CliIo): ScenarioReport {
    const file = join(dir, 'template.yaml');
    const expected = readJson(io, join(dir, 'expect.json'), 'input') as TemplateExpectation;
    const result = validateFile(file, readText(io, file), { explicit: true });
    const summary = summarize([result]);
    const report: ScenarioReport = { title: 'SAM template: the three scenarios through arbiter validate', lines: [], results: result.findings, mismatches: [] };
    report.lines.push(...result.findings.map(formatFinding), formatSummary(summary));
    const check = (what: string, actual: number, want: number | undefined): void => {
      if (actual !== want) report.mismatches.push(`${file}: ${actual} ${what}, expect.json says ${want}`);
    };
    check('errors', summary.errors, expected.errors);
    for (const [language, n] of Object.entries(summary.byLanguage)) check(`${language} policies`, n, expected.policies[language]);
    check('SAM policy templates', summary.samPolicyTemplates, expected.samPolicyTemplates);
    check('ignored resources', summary.ignoredResources, expected.ignoredResources);
    return report;
  },
};
