/** The managed identifiers this package defines itself (the national ones live in `national/`). */
import type { ManagedIdentifier } from '../types.js';
import { address } from './address.js';
import { bankAccountIdentifiers } from './bank-account.js';
import { credentialIdentifiers } from './credentials.js';
import { creditCardIdentifiers } from './credit-card.js';
import { dateOfBirth } from './date-of-birth.js';
import { emailAddress } from './email-address.js';
import { ipAddress } from './ip-address.js';
import { latLong } from './lat-long.js';
import { name } from './name.js';
import { phoneIdentifiers } from './phone-number.js';
import { vehicleIdentificationNumber } from './vehicle-identification-number.js';

export const coreIdentifiers: ManagedIdentifier[] = [
  ...credentialIdentifiers,
  ipAddress,
  ...bankAccountIdentifiers,
  ...creditCardIdentifiers,
  address,
  dateOfBirth,
  emailAddress,
  latLong,
  name,
  ...phoneIdentifiers,
  vehicleIdentificationNumber,
];
