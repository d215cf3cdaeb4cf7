/**
 * The GitHub Action (action.yml) run locally, step by step, as the runner would: `${{ … }}`
 * expressions of each step's `env` are evaluated, `run` scripts execute in bash with
 * GITHUB_OUTPUT/GITHUB_ENV files, `uses` steps are checked for their wiring. And the pre-commit
 * hooks' entries run on the files their `files` pattern selects.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = new URL('../../../', import.meta.url).pathname.replace(/\/$/, '');
const built = existsSync(join(root, 'packages/cli/dist/bin.js'));

interface Step { name: string; id?: string; if?: string; uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, string> }
interface Action { inputs: Record<string, { default?: string }>; outputs: Record<string, { value: string }>; runs: { using: string; steps: Step[] } }
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as Action;

const readKv = (file: string): Record<string, string> =>
  Object.fromEntries(readFileSync(file, 'utf8').split('\n').filter((l) => l.includes('=')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));

/** Runs the composite action's `run` steps; returns each step's exit status and the outputs. */
function runAction(given: Record<string, string>) {
  const work = mkdtempSync(join(tmpdir(), 'arbiter-action-'));
  const outputFile = join(work, 'output');
  const envFile = join(work, 'env');
  writeFileSync(envFile, '');
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, given[k] ?? v.default ?? '']));
  const outputs: Record<string, Record<string, string>> = {};
  const expr = (text: string) => text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, e: string) => {
    if (e.startsWith('inputs.')) return inputs[e.slice(7)] ?? '';
    if (e === 'github.action_path') return root;
    const m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(e);
    if (m) return outputs[m[1]!]?.[m[2]!] ?? '';
    throw new Error(`unknown expression ${e}`);
  });
  const statuses: Record<string, number> = {};
  let logs = '';
  for (const step of action.runs.steps) {
    if (!step.run) continue;
    writeFileSync(outputFile, '');
    const env = { ...process.env, ...readKv(envFile), GITHUB_OUTPUT: outputFile, GITHUB_ENV: envFile, RUNNER_TEMP: work, ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expr(v)])) };
    const r = spawnSync('bash', ['-c', step.run], { cwd: root, env, encoding: 'utf8' });
    statuses[step.name] = r.status ?? -1;
    logs += r.stdout + r.stderr;
    if (step.id) outputs[step.id] = readKv(outputFile);
  }
  return { statuses, outputs, logs, sarif: join(root, inputs['sarif-file']!), inputs };
}

describe('action.yml', () => {
  it('is a composite action that sets up Node, uploads SARIF with the validate step’s file, and exposes its outputs', () => {
    expect(action.runs.using).toBe('composite');
    const steps = action.runs.steps;
    expect(steps[0]!.uses).toMatch(/^actions\/setup-node@v\d+$/);
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    expect(upload.with?.['sarif_file']).toBe('${{ steps.validate.outputs.sarif-file }}');
    expect(upload.if).toContain('always()');
    expect(action.outputs['exit-code']!.value).toBe('${{ steps.validate.outputs.exit-code }}');
    // Inputs reach scripts only through env (never spliced into the script text).
    for (const s of steps) if (s.run) expect(s.run).not.toMatch(/\$\{\{/);
  });

  it.runIf(built)('on the bundled SAM template: SARIF valid against the OASIS schema, no failure', () => {
    const sarif = join(mkdtempSync(join(tmpdir(), 'arbiter-sarif-')), 'out.sarif');
    const r = runAction({ paths: 'examples/sam-template/template.yaml', 'sarif-file': sarif });
    expect(r.statuses).toEqual({ 'Install arbiter': 0, 'Validate policies': 0, 'Fail on findings': 0 });
    expect(r.outputs['validate']).toEqual({ 'sarif-file': sarif, 'exit-code': '0' });
    const ajv = new Ajv({ strict: false });
    addFormats(ajv);
    const schema = JSON.parse(readFileSync(new URL('./fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;
    expect(ajv.validate(schema, JSON.parse(readFileSync(sarif, 'utf8')))).toBe(true);
  });

  it.runIf(built)('with --fail-on warning the SAM template’s warnings fail the job after the SARIF is written', () => {
    const sarif = join(mkdtempSync(join(tmpdir(), 'arbiter-sarif-')), 'out.sarif');
    const r = runAction({ paths: 'examples/sam-template/template.yaml', 'fail-on': 'warning', 'sarif-file': sarif });
    const warnings = (JSON.parse(readFileSync(sarif, 'utf8')) as { runs: Array<{ results: Array<{ level: string }> }> }).runs[0]!.results.filter((x) => x.level === 'warning');
    expect(warnings.length).toBeGreaterThan(0);
    expect(r.statuses).toEqual({ 'Install arbiter': 0, 'Validate policies': 0, 'Fail on findings': 1 });
    expect(r.logs).toContain('::error title=arbiter::');
  });

  it.runIf(built)('on the bad template: findings fail the job; a missing path is unusable input (exit 2)', () => {
    const bad = runAction({ paths: 'examples/bad-template.yaml', 'sarif-file': join(mkdtempSync(join(tmpdir(), 'a-')), 'o.sarif') });
    expect(bad.outputs['validate']!['exit-code']).toBe('1');
    expect(bad.statuses['Fail on findings']).toBe(1);
    const missing = runAction({ paths: 'no/such/file.yaml', 'sarif-file': join(mkdtempSync(join(tmpdir(), 'a-')), 'o.sarif') });
    expect(missing.statuses['Validate policies']).toBe(2);
  });

  it.runIf(built)('passes `base` on as --base: HEAD compares cleanly, a ref that is no commit is unusable input', () => {
    const sarif = () => join(mkdtempSync(join(tmpdir(), 'a-')), 'o.sarif');
    const head = runAction({ paths: 'examples/sam-template/template.yaml', base: 'HEAD', 'sarif-file': sarif() });
    expect(head.statuses['Validate policies']).toBe(0);
    const bad = runAction({ paths: 'examples/sam-template/template.yaml', base: 'no-such-ref-anywhere', 'sarif-file': sarif() });
    expect(bad.statuses['Validate policies']).toBe(2);
    expect(bad.logs).toContain('no-such-ref-anywhere');
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; entry: string; language: string; files: string; pass_filenames: boolean }>;

  it('defines the hooks with a files pattern for templates and policy files', () => {
    expect(hooks.map((h) => h.id)).toEqual(['arbiter-validate', 'arbiter-validate-local']);
    const files = new RegExp(hooks[0]!.files);
    expect(['template.yaml', 'a/b.yml', 'policy.json', 'x.template'].every((f) => files.test(f))).toBe(true);
    expect(['README.md', 'index.ts'].some((f) => files.test(f))).toBe(false);
  });

  it.runIf(built && existsSync(join(root, 'node_modules/.bin/arbiter')))('the local hook’s entry passes the SAM template and fails the bad one, as pre-commit runs it', () => {
    const hook = hooks.find((h) => h.id === 'arbiter-validate-local')!;
    const run = (files: string[]) => spawnSync('bash', ['-c', `${hook.entry} "$@"`, 'hook', ...files], { cwd: root, encoding: 'utf8' });
    const staged = ['examples/sam-template/template.yaml', 'examples/lambda-handler/handler.ts'].filter((f) => new RegExp(hook.files).test(f));
    expect(staged).toEqual(['examples/sam-template/template.yaml']);
    expect(run(staged).status).toBe(0);
    expect(run(['examples/bad-template.yaml']).status).toBe(1);
  });
});
