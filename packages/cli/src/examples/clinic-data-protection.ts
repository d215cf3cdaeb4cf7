import type { Scenario } from './scenario.js';

/** (being written) */
export const clinicDataProtection: Scenario = {
  folder: 'clinic-data-protection',
  run: () => ({ title: 'clinic-data-protection', lines: [], results: [], mismatches: ['scenario not written yet'] }),
};
