/** `arbiter dp validate|scan|publish`: SNS message data protection policies. */
import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
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

Exit status: 0 valid / nothing found / published; 1 invalid / findings / publish denied; 2 unusable input.
Run \`arbiter dp <command> --help\` for each command's options.`;

/** Registers `arbiter dp …`. */
export function registerDpCommands(program: Command, ctx: CommandContext): void {
  const dp = program
    .command('dp')
    .description('SNS message data protection: validate policies, scan messages for PII/PHI, run a publish with its deliveries')
    .addHelpText('after', HELP);
  registerDpValidate(dp, ctx);
  registerDpScan(dp, ctx);
  registerDpPublish(dp, ctx);
}
