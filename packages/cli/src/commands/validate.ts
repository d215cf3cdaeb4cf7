/**
 * `arbiter validate PATH…`: every policy in standalone policy files and CloudFormation/SAM
 * templates, validated by its own evaluator; findings as text, JSON or SARIF; exit status for CI.
 */
import { Option, type Command } from 'commander';
import type { Severity } from '@arbiter/ir';
import type { FilterPolicyScope } from '@arbiter/sns-filter';
import type { CommandContext } from '../context.js';
import { CliInputError, printJson, readText } from '../io.js';
import type { PolicyLanguage } from '../templates/check-policy.js';
import { expandPaths, type InputFile } from '../templates/expand-paths.js';
import { formatTextReport } from '../templates/report-text.js';
import { toSarif } from '../templates/report-sarif.js';
import { exitStatusFor, summarize } from '../templates/summary.js';
import { validateFile } from '../templates/validate-file.js';
import { versionReport } from '../version.js';
import { addChangeFindings, checkRef, type BaseSource } from './changes/index.js';

const HELP = `
Files are read as JSON (.json, or text starting with { or [) or YAML. A file with \`Resources\` is a
CloudFormation/SAM template: FilterPolicy/FilterPolicyScope of AWS::SNS::Subscription and SAM SNS events,
DataProtectionPolicy of AWS::SNS::Topic, IAM policies of AWS::IAM::Policy/ManagedPolicy/Role/User/Group,
AWS::Serverless::Function Policies, and resource policies (SNS/SQS/S3/KMS/Secrets Manager/ECR) are checked,
and event patterns: AWS::Events::Rule EventPattern, Lambda FilterCriteria (AWS::Lambda::EventSourceMapping,
AWS::Serverless::Function event sources, AWS::Pipes::Pipe SourceParameters) and SAM EventBridgeRule patterns.
Standalone event patterns look like SNS filter policies: give them --kind event-pattern.
Other files are policies whose language is detected from their shape (or given with --kind).
Values given by intrinsic functions (!Ref, !Sub, !GetAtt, …) are unknowable before deployment: they are
validated as placeholders and reported as warnings (template.unresolved-intrinsic), never as errors.

Changes (--base REF, or --base-file OLD with one PATH): every SNS filter policy and event pattern
(Lambda FilterCriteria as one OR of its filters) that differs from the base version is compared with it:
analysis.delivers-more (it now delivers/matches something it did not, with a witness message or event
checked against both versions), analysis.delivers-less, or analysis.change-undecided (with the reason).
All three are warnings: gate a pull request on them with --fail-on warning. IAM policies are not compared yet.

Exit status: 0 no finding at or above --fail-on; 1 some; 2 a PATH cannot be read (or REF is not a commit).

Examples:
  arbiter validate template.yaml
  arbiter validate --fail-on warning infra/ policies/*.json
  arbiter validate --format sarif 'infra/**/*.yaml' > arbiter.sarif
  arbiter validate --base origin/main --fail-on warning template.yaml
  arbiter validate --base-file old-template.yaml template.yaml`;

interface ValidateOptions {
  kind?: PolicyLanguage;
  scope: FilterPolicyScope;
  failOn: Severity;
  base?: string;
  baseFile?: string;
}

export function registerValidateCommand(program: Command, ctx: CommandContext): void {
  program
    .command('validate')
    .description('find and validate every policy in policy files and CloudFormation/SAM templates (JSON or YAML)')
    .argument('<paths...>', 'files, directories (walked for *.json, *.yaml, *.yml, *.template) or globs (* ? **); - is stdin')
    .addOption(new Option('--kind <kind>', 'language of standalone policy files (default: detected from their shape)').choices(['sns-filter', 'data-protection', 'iam', 'event-pattern']))
    .addOption(new Option('--scope <scope>', 'FilterPolicyScope of standalone filter policies').choices(['MessageAttributes', 'MessageBody']).default('MessageAttributes'))
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding at or above this severity exists').choices(['warning', 'error']).default('error'))
    .option('--base <ref>', 'also report filter policies and event patterns changed since this git ref, and what they now let through')
    .option('--base-file <old>', 'the same against an older version of the one PATH given')
    .addHelpText('after', HELP)
    .action((paths: string[], opts: ValidateOptions) => {
      const inputs = collectInputs(paths, ctx);
      const base = baseOf(opts, inputs, ctx);
      const results = inputs.map((f) => {
        const text = readText(ctx.io, f.path);
        const result = validateFile(f.path === '-' ? '<stdin>' : f.path, text, { scope: opts.scope, explicit: f.explicit, ...(opts.kind ? { kind: opts.kind } : {}) });
        if (base && f.path !== '-') addChangeFindings(ctx.io, result, text, base, { scope: opts.scope, ...(opts.kind ? { kind: opts.kind } : {}) });
        return result;
      });
      const findings = results.flatMap((r) => r.findings);
      const summary = summarize(results);
      const format = ctx.format() as string;
      if (format === 'json') printJson(ctx.io, findings);
      else if (format === 'sarif') printJson(ctx.io, toSarif(findings, summary, ctx.io.cwd, versionReport().arbiter));
      else ctx.io.stdout(formatTextReport(findings, summary));
      ctx.exitCode = exitStatusFor(findings, opts.failOn);
    });
}

/** Expands PATHs; any that names nothing makes the whole run unusable (exit 2) before output. */
function collectInputs(paths: string[], ctx: CommandContext): InputFile[] {
  const stdin = paths.includes('-');
  const expanded = expandPaths(paths.filter((p) => p !== '-'), ctx.io.cwd);
  if (expanded.missing.length) {
    throw new CliInputError(`cannot read ${expanded.missing.map((m) => `\`${m}\``).join(', ')}: no such file or directory, and no file matches it as a glob`);
  }
  return stdin ? [{ path: '-', explicit: true }, ...expanded.files] : expanded.files;
}

/** The base to compare with, checked before any output (a bad REF or a second PATH is unusable input). */
function baseOf(opts: ValidateOptions, inputs: InputFile[], ctx: CommandContext): BaseSource | undefined {
  if (opts.base !== undefined && opts.baseFile !== undefined) throw new CliInputError('give --base REF or --base-file OLD, not both');
  if (opts.baseFile !== undefined) {
    if (inputs.length !== 1 || inputs[0]!.path === '-') throw new CliInputError('--base-file OLD compares one file: give exactly one PATH (the new version)');
    return { kind: 'file', path: opts.baseFile };
  }
  if (opts.base === undefined) return undefined;
  const first = inputs.find((f) => f.path !== '-');
  if (first) checkRef(ctx.io, first.path, opts.base);
  return { kind: 'git', ref: opts.base };
}
