/** Vehicle identification numbers: 17 characters of ISO 3779 (no I, O, Q), keyword required. */
import { vin } from '../checksums.js';
import type { ManagedIdentifier } from '../types.js';

export const vehicleIdentificationNumber: ManagedIdentifier = {
  name: 'VehicleIdentificationNumber',
  category: 'Personal',
  pattern: /(?<![A-Za-z0-9])[A-HJ-NPR-Z0-9]{17}(?![A-Za-z0-9])/g,
  keywords: [
    'fahrgestellnummer', 'niv', 'numarul de identificare', 'numero de identificacion del vehiculo', 'numéro d\'identification du véhicule',
    'numero di telaio', 'vehicle identification number', 'vin', 'vin#', 'vin number', 'chassis number',
  ],
  // North-American VINs (WMI 1-5) carry a check digit in position 9; others need letters and digits.
  validate: (c) => (/^[1-5]/.test(c) ? vin(c) : /\d/.test(c) && /[A-Z]/.test(c)),
  note: 'ISO 3779/3780; check digit for North-American VINs',
};
