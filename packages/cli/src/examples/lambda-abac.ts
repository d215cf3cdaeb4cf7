/**
 * The Lambda ABAC scenario (AWS Compute Blog "Scaling AWS Lambda permissions with ABAC" and the Lambda
 * developer guide's ABAC example): falcon and eagle developers limited to their project's functions,
 * tag-on-create, a manager matched on organization and cost-center, a lead fenced by a deny guard,
 * and the announcement's manager policy as printed, typos and all. Every request is decided by the
 * compiled and the reference evaluator; the two must agree with each other and with the file.
 */
import { join } from 'node:path';
import { authorize, compilePolicySet, validateIamPolicy, type ConditionTrace, type Decision, type IamRequest, type StatementRef } from '@arbiter/iam';
import { readJson, readText, type CliIo } from '../io.js';
import type { Scenario, ScenarioReport } from './scenario.js';

type Tags = Record<string, string>;
interface Principal { arn: string; tags: Tags; policies: string[] }
interface ExampleRequest { as: string; action: string; function: string; requestTags?: Tags; tagKeys?: string[]; expect: string; why?: string }
interface ExpectedFindings { file: string; note: string; errors: Array<{ code: string; path: string }> }

const ACCOUNT = '123456789012';
const VERBS: Record<string, string> = { InvokeFunction: 'invokes', GetFunction: 'reads', DeleteFunction: 'deletes', UpdateFunctionCode: 'updates the code of' };

/** The request IAM sees: principal tags, the function's tags (if it exists) and the tags being set. */
function toRequest(r: ExampleRequest, p: Principal, functions: Record<string, Tags>): IamRequest {
  const context: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p.tags)) context[`aws:PrincipalTag/${k}`] = v;
  for (const [k, v] of Object.entries(functions[r.function] ?? {})) context[`aws:ResourceTag/${k}`] = v;
  for (const [k, v] of Object.entries(r.requestTags ?? {})) context[`aws:RequestTag/${k}`] = v;
  const tagKeys = r.tagKeys ?? (r.requestTags ? Object.keys(r.requestTags) : undefined);
  if (tagKeys) context['aws:TagKeys'] = tagKeys;
  return { action: r.action, resource: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${r.function}`, principal: p.arn, context };
}

function titleOf(r: ExampleRequest): string {
  const op = r.action.split(':')[1] ?? '';
  const tags = Object.entries(r.requestTags ?? {}).map(([k, v]) => `${k}=${v}`).join(', ');
  if (op === 'CreateFunction') return `${r.as} creates ${r.function} ${tags ? `tagged ${tags}` : 'without tags'}`;
  if (op === 'TagResource') return `${r.as} tags ${r.function} with ${tags}`;
  if (op === 'UntagResource') return `${r.as} removes tag ${(r.tagKeys ?? []).join(', ')} from ${r.function}`;
  return `${r.as} ${VERBS[op] ?? r.action} ${r.function}`;
}

function describeCondition(c: ConditionTrace): string {
  const req = c.requestValues === null ? '(missing)' : c.requestValues.map((v) => JSON.stringify(v)).join(', ');
  const pol = c.policyValues.map((v) => (v === null ? '(unresolved)' : JSON.stringify(v))).join(', ');
  return `${c.operator} ${c.key}: request ${req} vs policy ${pol} -> ${c.result}`;
}

/** Why: the deciding statements with their conditions, or what kept each candidate from applying. */
function reasons(d: Decision, files: string[]): string[] {
  const name = (ref: StatementRef) => `${files[ref.policyIndex] ?? `identity[${ref.policyIndex}]`} ${ref.pointer}${ref.sid ? ` (${ref.sid})` : ''}`;
  if (d.decision !== 'ImplicitDeny') {
    return d.deciding.flatMap((ref) => {
      const trace = d.explanation.statements.find((s) => s.ref.policyIndex === ref.policyIndex && s.ref.statementIndex === ref.statementIndex);
      return [`${d.decision === 'Allow' ? 'allowed' : 'denied'} by ${name(ref)}`, ...(trace?.conditions ?? []).map((c) => `  ${describeCondition(c)}`)];
    });
  }
  const candidates = d.explanation.statements.filter((s) => !s.applies);
  if (candidates.length === 0) return ['no statement grants this action'];
  return candidates.flatMap((s) => {
    const failed = s.conditions.find((c) => !c.result);
    return [`not allowed by ${name(s.ref)}`, `  ${!s.resourceMatched ? 'resource does not match' : failed ? describeCondition(failed) : 'does not apply'}`];
  });
}

function runRequests(dir: string, io: CliIo, report: ScenarioReport): void {
  const principals = readJson(io, join(dir, 'principals.json'), 'input') as Record<string, Principal>;
  const functions = readJson(io, join(dir, 'functions.json'), 'input') as Record<string, Tags>;
  const requests = readJson(io, join(dir, 'requests.json'), 'input') as ExampleRequest[];
  const policyText = (f: string) => readText(io, join(dir, 'policies', f));
  report.lines.push('Requests (decision, then why):');
  let held = 0;
  for (const r of requests) {
    const title = titleOf(r);
    const p = principals[r.as];
    if (!p) {
      report.mismatches.push(`${title}: no principal \`${r.as}\` in principals.json`);
      continue;
    }
    const policies = p.policies.map(policyText);
    const compiled = compilePolicySet({ identity: policies });
    const request = toRequest(r, p, functions);
    const reference = authorize({ identity: policies }, request, { mode: 'reference' });
    if (!compiled.ok || !reference.ok) {
      const ds = !compiled.ok ? compiled.diagnostics : !reference.ok ? reference.diagnostics : [];
      report.mismatches.push(`${title}: not decided: ${ds[0]?.code ?? ''} ${ds[0]?.message ?? ''}`);
      continue;
    }
    const d = compiled.value.authorize(request);
    report.lines.push(`  ${d.decision.padEnd(13)} ${title}`);
    for (const line of reasons(d, p.policies)) report.lines.push(`${' '.repeat(16)}${line}`);
    if (r.why) report.lines.push(`${' '.repeat(16)}(${r.why})`);
    if (d.decision !== r.expect) report.mismatches.push(`${title}: ${d.decision}, example expects ${r.expect}`);
    if (d.decision !== reference.value.decision) report.mismatches.push(`${title}: compiled says ${d.decision}, reference says ${reference.value.decision}`);
    if (d.decision === r.expect && d.decision === reference.value.decision) held++;
    report.results.push({ title, request, expected: r.expect, decision: d.decision, reference: reference.value.decision, deciding: d.deciding });
  }
  report.lines.push(`${held} of ${requests.length} requests decided as the example states, by the compiled and the reference evaluator alike`);
}

