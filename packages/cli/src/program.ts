/**
 * The `arbiter` command: thin JSON-in/JSON-out wrappers over the libraries. `runCli` never exits
 * the process; it returns the exit status (0 success/match, 1 negative answer, 2 unusable input).
 */
import { Command, CommanderError, Option } from 'commander';
import type { CommandContext, OutputFormat } from './context.js';
import { CliInputError, EXIT_USAGE, nodeIo, type CliIo } from './io.js';
import { registerConformanceCommand } from './commands/conformance.js';
import { registerExamplesCommand } from './commands/examples.js';
import { registerFilterCommands } from './commands/filter.js';
import { registerDpCommands } from './commands/dp.js';
import { registerIamCommands } from './commands/iam.js';
import { registerReplayCommand } from './commands/replay.js';
import { registerFilterAnalyzeCommand } from './commands/filter-analyze.js';
import { registerFilterDiffCommand } from './commands/filter-diff.js';
import { registerServeCommand } from './commands/serve.js';
import { registerValidateCommand } from './commands/validate.js';
import { versionReport, versionText } from './version.js';
import { registerEventsCommands } from './commands/events.js';
import { registerIamAnalysisCommands } from './commands/iam-analysis.js';

const HELP_FOOTER = `
Exit status: 0 success or match; 1 no match, invalid policy, denied request, findings or failed cases;
2 unusable input (unreadable file, malformed JSON where a document was required, bad flags).
Every command takes --format json for machines (validate also --format sarif); FILE may be - for stdin.
Run \`arbiter <command> --help\` for each command's own options, exit statuses and examples.

Examples:
  arbiter examples examples                                   the bundled seed scenarios (npm start)
  arbiter validate template.yaml infra/ --format sarif        every policy in templates and policy files
  arbiter filter validate policy.json --scope MessageBody     a filter policy, with AWS's error texts
  arbiter filter match --policy p.json --message m.json --explain
  arbiter filter route --subscriptions subs.json --messages messages.jsonl
  arbiter filter replay --subscriptions subs.json --messages recorded.jsonl.gz --workers 2
  arbiter filter diff old.json new.json --format json        what a policy change lets through, with witnesses
  arbiter filter analyze --template template.yaml            dead branches, duplicate and overlapping subscriptions
  arbiter dp scan --identifiers Ssn-US,EmailAddress message.json
  arbiter dp publish --policy dp.json --principal arn:aws:iam::111122223333:role/App --message 'SSN 123-12-1234'
  arbiter iam validate policies/*.json
  arbiter iam authorize --policy dev.json --request request.json --explain
  arbiter events validate --source sqs filter-criteria.json
  arbiter events route --patterns rules.json --events events.jsonl
  arbiter events diff old-pattern.json new-pattern.json       what a pattern change lets through, with witnesses
  arbiter events analyze --template template.yaml            dead patterns and branches, duplicate and overlapping rules
  arbiter conformance conformance/corpus/*.jsonl --known-failing conformance/known-failing.json
  arbiter conformance --record suite.jsonl --subscriptions subs.json --messages recorded.jsonl
  arbiter serve --port 8080                                   the playground page in your browser`;

export function buildProgram(ctx: CommandContext): Command {
  const program = new Command('arbiter')
    .description('Validate and evaluate AWS SNS filter policies, SNS data protection policies and IAM policies, exactly as AWS does.')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
    .option('-V, --version', 'print the versions of Arbiter, its packages and its data (--format json for JSON)')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', HELP_FOOTER)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.io.stdout(s),
      writeErr: (s) => ctx.io.stderr(s),
    });
  registerValidateCommand(program, ctx);
  registerFilterCommands(program, ctx);
  registerReplayCommand(program.commands.find((c) => c.name() === 'filter') as Command, ctx);
  registerFilterDiffCommand(program.commands.find((c) => c.name() === 'filter') as Command, ctx);
  registerFilterAnalyzeCommand(program.commands.find((c) => c.name() === 'filter') as Command, ctx);
  registerConformanceCommand(program, ctx);
  registerDpCommands(program, ctx);
  registerIamCommands(program, ctx);
  registerIamAnalysisCommands(program.commands.find((c) => c.name() === 'iam') as Command, ctx);
  registerExamplesCommand(program, ctx);
  program.action(() => {
    if (!program.opts().version) return program.help();
    ctx.io.stdout((ctx.format() === 'json' ? JSON.stringify(versionReport()) : versionText()) + '\n');
  });
  registerServeCommand(program, ctx);
  registerEventsCommands(program, ctx);
  // Subcommands inherit output handling and the error override.
  for (const c of program.commands) {
    c.exitOverride().configureOutput({ writeOut: (s) => ctx.io.stdout(s), writeErr: (s) => ctx.io.stderr(s) });
    for (const sub of c.commands) sub.exitOverride().configureOutput({ writeOut: (s) => ctx.io.stdout(s), writeErr: (s) => ctx.io.stderr(s) });
  }
  return program;
}

export async function runCli(argv: string[], io: CliIo = nodeIo()): Promise<number> {
  let program: Command | undefined;
  const ctx: CommandContext = {
    io,
    exitCode: 0,
    format: () => (program?.opts().format as OutputFormat | undefined) ?? 'text',
  };
  program = buildProgram(ctx);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version are successes; every other parse error is a usage error.
      return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.help' ? 0 : EXIT_USAGE;
    }
    if (e instanceof CliInputError) {
      if (ctx.format() === 'json') io.stdout(JSON.stringify({ error: e.message, diagnostics: e.diagnostics }) + '\n');
      io.stderr(`arbiter: ${e.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`arbiter: internal error: ${(e as Error).stack ?? String(e)}\n`);
    return 70;
  }
}
