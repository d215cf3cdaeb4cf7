/** `arbiter dp validate|scan|publish|mask`: SNS message data protection and CloudWatch Logs data protection. */
import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { registerDpMask } from './dp/mask.js';
import { registerDpPublish } from './dp/publish.js';
import { registerDpScan } from './dp/scan.js';
import { registerDpValidate } from './dp/validate.js';

const HELP = `
Examples:
  arbiter dp validate examples/clinic-data-protection/policy.json
  arbiter dp scan --identifiers Ssn-US,EmailAddress message.json
  arbiter dp publish --policy examples/clinic-data-protection/policy.json \\
    --principal arn:aws:iam::111222333444:role/Admin --message 'NDC: 0777-3105-02' \\
    --subscription billing=arn:aws:iam::111222333444:role/BillingRole
  arbiter dp scan --logs --policy logs-policy.json subscription-event.json   (CloudWatch Logs)
  arbiter dp mask --policy logs-policy.json app.log.gz > app.masked.log      (CloudWatch Logs)

Exit status: 0 valid / nothing found / published; 1 invalid / findings / publish denied; 2 unusable input.
Run \`arbiter dp <command> --help\` for each command's options.`;

/** Registers `arbiter dp …`. */
export function registerDpCommands(program: Command, ctx: CommandContext): void {
  const dp = program
    .command('dp')
    .description('data protection: validate SNS policies, scan messages or CloudWatch Logs events for PII/PHI, run an SNS publish, mask recorded logs')
    .addHelpText('after', HELP);
  registerDpValidate(dp, ctx);
  registerDpScan(dp, ctx);
  registerDpPublish(dp, ctx);
  registerDpMask(dp, ctx);
}
