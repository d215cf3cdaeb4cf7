/**
 * PassportNumber-{CA,DE,ES,FR,GB,IT,US}. Keywords are AWS's passport lists (S1 PII table; the
 * English terms appear in every list because AWS includes them); value shapes are the issuing
 * countries' booklet numbers as printed on the data page.
 */
import type { ManagedIdentifier } from '../../types.js';
import { defineIdentifier, tokenPattern } from './define.js';

const ENGLISH = [
  'passport', 'passport#', 'passport #', 'passport no', 'passport number', 'passport numbers', 'passportid',
  'passport id', 'passportno', 'passportnumber', 'passports', 'passport num',
];

const FRENCH = [
  'passeport', 'passeports', 'passeport #', 'passeport n°', 'passeport n °', 'passeport no', 'numéro de passeport',
  'numéros de passeport', 'numero de passeport', 'n° de passeport', 'no de passeport', 'passeport numéro',
];

interface PassportSpec {
  country: string;
  shape: string;
  keywords: readonly string[];
}

const PASSPORTS: PassportSpec[] = [
  // Canada: 2 letters + 6 digits (AB123456).
  { country: 'CA', shape: '[A-Z]{2}\\d{6}', keywords: [...ENGLISH, ...FRENCH] },
  // Germany: 9 characters from the ICAO-safe alphabet, first a letter (C F G H J K).
  {
    country: 'DE',
    shape: '[CFGHJK][CFGHJKLMNPRTVWXYZ0-9]{8}',
    keywords: [
      ...ENGLISH, 'reisepass', 'reisepasse', 'reisepässe', 'reisepassnummer', 'reisepass nummer', 'passnummer',
      'pass nummer', 'pass-nr', 'passnr',
    ],
  },
  // Spain: 3 letters + 6 digits (PAA000000), older 2 letters + 6 digits.
  {
    country: 'ES',
    shape: '[A-Z]{2,3}\\d{6}',
    keywords: [
      ...ENGLISH, 'pasaporte', 'pasaportes', 'número pasaporte', 'número de pasaporte', 'número del pasaporte',
      'números de pasaporte', 'numero pasaporte', 'numero de pasaporte', 'no de pasaporte', 'nº de pasaporte',
      'libreta pasaporte', 'pasaporte no', 'pasaporte número', 'pasaporte numero', 'pasaporte n°',
    ],
  },
  // France: 2 digits + 2 letters + 5 digits (09FC12345).
  { country: 'FR', shape: '\\d{2}[A-Z]{2}\\d{5}', keywords: [...ENGLISH, ...FRENCH, 'passeport français', 'passeport francais'] },
  // United Kingdom: 9 digits.
  { country: 'GB', shape: '\\d{9}', keywords: [...ENGLISH, 'uk passport', 'british passport'] },
  // Italy: 2 letters + 7 digits (YA1234567).
  {
    country: 'IT',
    shape: '[A-Z]{2}\\d{7}',
    keywords: [
      ...ENGLISH, 'passaporto', 'passaporti', 'passaporto italiano', 'passaporto numero', 'numero passaporto',
      'numero di passaporto', 'numeri di passaporto', 'n. passaporto', 'passaporto n.',
    ],
  },
  // United States: 9 digits, or a letter + 8 digits (Next Generation passport).
  {
    country: 'US',
    shape: '[A-Z]\\d{8}|\\d{9}',
    keywords: [...ENGLISH, 'us passport', 'u.s. passport', 'passport book', 'passport card', 'travel document', 'travel documents'],
  },
];

/** The seven PassportNumber-{CC} identifiers. */
export const passportIdentifiers: ManagedIdentifier[] = PASSPORTS.map((p) =>
  defineIdentifier({ name: `PassportNumber-${p.country}`, pattern: tokenPattern(p.shape), keywords: p.keywords }),
);
