/**
 * `arbiter iam diff|check-access-not-granted|check-no-public-access|analyze`: Access Analyzer's
 * custom policy checks offline, each answer with a witness request replayed through `authorize`
 * (the request `arbiter iam authorize --request` reads). Policies are read as raw text, so a
 * policy the library rejects is a finding (exit 1), not unusable input.
 */
import { Option, type Command } from 'commander';
import type { Diagnostic, Result } from '@arbiter/ir';
import { analyzeIamStatements, ANALYSED_KINDS, checkAccessNotGranted, checkNoPublicAccess, iamDiff, requiredKeys, type AnalysedKind, type IamDiff, type PolicyCheck, type Relation } from '@arbiter/analysis';
import type { CommandContext } from '../context.js';
import { CliInputError, EXIT_NEGATIVE, printJson, readText } from '../io.js';

type Kind = AnalysedKind;
const KIND_OPTION = () =>
  new Option('--kind <kind>', 'where the policies are attached (boundary, scp, session: what the ceiling lets identity policies grant)').choices([...ANALYSED_KINDS]).default('identity');

const SAYS: Record<Relation, string> = {
  equivalent: 'NEW allows exactly the requests OLD allows',
  narrower: 'NEW is narrower: it allows a strict subset of the requests OLD allows (no new access)',
  broader: 'NEW is broader: it allows every request OLD allows, and more (new access)',
  overlapping: 'NEW and OLD overlap: each allows requests the other denies (new access)',
  disjoint: 'NEW and OLD are disjoint: no request is allowed by both',
  'old-empty': 'OLD allows no request at all; NEW allows some (new access)',
  'new-empty': 'NEW allows no request at all; OLD allows some',
  'both-empty': 'neither allows any request',
  unknown: 'the relation could not be decided',
};

const FOOTER = (what: string, examples: string) => `
Witnesses are requests in the shape \`arbiter iam authorize --request\` reads, each checked with the
evaluator before it is printed. The engine never guesses: where it cannot decide it says UNKNOWN and why.
The account root user (allowed whatever policies grant) is left out of every question.

Exit status: 0 ${what}; 1 otherwise (or UNKNOWN, or an invalid policy); 2 unusable input.

Examples:
${examples}`;

/** Prints a library failure (policy findings) and sets exit 1; returns the value otherwise. */
function valueOr<T>(ctx: CommandContext, r: Result<T>, fileOf: (d: Diagnostic) => string): T | undefined {
  if (r.ok) return r.value;
  if (ctx.format() === 'json') printJson(ctx.io, { valid: false, diagnostics: r.diagnostics });
  else for (const d of r.diagnostics) ctx.io.stdout(`${fileOf(d)}: ${d.severity} ${d.code} ${d.path || '(root)'}: ${d.message}\n`);
  ctx.exitCode = EXIT_NEGATIVE;
  return undefined;
}

function printCheck(ctx: CommandContext, check: PolicyCheck, failing: string): void {
  if (ctx.format() === 'json') printJson(ctx.io, check);
  else {
    ctx.io.stdout(`${check.result}${check.result === 'FAIL' ? `: ${failing}` : ''}${check.reason ? `: ${check.reason}` : ''}\n`);
    if (check.witness) ctx.io.stdout(`  witness: ${JSON.stringify(check.witness)}\n`);
  }
  if (check.result !== 'PASS') ctx.exitCode = EXIT_NEGATIVE;
}

function printDiff(ctx: CommandContext, diff: IamDiff): void {
  if (ctx.format() === 'json') return printJson(ctx.io, diff);
  ctx.io.stdout(`${diff.relation}: ${SAYS[diff.relation]}\n`);
  const show = (label: string, r: unknown) => r && ctx.io.stdout(`  ${label}: ${JSON.stringify(r)}\n`);
  show('only NEW allows', diff.witnesses.onlyNew);
  show('only OLD allows', diff.witnesses.onlyOld);
  show('both allow', diff.witnesses.both);
  for (const [part, why] of Object.entries(diff.unknown)) ctx.io.stdout(`  ${part} undecided: ${why}\n`);
}

const list = (s: string): string[] => s.split(',').map((x) => x.trim()).filter(Boolean);

