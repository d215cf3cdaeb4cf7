/**
 * Data protection scanning: a setup is a scanner's identifiers (managed and adversarial custom
 * ones), created once as the reference and the compiled scanner; each text's answer is its
 * findings.
 */
import { createScanner } from '@arbiter/data-protection';
import { dpScannerArb, dpTextArb } from '../generators.js';
import type { Family, Prepared } from '../targets.js';

export type DpSetup = { identifiers: string[]; custom: Array<{ name: string; regex: string }> };

const EVALUATORS = ['dp-reference', 'dp-compiled'] as const;

function prepare({ identifiers, custom }: DpSetup): Prepared<string> {
  const reference = createScanner({ identifiers, custom, mode: 'reference' });
  const compiled = createScanner({ identifiers, custom, mode: 'compiled' });
  const findings = (scanner: typeof reference) => (text: string) =>
    scanner.ok ? JSON.stringify(scanner.value.scan(text).map((f) => [f.name, f.start, f.end, f.pointer])) : 'invalid';
  return {
    evaluate: [
      [EVALUATORS[0], findings(reference)],
      [EVALUATORS[1], findings(compiled)],
    ],
    ...(reference.ok !== compiled.ok ? { problem: `reference scanner ${reference.ok}, compiled scanner ${compiled.ok}` } : {}),
    asCases(text, answers) {
      const found = answers[EVALUATORS[0]];
      const expect = found === undefined || found === 'invalid' ? [] : (JSON.parse(found) as Array<[string, number, number]>).map(([name, start, end]) => ({ name, start, end }));
      return [{
        kind: 'data-protection', source: 'fuzz', confidence: 'derived', text: text ?? '', identifiers,
        customIdentifiers: custom.map((c) => ({ Name: c.name, Regex: c.regex })), expect, note: `fuzz: ${JSON.stringify(answers).slice(0, 2000)}`,
      }];
    },
  };
}

export const dpFamily: Family<DpSetup, string> = {
  name: 'data-protection',
  evaluators: EVALUATORS,
  setups: dpScannerArb,
  inputs: dpTextArb,
  batch: { setups: 4, inputs: 250 },
  setupSize: (s) => JSON.stringify(s).length,
  inputSize: (text) => text.length,
  prepare,
};
