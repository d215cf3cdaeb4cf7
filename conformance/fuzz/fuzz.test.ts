/** The short fuzz run of `npm test`: seconds, seeded, every evaluator; any throw, hang or disagreement fails. */
import { expect, it } from 'vitest';
import { runCampaign } from './campaign.js';
import { FAMILIES } from './targets.js';

it('a short seeded fuzz campaign finds no throw, no call over budget, no disagreement', () => {
  const { stats, counterexamples } = runCampaign({ seed: 17, durationMs: 3_000, minBatches: 2 * FAMILIES.length, batchScale: 0.2, budgetMs: 5_000 });
  for (const family of FAMILIES) for (const name of family.evaluators) expect(stats[name]!.inputs, name).toBeGreaterThan(0);
  expect(counterexamples.map((c) => `${c.target} ${c.kind}: ${c.detail.slice(0, 300)}`)).toEqual([]);
}, 60_000);
