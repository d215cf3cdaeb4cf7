import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM helper without types
import { compareRuns } from '../compare.mjs';

const run = (ratio: number, rme: number) => ({ route: [{ set: 'mixed-1000', subscriptions: 1000, eventsPerSecond: 1, ratioToParse: ratio, rme }] });

describe('bench --compare', () => {
  it('calls a change inside the combined margin of error noise', () => {
    expect(compareRuns(run(1.0, 4), run(0.93, 4))[0]).toMatchObject({ verdict: 'noise', changePct: -7, noisePct: 8 });
  });
  it('flags a slow-down beyond the noise band, and a speed-up', () => {
    expect(compareRuns(run(1.0, 1), run(0.8, 1))[0].verdict).toBe('slower');
    expect(compareRuns(run(1.0, 1), run(1.2, 1))[0].verdict).toBe('faster');
  });
  it('never calls a change under 5 % anything but noise', () => {
    expect(compareRuns(run(1.0, 0), run(0.96, 0))[0].verdict).toBe('noise');
  });
  it('skips figures the base run does not have', () => {
    expect(compareRuns({}, run(1, 1))).toEqual([]);
  });
});
