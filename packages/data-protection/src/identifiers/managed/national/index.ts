/**
 * Country-specific and PHI managed data identifiers: the driver's licences of 31 countries,
 * passports, tax and national ids, social security numbers, Brazilian, Canadian and postal codes,
 * and the health identifiers. Each entry is data (pattern, keywords, check); the scanner runs them.
 */
import type { ManagedIdentifier } from '../../types.js';
import { brazilIdentifiers } from './brazil.js';
import { canadaIdentifiers } from './canada.js';
import { driversLicenseIdentifiers } from './drivers-license.js';
import { healthEuIdentifiers } from './health-eu.js';
import { healthUsIdentifiers } from './health-us.js';
import { nationalIdIdentifiers } from './national-id.js';
import { passportIdentifiers } from './passport.js';
import { postalIdentifiers } from './postal.js';
import { ssnIdentifiers } from './ssn.js';
import { taxIdentifiers } from './tax-id.js';

export const nationalIdentifiers: ManagedIdentifier[] = [
  ...driversLicenseIdentifiers,
  ...passportIdentifiers,
  ...taxIdentifiers,
  ...nationalIdIdentifiers,
  ...ssnIdentifiers,
  ...brazilIdentifiers,
  ...canadaIdentifiers,
  ...postalIdentifiers,
  ...healthUsIdentifiers,
  ...healthEuIdentifiers,
];
