/**
 * Templates: `arbiter validate`'s `validateFile` on generated YAML and JSON files. There is one
 * implementation, so the checks are no throw and no call over budget.
 */
import fc from 'fast-check';
import { validateFile } from '../../../packages/cli/src/templates/validate-file.js';
import { templateArb, type TemplateInput } from '../generators.js';
import type { Family, Prepared } from '../targets.js';

const PREPARED: Prepared<TemplateInput> = {
  evaluate: [['template', ({ name, text }) => validateFile(name, text, { explicit: true }).findings.map((f) => f.code).join(',')]],
  asCases: (input, answers) => [{ kind: 'template', source: 'fuzz', file: input?.name, text: input?.text, findings: answers['template'] }],
};

export const templateFamily: Family<null, TemplateInput> = {
  name: 'template',
  evaluators: ['template'],
  setups: fc.constant(null),
  inputs: templateArb,
  batch: { setups: 1, inputs: 500 },
  setupSize: () => 0,
  inputSize: (t) => t.text.length,
  prepare: () => PREPARED,
};