export function registerIamAnalysisCommands(iam: Command, ctx: CommandContext): void {
  iam
    .command('diff')
    .description('does NEW grant access OLD does not (Access Analyzer CheckNoNewAccess): the relation, with witness requests')
    .argument('<old>', 'the policy before (JSON file, or - for stdin)')
    .argument('<new>', 'the policy after')
    .addOption(KIND_OPTION())
    .addHelpText('after', FOOTER('when NEW grants no access OLD does not (equivalent, narrower, new-empty, both-empty)', `  arbiter iam diff examples/lambda-abac/policies/developer.json examples/lambda-abac/policies/manager.json
  arbiter --format json iam diff --kind resource old-bucket-policy.json new-bucket-policy.json`))
    .action((oldFile: string, newFile: string, opts: { kind: Kind }) => {
      const r = iamDiff(readText(ctx.io, oldFile), readText(ctx.io, newFile), { kind: opts.kind });
      const diff = valueOr(ctx, r, (d) => (d.params?.policy === 'new' ? newFile : oldFile));
      if (!diff) return;
      printDiff(ctx, diff);
      if (diff.witnesses.onlyNew !== null || diff.unknown.onlyNew !== undefined) ctx.exitCode = EXIT_NEGATIVE;
    });

  iam
    .command('check-access-not-granted')
    .description('FAIL with a witness request when the policy may allow any listed action (on any listed resource)')
    .argument('<policy>', 'the policy (JSON file, or - for stdin)')
    .option('--actions <list>', 'comma-separated actions (wildcards allowed)', list)
    .option('--resources <list>', 'comma-separated resource ARNs (wildcards allowed)', list)
    .addOption(KIND_OPTION())
    .addHelpText('after', FOOTER('PASS', `  arbiter iam check-access-not-granted examples/lambda-abac/policies/developer.json --actions lambda:DeleteFunction
  arbiter iam check-access-not-granted policy.json --actions s3:GetObject --resources 'arn:aws:s3:::secrets/*'`))
    .action((file: string, opts: { actions?: string[]; resources?: string[]; kind: Kind }) => {
      const r = checkAccessNotGranted(readText(ctx.io, file), { ...(opts.actions ? { actions: opts.actions } : {}), ...(opts.resources ? { resources: opts.resources } : {}), kind: opts.kind });
      if (!r.ok && r.diagnostics.every((d) => d.document === 'input')) throw new CliInputError(r.diagnostics[0]?.message ?? 'bad options', r.diagnostics);
      const check = valueOr(ctx, r, () => file);
      if (check) printCheck(ctx, check, 'the policy may grant a listed access');
    });

  iam
    .command('check-no-public-access')
    .description('FAIL with a witness request when a resource-based policy allows an anonymous or foreign caller')
    .argument('<policy>', 'the resource-based policy (JSON file, or - for stdin)')
    .option('--resource-type <type>', 'the resource type, e.g. AWS::S3::Bucket (informational)')
    .addHelpText('after', FOOTER('PASS', `  arbiter iam check-no-public-access bucket-policy.json --resource-type AWS::S3::Bucket
Public: the caller is anonymous or from an account the policy names nowhere, and holds no value the
policy names for the caller-bound keys (aws:SourceIp, aws:SourceVpc(e), aws:SourceArn, aws:SourceAccount,
aws:PrincipalOrgID, aws:PrincipalAccount, aws:PrincipalArn, aws:userid, …).`))
    .action((file: string, opts: { resourceType?: string }) => {
      const check = valueOr(ctx, checkNoPublicAccess(readText(ctx.io, file), opts.resourceType ? { resourceType: opts.resourceType } : {}), () => file);
      if (check) printCheck(ctx, check, 'the policy allows public access');
    });

  iam
    .command('analyze')
    .description('statements that can never apply (contradicting conditions, Allows shadowed by a Deny); with --actions, the keys (ABAC tags) a request must carry')
    .argument('<policies...>', 'policy files analysed together (JSON text)')
    .option('--actions <list>', 'comma-separated actions: for each, the condition keys every allowed request carries', list)
    .addOption(KIND_OPTION())
    .addHelpText('after', FOOTER('when no statement is unreachable', `  arbiter iam analyze examples/lambda-abac/policies/developer.json --actions lambda:InvokeFunction,lambda:CreateFunction
  arbiter --format json iam analyze policies/*.json`))
    .action((files: string[], opts: { actions?: string[]; kind: Kind }) => {
      const texts = files.map((f) => readText(ctx.io, f));
      const fileOf = (d: Diagnostic) => files[Number(d.params?.policyIndex ?? 0)] ?? files[0]!;
      const statements = valueOr(ctx, analyzeIamStatements(texts, { kind: opts.kind }), fileOf);
      if (!statements) return;
      const actions = (opts.actions ?? []).map((action) => requiredKeys(texts, { action, kind: opts.kind })).flatMap((r) => (r.ok ? [r.value] : []));
      if (ctx.format() === 'json') printJson(ctx.io, { ...statements, actions });
      else {
        for (const d of statements.diagnostics) ctx.io.stdout(`${fileOf(d)}: ${d.severity} ${d.code} ${d.path}: ${d.message}\n`);
        for (const u of statements.undecided) ctx.io.stdout(`${files[u.policyIndex]}: ${u.path}: undecided: ${u.reason}\n`);
        for (const a of actions) {
          ctx.io.stdout(`${a.action}: ${a.allowed ? `allowed, e.g. ${JSON.stringify(a.allowed)}` : 'never allowed'}\n`);
          for (const k of a.required) ctx.io.stdout(`  requires ${k.key}${k.conditions.length ? `: ${k.conditions.join('; ')}` : ''}\n`);
          for (const u of a.undecided) ctx.io.stdout(`  undecided ${u.key}: ${u.reason}\n`);
        }
        if (statements.diagnostics.length === 0) ctx.io.stdout(`no unreachable statements in ${files.length} ${files.length === 1 ? 'policy' : 'policies'}\n`);
      }
      if (statements.diagnostics.length > 0) ctx.exitCode = EXIT_NEGATIVE;
    });
}
