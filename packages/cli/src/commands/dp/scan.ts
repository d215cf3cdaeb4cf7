/** `arbiter dp scan FILE|-`: find managed and custom data identifiers in one message. */
import { Option, type Command } from 'commander';
import { createScanner, type CustomIdentifierSpec, type Finding, type Scanner } from '@arbiter/data-protection';
import type { Diagnostic } from '@arbiter/ir';
import type { CommandContext } from '../../context.js';
import { CliInputError, EXIT_NEGATIVE, printJson, readText } from '../../io.js';
import { clusterFindings, excerptFindings, markFindings } from './highlight.js';
import { collectPairs, countOf, parseNonNegativeInteger, wantsColour, type ColourWhen } from './options.js';
import { loadPolicy } from './policy-input.js';
import { describeInputQuirks } from './message-input.js';
import { runScanLogs } from './scan-logs.js';

/** Messages up to this many characters are printed whole; longer ones as excerpts around findings. */
const WHOLE_MESSAGE_LIMIT = 4000;
const DEFAULT_CONTEXT = 40;

const HELP = `
Scans the message body exactly as SNS would (0-based start, inclusive end, in UTF-16 code units of
the raw text). For a JSON message each finding also names the JSON pointer of the field it lies in.
Identifiers: --identifiers (managed names or ARNs), or those a policy's statements name (--policy);
default: every managed identifier. --custom adds custom identifiers, compiled with RE2, so a
catastrophic regex still runs in linear time. The file is read as UTF-8 (invalid bytes become U+FFFD,
with a warning); an empty message has no findings.

Text output marks each finding in the message, e.g. "SSN: [Ssn-US: 123-12-1234]" (whole messages up
to ${WHOLE_MESSAGE_LIMIT} characters, excerpts with --context characters around findings beyond), then a count per
identifier. --format json prints {file, identifiers, findings: [{name, start, end, pointer, text}],
counts, warnings}.

Examples:
  arbiter dp scan message.json
  arbiter dp scan --identifiers Ssn-US,EmailAddress - < message.txt
  arbiter dp scan --policy policy.json --custom EmployeeId='EID-\\d{9}-US' message.txt
  arbiter --format json dp scan fixtures/event.json
  arbiter dp scan --logs --policy logs-policy.json lambda-event.json

Exit status: 0 nothing found, 1 findings (so CI can gate on "no PII in fixtures"), 2 unusable input
(unreadable file, unknown identifier, invalid custom regex or policy).`;

interface ScanOptions {
  identifiers?: string;
  policy?: string;
  custom?: Array<[string, string]>;
  context?: number;
  color: ColourWhen;
  mode: 'compiled' | 'reference';
  logs?: boolean;
  accountPolicy?: string;
}

export function registerDpScan(dp: Command, ctx: CommandContext): void {
  dp.command('scan')
    .description('find PII/PHI in a message: findings with offsets (and JSON pointers), or the message with findings marked')
    .argument('<file>', 'message file, or - for stdin')
    .addOption(new Option('--identifiers <names>', 'comma-separated managed identifier names or ARNs (default: all managed)').conflicts('policy'))
    .option('--policy <file>', "scan for the identifiers the policy's statements name (custom ones included)")
    .option('--custom <name=regex>', 'a custom data identifier (repeatable)', collectPairs('REGEX'))
    .addOption(new Option('--context <chars>', 'text output: characters shown around each finding (default: the whole message when short)').argParser(parseNonNegativeInteger))
    .addOption(new Option('--color <when>', 'colour the marks').choices(['auto', 'always', 'never']).default('auto'))
    .addOption(new Option('--mode <mode>', 'scanner: compiled (one pass) or reference (one regex at a time)').choices(['compiled', 'reference']).default('compiled'))
    .option('--logs', 'the file holds CloudWatch Logs events (PutLogEvents input, a subscription payload, a Lambda awslogs event, or one event per line); --policy is then a CloudWatch Logs policy')
    .option('--account-policy <file>', "with --logs: the account's data protection policy (cumulative with --policy)")
    .addHelpText('after', HELP)
    .action((file: string, opts: ScanOptions) => {
      if (opts.logs) return runScanLogs(ctx, file, opts);
      if (opts.accountPolicy !== undefined) throw new CliInputError('--account-policy needs --logs');
      const scanner = buildScanner(ctx, opts);
      const text = readText(ctx.io, file);
      const warnings = describeInputQuirks(text);
      const findings = scanner.scan(text);
      if (ctx.format() === 'json') {
        printJson(ctx.io, { file, identifiers: scanner.names, findings: findings.map(withText(text)), counts: countByName(findings), warnings });
      } else {
        for (const w of warnings) ctx.io.stderr(`arbiter: warning: ${file}: ${w}\n`);
        printFindings(ctx, file, text, findings, scanner.names.length, opts);
      }
      if (findings.length > 0) ctx.exitCode = EXIT_NEGATIVE;
    });
}

