/** `arbiter dp validate POLICY…`: every problem of each policy, with its JSON pointer and position. */
import type { Command } from 'commander';
import { parseLogsDataProtectionPolicy, type DataProtectionPolicy, type LogsDataProtectionPolicy } from '@arbiter/data-protection';
import type { CommandContext } from '../../context.js';
import { CliInputError, EXIT_NEGATIVE, EXIT_USAGE, printJson, readText } from '../../io.js';
import { countOf } from './options.js';
import { checkPolicyText, checkWith, formatLocated, type LocatedDiagnostic } from './policy-input.js';

const HELP = `
Checks each policy as SNS's PutDataProtectionPolicy would: size (30,720 characters), JSON, schema,
Version 2021-06-01, one operation per statement, at most one Audit, SampleRate 0-99, findings
destinations, principals, managed identifier ARNs, custom identifiers (names, regexes compiled with
RE2). Warnings (such as an Outbound Deidentify) are shown but do not fail the check.
With --logs, each file is a CloudWatch Logs policy (PutDataProtectionPolicy, or PutAccountPolicy with
--account): exactly two statements, Audit with a FindingsDestination object then Deidentify with an
empty MaskConfig, the same DataIdentifier list in both, no SNS-only fields.

Examples:
  arbiter dp validate examples/clinic-data-protection/policy.json
  arbiter --format json dp validate a.json b.json
  arbiter dp validate --logs log-group-policy.json
  cat policy.json | arbiter dp validate -

Exit status: 0 every policy valid, 1 any policy invalid, 2 any file unreadable.`;

interface FileReport {
  file: string;
  readable: boolean;
  valid: boolean;
  error?: string;
  diagnostics: LocatedDiagnostic[];
  summary?: string;
}

export function registerDpValidate(dp: Command, ctx: CommandContext): void {
  dp.command('validate')
    .description('validate data protection policies; every problem with its JSON pointer, line and column')
    .argument('<policies...>', 'policy files (JSON), or - for stdin')
    .option('--inbound-only-deidentify', 'reject Outbound Deidentify statements, as the 2022 SNS docs did (default: a warning)')
    .option('--logs', 'the files are CloudWatch Logs data protection policies')
    .option('--account', "with --logs: the account's policy (PutAccountPolicy)")
    .addHelpText('after', HELP)
    .action((files: string[], opts: { inboundOnlyDeidentify?: boolean; logs?: boolean; account?: boolean }) => {
      const reports = files.map((file) => validateFile(ctx, file, opts));
      if (ctx.format() === 'json') printJson(ctx.io, { valid: reports.every((r) => r.valid), files: reports });
      else for (const r of reports) printReport(ctx, r);
      if (reports.some((r) => !r.readable)) ctx.exitCode = EXIT_USAGE;
      else if (reports.some((r) => !r.valid)) ctx.exitCode = EXIT_NEGATIVE;
    });
}

function validateFile(ctx: CommandContext, file: string, opts: { inboundOnlyDeidentify?: boolean; logs?: boolean; account?: boolean }): FileReport {
  let text: string;
  try {
    text = readText(ctx.io, file);
  } catch (e) {
    if (!(e instanceof CliInputError)) throw e;
    return { file, readable: false, valid: false, error: e.message, diagnostics: [] };
  }
  if (opts.logs) {
    const logs = checkWith(text, (t) => parseLogsDataProtectionPolicy(t, { scope: opts.account ? 'account' : 'log-group' }));
    if (!logs.ok) return { file, readable: true, valid: false, diagnostics: logs.diagnostics };
    return { file, readable: true, valid: true, diagnostics: logs.diagnostics, summary: summariseLogs(logs.policy) };
  }
  const checked = checkPolicyText(text, { inboundOnlyDeidentify: opts.inboundOnlyDeidentify === true });
  if (!checked.ok) return { file, readable: true, valid: false, diagnostics: checked.diagnostics };
  return { file, readable: true, valid: true, diagnostics: checked.diagnostics, summary: summarise(checked.policy) };
}

/** `4 statements (1 Audit, 3 Deny), 0 custom identifiers` */
function summarise(policy: DataProtectionPolicy): string {
  const ops = new Map<string, number>();
  for (const s of policy.statements) ops.set(s.operation.kind, (ops.get(s.operation.kind) ?? 0) + 1);
  const opText = [...ops].map(([k, v]) => `${v} ${k}`).join(', ');
  return `\`${policy.name}\`: ${countOf(policy.statements.length, 'statement')} (${opText}), ${countOf(policy.custom.length, 'custom identifier')}`;
}

/** `\`p\`: CloudWatch Logs log-group policy, 2 identifiers, findings to S3` */
function summariseLogs(policy: LogsDataProtectionPolicy): string {
  const to = Object.keys(policy.findingsDestination);
  return `\`${policy.name}\`: CloudWatch Logs ${policy.scope} policy, ${countOf(policy.identifiers.length, 'identifier')}, findings ${to.length ? `to ${to.join(', ')}` : 'sent nowhere'}`;
}

function printReport(ctx: CommandContext, r: FileReport): void {
  const label = r.file === '-' ? '<stdin>' : r.file;
  if (!r.readable) {
    ctx.io.stderr(`arbiter: ${r.error}\n`);
    return;
  }
  for (const d of r.diagnostics) ctx.io.stdout(`${formatLocated(label, d)}\n`);
  if (r.valid) {
    const warnings = r.diagnostics.length;
    ctx.io.stdout(`${label}: valid data protection policy ${r.summary}${warnings ? ` (${countOf(warnings, 'warning')})` : ''}\n`);
    return;
  }
  const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = r.diagnostics.length - errors;
  ctx.io.stdout(`${label}: invalid (${countOf(errors, 'error')}${warnings ? `, ${countOf(warnings, 'warning')}` : ''})\n`);
}
