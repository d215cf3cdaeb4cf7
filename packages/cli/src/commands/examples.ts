/** `arbiter examples [DIR]`: Arbiter's main job on the bundled seed scenarios. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { CliInputError, EXIT_NEGATIVE, printJson } from '../io.js';
import type { Scenario, ScenarioReport } from '../examples/scenario.js';
import { scenarios } from '../examples/index.js';

export function registerExamplesCommand(program: Command, ctx: CommandContext): void {
  program
    .command('examples')
    .description("run the bundled seed scenarios (routing, data protection, ABAC) and check their expected outcomes")
    .argument('[dir]', 'the examples folder', 'examples')
    .addHelpText('after', '\nExit status 0 when every scenario ran and matched its stated expectations, 1 otherwise.')
    .action((dir: string) => {
      if (!existsSync(dir)) throw new CliInputError(`no examples folder at \`${dir}\``);
      const reports: ScenarioReport[] = [];
      const ran = scenarios.filter((s: Scenario) => existsSync(join(dir, s.folder)));
      for (const s of ran) reports.push(s.run(join(dir, s.folder), ctx.io));
      const mismatches = reports.flatMap((r) => r.mismatches);
      if (ctx.format() === 'json') printJson(ctx.io, { scenarios: reports.map(({ title, results, mismatches: m }) => ({ title, results, mismatches: m })) });
      else {
        for (const r of reports) ctx.io.stdout(`== ${r.title}\n${r.lines.join('\n')}\n\n`);
        ctx.io.stdout(mismatches.length ? `${mismatches.length} expectation(s) did not hold:\n${mismatches.map((m) => `  ${m}`).join('\n')}\n` : `${reports.length} scenarios ran; every stated expectation held\n`);
      }
      if (mismatches.length || ran.length === 0) ctx.exitCode = EXIT_NEGATIVE;
    });
}
