import type { Scenario } from './scenario.js';

/** (being written) */
export const lambdaAbac: Scenario = {
  folder: 'lambda-abac',
  run: () => ({ title: 'lambda-abac', lines: [], results: [], mismatches: ['scenario not written yet'] }),
};
