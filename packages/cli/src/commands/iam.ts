/**
 * `arbiter iam validate|authorize`: IAM policies checked as IAM Access Analyzer does, and one
 * request decided with IAM's evaluation logic. Policies are read as raw text and handed to the
 * library unparsed, so a policy with curly quotes is a finding (exit 1), not unusable input.
 */
import { Option, type Command } from 'commander';
import type { Diagnostic } from '@arbiter/ir';
import { authorizeWithServiceData, detectPolicyKind, formatExplanation, POLICY_KINDS, validateIamPolicy, type Decision, type PolicyKind, type PolicySet, type ValidateOptions } from '@arbiter/iam';
import type { CommandContext } from '../context.js';
import { CliInputError, EXIT_NEGATIVE, EXIT_USAGE, printJson, readJson, readText } from '../io.js';


const VALIDATE_HELP = `
Each finding is printed as \`FILE: SEVERITY CODE POINTER: MESSAGE (HELP)\`; POINTER is an RFC 6901
JSON pointer into the policy ("(root)" for the whole document). Errors are what IAM rejects, IAM
Access Analyzer's errors, and typos that AWS would accept but that never match (curly quotes, \`$}\`).

--kind says where the policies are attached; it decides the grammar and the checks. Without it,
each file's kind is read from its shape: trust when its principals are granted only STS trust
actions (sts:AssumeRole*, TagSession…), resource when it names principals, identity otherwise.
  identity  permissions policy of a user, group or role (--attached-to managed|user|group|role: size quota)
  resource  resource-based policy (--resource-type AWS::S3::BucketPolicy, AWS::KMS::Key…: its service's actions and quota)
  trust     a role's trust policy (Principal required, no Resource, sts:AssumeRole*, OIDC/GitHub/Cognito/SAML conditions)
  boundary  permissions boundary; session: session policy (2,048 characters)
  scp       service control policy (no Principal; --scp-language legacy adds AA's SCP_SYNTAX_ERROR_* checks)
  rcp       resource control policy (Principal "*", Deny only, supported services)

--format json prints {"kind": KIND or "detected", "valid": BOOL, "files": [{"file", "kind", "valid",
"diagnostics"}]}, each diagnostic with params.accessAnalyzerCode and params.findingType where AA has the check.

Exit status: 0 when every policy is valid (warnings are shown but do not fail), 1 when any policy
has an error, 2 when a file cannot be read.

Examples:
  arbiter iam validate policies/*.json
  arbiter iam validate --kind resource --resource-type AWS::S3::BucketPolicy bucket-policy.json
  arbiter iam validate --kind trust github-deploy-role-trust.json
  arbiter iam validate examples/lambda-abac/policies/manager-as-printed.json
  cat policy.json | arbiter --format json iam validate -`;

const AUTHORIZE_HELP = `
REQUEST is JSON: {"action": "lambda:InvokeFunction", "resource": "arn:aws:lambda:…:function:f",
"principal": "arn:aws:iam::123456789012:role/dev", "context": {"aws:PrincipalTag/project-name": "falcon",
"aws:TagKeys": ["project-name"]}} (optional "resourceAccount" for cross-account requests). Each
policy option can be repeated; --scp gives the SCPs of one organization level.

Text output is the decision with the deciding statement(s) (POLICYKIND[INDEX] POINTER (SID)); with
--explain, every statement whose action matched and each condition's resolved values.
With --explain, also what the service authorization data says: whether the action exists and
which of its resource types the resource is. --service-data decides with the data: IAM expands
wildcards to real actions, so a request for an action that does not exist is allowed by nothing.
--format json prints the Decision object.

Exit status: 0 Allow; 1 ExplicitDeny, ImplicitDeny or an invalid policy (its findings are printed);
2 unusable input (unreadable file, request that is not JSON or has wrong types).

Examples:
  arbiter iam authorize --policy examples/lambda-abac/policies/developer.json \\
    --request examples/lambda-abac/requests/falcon-invokes-eagle.json --explain
  arbiter iam authorize --policy dev.json --boundary boundary.json --scp org.json --request req.json
  echo '{"action":"s3:GetObject","resource":"arn:aws:s3:::b/k"}' | arbiter iam authorize --policy p.json --request -`;

/** `file: severity code pointer: message (help)` */
function formatFinding(file: string, d: Diagnostic): string {
  return `${file}: ${d.severity} ${d.code} ${d.path === '' ? '(root)' : d.path}: ${d.message}${d.help ? ` (${d.help})` : ''}`;
}

