/**
 * DriversLicense-{CC} for the 31 countries AWS lists. AWS documents only the keywords; the value
 * shapes are the national card formats (EU card field 5, state formats for AU/CA/US), kept
 * alternatives-only so every pattern stays linear. Where the licence number is a personal code
 * with a check character (ES: DNI/NIE, FI: HETU, SE: personnummer) the check is applied.
 */
import type { ManagedIdentifier } from '../../types.js';
import { dniLetter, luhn, nieLetter } from '../../checksums.js';
import { DRIVERS_LICENSE_KEYWORDS } from './drivers-license-keywords.js';
import { defineIdentifier, tokenPattern } from './define.js';

interface LicenceShape {
  /** Regex source of the value (non-capturing groups only). */
  shape: string;
  check?: (value: string) => boolean;
}

const HETU_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** Finnish personal identity code: DDMMYY, century sign, 3 digits, check character mod 31. */
function hetu(value: string): boolean {
  const m = /^(\d{6})[-+A-FU-Y]?(\d{3})([0-9A-Y])$/.exec(value);
  return !!m && HETU_CHECK[Number(m[1]! + m[2]!) % 31] === m[3];
}

/** Swedish personnummer: (YY)YYMMDD, separator, 4 digits; Luhn over the 10-digit form. */
function personnummer(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  return luhn(digits.length === 12 ? digits.slice(2) : digits);
}

const DDMMYY = '(?:0[1-9]|[12]\\d|3[01])(?:0[1-9]|1[0-2])\\d{2}';
const YYMMDD = '\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])';

const SHAPES: Record<string, LicenceShape> = {
  AT: { shape: '\\d{8}' },
  // State formats: NSW/QLD/VIC/WA/NT/ACT digit runs (NT and ACT from 5 digits), SA `S12345`, TAS
  // one or two letters + digits, older NSW/VIC letter prefixes, and the `12AB34567` form.
  AU: { shape: '[A-Z]{1,2}\\d{4,10}|\\d{5,10}|\\d{2}[A-Z]{2}\\d{5}' },
  BE: { shape: '\\d{10}' },
  BG: { shape: '\\d{9}' },
  CA: { shape: '[A-Z]\\d{4}-?\\d{5}-?\\d{5}|[A-Z]\\d{12}|\\d{6}-\\d{3}|\\d{7,9}' },
  CY: { shape: '\\d{9}' },
  CZ: { shape: '[A-Z]{2} ?\\d{6}' },
  DE: { shape: '[A-Z0-9]\\d{2}[A-Z0-9]{6}\\d[A-Z0-9]' },
  DK: { shape: '\\d{8}' },
  EE: { shape: '[A-Z]{2}\\d{6}' },
  ES: { shape: '\\d{8}-?[A-Z]|[XYZ]-?\\d{7}-?[A-Z]', check: (v) => dniLetter(v) || nieLetter(v) },
  FI: { shape: `${DDMMYY}[-+A-FU-Y]\\d{3}[0-9A-FHJ-NPR-Y]`, check: hetu },
  FR: { shape: '\\d{12}|\\d{2}[A-Z]{2}\\d{5}' },
  GB: { shape: '[A-Z9]{5}\\d[0156]\\d(?:0[1-9]|[12]\\d|3[01])\\d[A-Z9]{2}\\d[A-Z]{2}' },
  GR: { shape: '\\d{9}' },
  HR: { shape: '\\d{8}' },
  HU: { shape: '[A-Z]{2}\\d{6}' },
  IE: { shape: '\\d{9}|\\d{3}-\\d{3}-\\d{3}' },
  // Card since 2013: U1 + 7 + check letter; 1999–2013 card: province letters + 7 digits + letter;
  // older paper licences: province letters + 6–7 digits. Groups may be written apart.
  IT: { shape: 'U1 ?[A-Z0-9]{7} ?[A-Z]|[A-Z]{2}[ -]?\\d{6,7}(?:[ -]?[A-Z])?' },
  LT: { shape: '\\d{8}' },
  LU: { shape: '\\d{6}' },
  LV: { shape: '[A-Z]{3}\\d{6}' },
  MT: { shape: '\\d{7}[A-Z]' },
  NL: { shape: '\\d{10}' },
  PL: { shape: '\\d{5}/\\d{2}/\\d{4}' },
  PT: { shape: '[A-Z]{1,2}-?\\d{6} ?\\d' },
  RO: { shape: '[A-Z]\\d{8}|\\d{9}' },
  SE: { shape: `(?:19|20)?${YYMMDD}[-+]?\\d{4}`, check: personnummer },
  SI: { shape: '\\d{9}' },
  SK: { shape: '[A-Z]\\d{7}' },
  // FL/MD/MI (letter + 12 digits, grouped), IL (letter + 11), NJ (letter + 14), NY/CO (grouped digits),
  // letter(s) + digits (CA, WI, …), digit runs (TX, PA, …), WA (WDL + 9).
  US: {
    shape:
      '[A-Z]\\d{3}-\\d{3}-\\d{2}-\\d{3}-?\\d?|[A-Z] \\d{3} \\d{3} \\d{3} \\d{3}|[A-Z]\\d{3}-\\d{4}-\\d{4}|' +
      '[A-Z]\\d{4}[ -]\\d{5}[ -]\\d{5}|[A-Z]{1,2}\\d{4,14}|\\d{2}[A-Z]{3}\\d{5}|\\d{7,12}|\\d{3} \\d{3} \\d{3}|' +
      '\\d{2}-\\d{3}-\\d{4}|[A-Z]\\d{2}-\\d{2}-\\d{4}|WDL[A-Z0-9]{9}',
  },
};

/** The 31 DriversLicense-{CC} identifiers, in country order. */
export const driversLicenseIdentifiers: ManagedIdentifier[] = Object.entries(SHAPES).map(([country, spec]) =>
  defineIdentifier({
    name: `DriversLicense-${country}`,
    pattern: tokenPattern(spec.shape),
    keywords: DRIVERS_LICENSE_KEYWORDS[country] ?? [],
    ...(spec.check ? { check: spec.check } : {}),
  }),
);
