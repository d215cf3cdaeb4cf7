/**
 * The CloudWatch Logs policies a `--logs` scan or `dp mask` runs with: `--policy` (the log group's
 * policy), `--account-policy` (the account's), or `--identifiers`/`--custom` for a quick look without
 * a policy. Invalid policies are unusable input (exit 2) with each problem located in the file.
 */
import {
  compileLogsPolicies, parseLogsDataProtectionPolicy, type LogsDataProtectionPolicy, type LogsPolicies, type LogsPolicyScope, type LogsProtector,
} from '@arbiter/data-protection';
import type { CommandContext } from '../../context.js';
import { CliInputError, readText } from '../../io.js';
import { countOf } from './options.js';

export interface LogsPolicyOptions {
  policy?: string;
  accountPolicy?: string;
  identifiers?: string;
  custom?: Array<[string, string]>;
}

function loadLogsPolicy(ctx: CommandContext, file: string, scope: LogsPolicyScope): LogsDataProtectionPolicy {
  const r = parseLogsDataProtectionPolicy(readText(ctx.io, file), { scope });
  const problems = r.ok ? r.warnings : r.diagnostics;
  if (ctx.format() === 'text') for (const d of problems) ctx.io.stderr(`${file}: ${d.severity} ${d.code} ${d.path || '/'}: ${d.message}\n`);
  if (!r.ok) {
    const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
    throw new CliInputError(`${file}: not a valid CloudWatch Logs data protection policy (${countOf(errors, 'error')})`, r.diagnostics);
  }
  return r.value;
}

/** A policy made from `--identifiers`/`--custom`, for scanning without a policy file. */
function adHocPolicy(opts: LogsPolicyOptions): LogsDataProtectionPolicy {
  const managed = (opts.identifiers ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
  const custom = opts.custom ?? [];
  const ids = [...managed.map((n) => (n.startsWith('arn:') ? n : `arn:aws:dataprotection::aws:data-identifier/${n}`)), ...custom.map(([name]) => name)];
  const r = parseLogsDataProtectionPolicy({
    Name: 'command line', Version: '2021-06-01',
    Configuration: { CustomDataIdentifier: custom.map(([Name, Regex]) => ({ Name, Regex })) },
    Statement: [
      { DataIdentifier: ids, Operation: { Audit: { FindingsDestination: {} } } },
      { DataIdentifier: ids, Operation: { Deidentify: { MaskConfig: {} } } },
    ],
  });
  if (!r.ok) {
    const problems = r.diagnostics.filter((d) => !d.path.startsWith('/Statement/1'));
    throw new CliInputError(problems.map((d) => `${d.path.startsWith('/Configuration') ? '--custom' : '--identifiers'}: ${d.message}`).join('; '), r.diagnostics);
  }
  return r.value;
}

/** Compiles the policies named by the options into one protector. */
export function buildLogsProtector(ctx: CommandContext, opts: LogsPolicyOptions): LogsProtector {
  const policies: LogsPolicies = {};
  if (opts.accountPolicy !== undefined) policies.account = loadLogsPolicy(ctx, opts.accountPolicy, 'account');
  if (opts.policy !== undefined) policies.logGroup = loadLogsPolicy(ctx, opts.policy, 'log-group');
  if (!policies.account && !policies.logGroup) {
    if (opts.identifiers === undefined && !opts.custom?.length) throw new CliInputError('no identifiers: give --policy, --account-policy, --identifiers or --custom');
    policies.logGroup = adHocPolicy(opts);
  }
  const compiled = compileLogsPolicies(policies);
  if (!compiled.ok) throw new CliInputError(compiled.diagnostics.map((d) => `${d.path}: ${d.message}`).join('; '), compiled.diagnostics);
  return compiled.value;
}