function countOf(ds: Diagnostic[], severity: Diagnostic['severity']): number {
  return ds.filter((d) => d.severity === severity).length;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function registerValidate(iam: Command, ctx: CommandContext): void {
  iam
    .command('validate')
    .description('validate IAM policies as IAM Access Analyzer does: every error and warning with its JSON pointer and a fix')
    .argument('<policies...>', 'policy files (JSON text), or - for stdin')
    .addOption(new Option('--kind <kind>', 'where the policies are attached (decides the grammar, principal and trust checks and the size quota); default: read from each policy').choices([...POLICY_KINDS]))
    .addOption(new Option('--attached-to <where>', 'identity policies: managed, or inline in a user, group or role (size quota)').choices(['managed', 'user', 'group', 'role']))
    .option('--resource-type <type>', 'resource policies: the CloudFormation type holding it, e.g. AWS::S3::BucketPolicy')
    .addOption(new Option('--scp-language <grammar>', 'SCPs: full IAM language (default) or the legacy SCP grammar').choices(['full', 'legacy']))
    .addHelpText('after', VALIDATE_HELP)
    .action((files: string[], opts: { kind?: PolicyKind; attachedTo?: ValidateOptions['attachedTo']; resourceType?: string; scpLanguage?: ValidateOptions['scpLanguage'] }) => {
      const options: ValidateOptions = {};
      if (opts.attachedTo) options.attachedTo = opts.attachedTo;
      if (opts.resourceType) options.resourceType = opts.resourceType;
      if (opts.scpLanguage) options.scpLanguage = opts.scpLanguage;
      const results: Array<{ file: string; kind: PolicyKind; valid: boolean; diagnostics: Diagnostic[] } | { file: string; error: string }> = [];
      for (const file of files) {
        let text: string;
        try {
          text = readText(ctx.io, file);
        } catch (e) {
          if (!(e instanceof CliInputError)) throw e;
          results.push({ file, error: e.message });
          ctx.io.stderr(`arbiter: ${e.message}\n`);
          continue;
        }
        const kind = opts.kind ?? detectPolicyKind(text);
        const r = validateIamPolicy(text, { ...options, kind });
        results.push({ file, kind, valid: r.valid, diagnostics: r.diagnostics });
      }
      const unreadable = results.filter((r) => 'error' in r).length;
      const invalid = results.filter((r) => 'valid' in r && !r.valid).length;
      if (ctx.format() === 'json') printJson(ctx.io, { kind: opts.kind ?? 'detected', valid: invalid === 0 && unreadable === 0, files: results });
      else {
        for (const r of results) {
          if ('error' in r) continue;
          for (const d of r.diagnostics) ctx.io.stdout(formatFinding(r.file, d) + '\n');
          const counts = [plural(countOf(r.diagnostics, 'error'), 'error'), plural(countOf(r.diagnostics, 'warning'), 'warning')].join(', ');
          ctx.io.stdout(r.valid ? `${r.file}: valid ${r.kind} policy${r.diagnostics.length ? ` (${counts})` : ''}\n` : `${r.file}: invalid (${counts})\n`);
        }
        if (results.length > 1) ctx.io.stdout(`${plural(results.length, 'file')}: ${results.length - invalid - unreadable} valid, ${invalid} invalid${unreadable ? `, ${unreadable} unreadable` : ''}\n`);
      }
      ctx.exitCode = unreadable ? EXIT_USAGE : invalid ? EXIT_NEGATIVE : 0;
    });
}

interface AuthorizeOptions {
  policy?: string[];
  boundary?: string[];
  scp?: string[];
  resourcePolicy?: string[];
  sessionPolicy?: string[];
  request: string;
  explain?: boolean;
  serviceData?: boolean;
  mode: 'reference' | 'compiled';
}

/** Reads every policy file; `-` (stdin) may be used once across all inputs. */
function readPolicySet(ctx: CommandContext, opts: AuthorizeOptions): { set: PolicySet; files: Map<string, string> } {
  const files = new Map<string, string>();
  const set: PolicySet = {};
  const groups: Array<[keyof PolicySet & PolicyKind, string[] | undefined]> = [
    ['identity', opts.policy], ['resource', opts.resourcePolicy], ['boundary', opts.boundary], ['scp', opts.scp], ['session', opts.sessionPolicy],
  ];
  for (const [kind, list] of groups) {
    if (!list?.length) continue;
    set[kind] = list.map((file, i) => {
      files.set(`${kind}/${i}`, file);
      return readText(ctx.io, file);
    });
  }
  return { set, files };
}

/** The file a policy diagnostic or statement came from. */
function fileOf(files: Map<string, string>, kind: unknown, index: unknown): string {
  return files.get(`${String(kind)}/${String(index)}`) ?? `${String(kind)}[${String(index)}]`;
}

function printDecision(ctx: CommandContext, decision: Decision, files: Map<string, string>, explain: boolean): void {
  ctx.io.stdout((explain ? formatExplanation(decision) : decision.explanation.summary) + '\n');
  const shown = explain ? [...decision.deciding, ...decision.explanation.statements.map((s) => s.ref)] : decision.deciding;
  const named = new Map(shown.map((r) => [`${r.policyKind}[${r.policyIndex}]`, fileOf(files, r.policyKind, r.policyIndex)]));
  for (const [ref, file] of [...named].sort()) ctx.io.stdout(`  ${ref} is ${file}\n`);
}

function registerAuthorize(iam: Command, ctx: CommandContext): void {
  iam
    .command('authorize')
    .description('decide one request as IAM does (explicit deny, SCPs, resource policy, identity, boundary, session) and say why')
    .option('--policy <files...>', 'identity-based policies of the principal')
    .option('--boundary <files...>', 'permissions boundary')
    .option('--scp <files...>', 'service control policies (one organization level)')
    .option('--resource-policy <files...>', 'resource-based policies of the resource')
    .option('--session-policy <files...>', 'session policies')
    .requiredOption('--request <file>', 'the request as JSON, or - for stdin')
    .option('--explain', 'print every statement whose action matched, with each condition\'s resolved values, and whether the action and resource type exist (service data)')
    .option('--service-data', 'decide with the service authorization data: an action that does not exist is allowed by no wildcard')
    .addOption(new Option('--mode <mode>', 'which evaluator decides').choices(['reference', 'compiled']).default('compiled'))
    .addHelpText('after', AUTHORIZE_HELP)
    .action((opts: AuthorizeOptions) => {
      const inputs = [...(opts.policy ?? []), ...(opts.boundary ?? []), ...(opts.scp ?? []), ...(opts.resourcePolicy ?? []), ...(opts.sessionPolicy ?? []), opts.request];
      if (inputs.filter((f) => f === '-').length > 1) throw new CliInputError('standard input (`-`) can be read only once');
      if (!opts.policy?.length && !opts.resourcePolicy?.length) throw new CliInputError('give at least one --policy or --resource-policy');
      const { set, files } = readPolicySet(ctx, opts);
      const request = readJson(ctx.io, opts.request, 'request');
      // Plain evaluation never reads the service data; --explain reads it for notes, --service-data to decide.
      const r = authorizeWithServiceData(set, request as Parameters<typeof authorizeWithServiceData>[1], { mode: opts.mode, serviceData: Boolean(opts.explain || opts.serviceData), decide: Boolean(opts.serviceData) });
      if (!r.ok) {
        const policyErrors = r.diagnostics.filter((d) => d.document !== 'request');
        if (policyErrors.length === 0) {
          const first = r.diagnostics[0];
          throw new CliInputError(`${opts.request === '-' ? '<stdin>' : opts.request}: ${first?.path || '(root)'}: ${first?.message ?? 'invalid request'}`, r.diagnostics);
        }
        const located = r.diagnostics.map((d) => ({ ...d, file: d.document === 'request' ? opts.request : fileOf(files, d.params?.policyKind, d.params?.policyIndex) }));
        if (ctx.format() === 'json') printJson(ctx.io, { decided: false, diagnostics: located });
        else {
          for (const d of located) ctx.io.stdout(formatFinding(d.file, d) + '\n');
          ctx.io.stdout(`not decided: ${plural(countOf(located, 'error'), 'error')} in the policies\n`);
        }
        ctx.exitCode = EXIT_NEGATIVE;
        return;
      }
      for (const w of r.warnings) ctx.io.stderr(formatFinding(w.document === 'request' ? opts.request : fileOf(files, w.params?.policyKind, w.params?.policyIndex), w) + '\n');
      if (ctx.format() === 'json') printJson(ctx.io, r.value);
      else printDecision(ctx, r.value, files, Boolean(opts.explain));
      if (r.value.decision !== 'Allow') ctx.exitCode = EXIT_NEGATIVE;
    });
}

/** `arbiter iam validate` and `arbiter iam authorize`. */
export function registerIamCommands(program: Command, ctx: CommandContext): void {
  const iam = program
    .command('iam')
    .description('IAM policies: validate like IAM Access Analyzer, decide requests like IAM, explain every decision')
    .addHelpText('after', `
Exit status: 0 valid / Allow; 1 invalid policy / ExplicitDeny / ImplicitDeny; 2 unusable input.

Examples:
  arbiter iam validate policies/*.json
  arbiter iam authorize --policy dev.json --request req.json --explain
  arbiter iam validate --help     (finding format, --kind)
  arbiter iam authorize --help    (request format, policy kinds)`);
  registerValidate(iam, ctx);
  registerAuthorize(iam, ctx);
}
