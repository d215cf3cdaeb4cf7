/**
 * One fuzz target per evaluator: run an input through every implementation, report a throw or a
 * disagreement, and give the case in its corpus format (the reference's answer as `expect`) so a
 * counterexample can be kept in `conformance/local/`.
 */
import { compileFilterPolicy, createRouter, validateFilterPolicy, type SnsMessage } from '@arbiter/sns-filter';
import { createScanner } from '@arbiter/data-protection';
import { authorize, type IamRequest, type PolicySet } from '@arbiter/iam';
import { validateFile } from '../../packages/cli/src/templates/validate-file.js';

export interface Outcome {
  /** Size of the input in characters (time-per-byte uses it). */
  bytes: number;
  /** Why this input is a counterexample (a disagreement); undefined when all agree. */
  problem?: string;
  /** The input as a corpus case, with the reference's answer as `expect`. */
  asCase(): Record<string, unknown>;
}

export interface Target<T> {
  name: 'sns-filter' | 'data-protection' | 'iam' | 'template';
  run(input: T): Outcome;
  /** Disagreements already filed elsewhere (issue 17 items 3 and 4), kept out of the failing count. */
  known?(input: T): boolean;
}

export type SnsInput = { scope: 'MessageAttributes' | 'MessageBody'; policy: Record<string, unknown>; message: SnsMessage };
export const snsTarget: Target<SnsInput> = {
  name: 'sns-filter',
  run({ scope, policy, message }) {
    const bytes = JSON.stringify(policy).length + (message.body?.length ?? 0) + JSON.stringify(message.attributes ?? {}).length;
    const valid = validateFilterPolicy(policy, { scope });
    const reference = compileFilterPolicy(policy, { scope, mode: 'reference' });
    const compiled = compileFilterPolicy(policy, { scope });
    const answers: Record<string, string> = {};
    if (reference.ok && compiled.ok && valid.ok) {
      answers.reference = reference.value.match(message).delivered ? 'match' : 'no-match';
      answers.compiled = compiled.value.match(message).delivered ? 'match' : 'no-match';
      for (const extraction of ['lazy', 'parse'] as const) {
        const router = createRouter([{ id: 's', scope, policy }], { extraction });
        if (router.ok) answers[`router-${extraction}`] = router.value.route(message).length > 0 ? 'match' : 'no-match';
      }
    } else if (reference.ok !== compiled.ok || reference.ok !== valid.ok) answers.validation = 'validate, reference and compiled disagree on validity';
    const distinct = new Set(Object.values(answers));
    const expect = valid.ok ? (answers.reference ?? 'invalid-policy') : 'invalid-policy';
    return {
      bytes,
      ...(distinct.size > 1 || answers.validation ? { problem: JSON.stringify(answers) } : {}),
      asCase: () => ({ kind: 'sns-filter', source: 'fuzz', confidence: 'derived', scope, policy, message, expect, note: `fuzz: ${JSON.stringify(answers)}` }),
    };
  },
  known: ({ policy, message }) => /e\+?3\d\d|e4\d\d/i.test(JSON.stringify(policy) + JSON.stringify(message)),
};

export type DpInput = { text: string; identifiers: string[]; custom: Array<{ name: string; regex: string }> };
export const dpTarget: Target<DpInput> = {
  name: 'data-protection',
  run({ text, identifiers, custom }) {
    const findings = (mode: 'reference' | 'compiled') => {
      const s = createScanner({ identifiers, custom, mode });
      return s.ok ? JSON.stringify(s.value.scan(text).map((f) => [f.name, f.start, f.end, f.pointer])) : 'invalid';
    };
    const reference = findings('reference');
    const compiled = findings('compiled');
    return {
      bytes: text.length,
      ...(reference !== compiled ? { problem: `reference ${reference.slice(0, 300)} ≠ compiled ${compiled.slice(0, 300)}` } : {}),
      asCase: () => ({
        kind: 'data-protection', source: 'fuzz', confidence: 'derived', text, identifiers,
        customIdentifiers: custom.map((c) => ({ Name: c.name, Regex: c.regex })),
        expect: reference === 'invalid' ? [] : (JSON.parse(reference) as Array<[string, number, number]>).map(([name, start, end]) => ({ name, start, end })),
      }),
    };
  },
};

export type IamInput = { set: PolicySet; request: IamRequest };
export const iamTarget: Target<IamInput> = {
  name: 'iam',
  run({ set, request }) {
    const reference = authorize(set, request, { mode: 'reference' });
    const compiled = authorize(set, request, { mode: 'compiled' });
    const answer = (r: typeof reference) => (r.ok ? r.value.decision : 'invalid-policy');
    const bytes = JSON.stringify(set).length + JSON.stringify(request).length;
    return {
      bytes,
      ...(answer(reference) !== answer(compiled) ? { problem: `reference ${answer(reference)} ≠ compiled ${answer(compiled)}` } : {}),
      asCase: () => ({ kind: 'iam', source: 'fuzz', confidence: 'derived', policies: set, request, expect: answer(reference) }),
    };
  },
  // Issue 17 item 4 (owned by iam-ir): a `${…}` escape beside a policy variable in a *Like operator.
  known: ({ set }) => /Like[^"]*":\{[^}]*\$\{/.test(JSON.stringify(set)),
};

export type TemplateInput = { name: string; text: string };
export const templateTarget: Target<TemplateInput> = {
  name: 'template',
  run({ name, text }) {
    const result = validateFile(name, text, { explicit: true });
    return { bytes: text.length, asCase: () => ({ kind: 'template', source: 'fuzz', file: name, text, findings: result.findings.map((f) => f.code) }) };
  },
};