/** Validates every policy; the printed manager policy must show exactly its expected errors. */
function runValidation(dir: string, io: CliIo, report: ScenarioReport): void {
  report.lines.push('Policies:');
  for (const f of ['developer.json', 'manager.json', 'lead-with-deny-guard.json']) {
    const v = validateIamPolicy(readText(io, join(dir, 'policies', f)));
    report.lines.push(`  ${f.padEnd(28)} ${v.valid ? 'valid' : 'INVALID'}${v.diagnostics.length ? ` (${v.diagnostics.length} findings)` : ''}`);
    if (!v.valid) report.mismatches.push(`policies/${f}: expected a valid policy, got ${v.diagnostics.map((d) => d.code).join(', ')}`);
  }
  const expected = readJson(io, join(dir, 'manager-as-printed.expect.json'), 'input') as ExpectedFindings;
  const text = readText(io, join(dir, expected.file));
  const v = validateIamPolicy(text);
  report.lines.push('', `The manager policy as printed in the announcement (${expected.file}):`);
  for (const d of v.diagnostics) {
    const line = Number(d.params?.line);
    const column = Number(d.params?.column);
    report.lines.push(`  ${d.severity} ${d.code} at ${d.path || '(root)'}${line ? ` (line ${line}, column ${column})` : ''}`, `      ${d.message}`);
    // Show the offending line with a caret under the column, as a compiler would.
    const source = line ? text.split('\n')[line - 1] : undefined;
    if (source !== undefined) report.lines.push(`      ${line} | ${source.trim()}`, `      ${' '.repeat(String(line).length)} | ${' '.repeat(Math.max(0, column - 1 - (source.length - source.trimStart().length)))}^`);
    if (d.help) report.lines.push(`      fix: ${d.help}`);
  }
  const key = (e: { code: string; path: string }) => `${e.code} at ${e.path}`;
  const got = v.diagnostics.filter((d) => d.severity === 'error').map(key);
  const want = expected.errors.map(key);
  for (const w of want) if (!got.includes(w)) report.mismatches.push(`${expected.file}: expected error ${w} was not reported`);
  for (const g of got) if (!want.includes(g)) report.mismatches.push(`${expected.file}: unexpected error ${g}`);
  report.lines.push(`  ${v.valid ? 'accepted' : 'rejected'}; with straight quotes and \`\${\` it is policies/manager.json`);
  report.results.push({ file: expected.file, valid: v.valid, diagnostics: v.diagnostics });
}

export const lambdaAbac: Scenario = {
  folder: 'lambda-abac',
  run(dir: string, io: CliIo): ScenarioReport {
    const report: ScenarioReport = { title: 'IAM ABAC for Lambda: falcon and eagle developers, tag-on-create, the manager', lines: [], results: [], mismatches: [] };
    runValidation(dir, io, report);
    report.lines.push('');
    runRequests(dir, io, report);
    return report;
  },
};