function buildScanner(ctx: CommandContext, opts: ScanOptions): Scanner {
  let identifiers: string[] | undefined;
  const custom: CustomIdentifierSpec[] = [];
  if (opts.identifiers !== undefined) identifiers = opts.identifiers.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (opts.policy !== undefined) {
    const policy = loadPolicy(ctx, opts.policy);
    const named = new Set(policy.statements.flatMap((s) => s.identifiers));
    const customNames = new Set(policy.custom.map((c) => c.name));
    identifiers = [...named].filter((n) => !customNames.has(n));
    custom.push(...policy.custom.filter((c) => named.has(c.name)).map((c) => ({ name: c.name, regex: c.regex })));
  }
  for (const [name, regex] of opts.custom ?? []) custom.push({ name, regex });
  if (identifiers?.length === 0 && custom.length === 0) throw new CliInputError('no identifiers to scan for: give --identifiers, a policy that names some, or --custom');
  const scanner = createScanner({ ...(identifiers ? { identifiers } : {}), custom, mode: opts.mode, includeText: false });
  if (!scanner.ok) throw new CliInputError(scanner.diagnostics.map((d) => describeOptionProblem(d, identifiers ?? [], custom)).join('; '), scanner.diagnostics);
  return scanner.value;
}

/** Names the flag a scanner diagnostic came from (`/identifiers/2`, `/custom/0/Regex`). */
function describeOptionProblem(d: Diagnostic, identifiers: readonly string[], custom: readonly CustomIdentifierSpec[]): string {
  const [, list, index] = d.path.split('/');
  if (list === 'custom') return `--custom ${custom[Number(index)]?.name ?? ''}: ${d.message}`;
  if (list === 'identifiers') return `--identifiers \`${identifiers[Number(index)] ?? ''}\`: ${d.message}`;
  return d.message;
}

const withText = (text: string) => (f: Finding) => ({ ...f, text: text.slice(f.start, f.end + 1) });

function countByName(findings: readonly Finding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.name] = (counts[f.name] ?? 0) + 1;
  return counts;
}

function printFindings(ctx: CommandContext, file: string, text: string, findings: Finding[], checked: number, opts: ScanOptions): void {
  const label = file === '-' ? '<stdin>' : file;
  if (findings.length === 0) {
    ctx.io.stdout(`${label}: no findings (${countOf(checked, 'identifier')} checked)\n`);
    return;
  }
  const style = { colour: wantsColour(ctx, opts.color) };
  const marks = clusterFindings(findings);
  if (opts.context === undefined && text.length <= WHOLE_MESSAGE_LIMIT) ctx.io.stdout(`${markFindings(text, marks, style).replace(/\n+$/, '')}\n\n`);
  else for (const e of excerptFindings(text, marks, opts.context ?? DEFAULT_CONTEXT, style)) ctx.io.stdout(`${label}:${e.line}:${e.column}: ${e.text}\n`);
  const counts = Object.entries(countByName(findings)).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  const width = Math.max(...counts.map(([n]) => n.length));
  ctx.io.stdout(`${label}: ${countOf(findings.length, 'finding')} of ${countOf(counts.length, 'identifier')}\n`);
  for (const [name, n] of counts) ctx.io.stdout(`  ${name.padEnd(width)}  ${n}\n`);
}
