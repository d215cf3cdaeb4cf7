/**
 * Social security numbers: Ssn-US, Ssn-ES, InseeCode-FR and NationalInsuranceNumber-GB.
 * Keywords from AWS's tables (S1 PII). Exclusions and checks:
 * - US (SSA): area 000, 666 and 900–999, group 00 and serial 0000 are never issued;
 * - ES: número de afiliación (NUSS), 2-digit province + 8 digits + key mod 97;
 * - FR: NIR, 13 characters + key = 97 − N mod 97 (Corsica 2A/2B count as 19/18);
 * - GB: NINO prefix rules of HMRC (no D F I Q U V; no O second; not BG GB KN NK NT TN ZZ), suffix A–D.
 */
import type { ManagedIdentifier } from '../../types.js';
import { inseeKey, ninoPrefix, spanishSsn } from '../../checksums.js';
import { defineIdentifier, tokenPattern } from './define.js';

/** SSA rules: the number was never issued when any part is all zeros or the area is 666 or 9xx. */
export function isIssuableSsn(digits: string): boolean {
  const area = digits.slice(0, 3);
  return (
    /^\d{9}$/.test(digits) && area !== '000' && area !== '666' && area[0] !== '9' && digits.slice(3, 5) !== '00' &&
    digits.slice(5) !== '0000'
  );
}

export const ssnUs = defineIdentifier({
  name: 'Ssn-US',
  pattern: tokenPattern('\\d{3}-\\d{2}-\\d{4}|\\d{3} \\d{2} \\d{4}|\\d{3}\\.\\d{2}\\.\\d{4}|\\d{9}'),
  keywords: [
    'social security', 'social security number', 'social security no', 'social security #', 'ss#', 'ss #', 'ssn',
    'ssn#', 'ssns', 'ss no', 'ss number', 'soc sec', 'socialsecurityno#',
  ],
  check: isIssuableSsn,
});

export const ssnEs = defineIdentifier({
  name: 'Ssn-ES',
  pattern: tokenPattern('\\d{2}[ /-]?\\d{8}[ /-]?\\d{2}'),
  keywords: [
    'número de la seguridad social', 'numero de la seguridad social', 'número de seguridad social',
    'numero de seguridad social', 'número de afiliación', 'numero de afiliacion', 'seguridad social', 'nuss',
    'naf', 'social security no.', 'social security no', 'social security number', 'socialsecurityno#', 'ssn', 'ssn#',
  ],
  check: spanishSsn,
});

/** French NIR as written: sex, year, month, department (2A/2B), commune, order, key; spaces, dots or hyphens between groups. */
export const NIR_SHAPE = '[12378][ .-]?\\d{2}[ .-]?\\d{2}[ .-]?(?:\\d{2}|2[AB])[ .-]?\\d{3}[ .-]?\\d{3}[ .-]?\\d{2}';

export const inseeCodeFr = defineIdentifier({
  name: 'InseeCode-FR',
  pattern: tokenPattern(NIR_SHAPE, 'i'),
  keywords: [
    'insee', 'code insee', 'numéro insee', 'numero insee', 'nir', 'numéro nir', 'numéro de sécurité sociale',
    'numero de securite sociale', 'numéro de sécu', 'numero de secu', 'numéro sécu', 'sécurité sociale',
    'securite sociale', 'sécu', "numéro d'assurance", "numero d'assurance", "numéro d'inscription au répertoire",
    'social security number', 'social security', 'ssn', 'ssn#', 'national id', 'national identification number',
    'national identity number', 'numéro national', 'identifiant national', 'assurance sociale',
    "carte nationale d'identité", 'cni', 'code sécurité sociale', 'french national id', 'french personal id',
    "numéro d'identité", "numéro d'identification nationale", "numéro d'assuré social", "no d'assuré social",
    "no d'identité nationale", "numéro d'assuré", 'n° de sécurité sociale', 'n° sécu',
  ],
  check: inseeKey,
});

export const nationalInsuranceNumberGb = defineIdentifier({
  name: 'NationalInsuranceNumber-GB',
  pattern: tokenPattern('[A-Z]{2} ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]|[A-Z]{2}-\\d{2}-\\d{2}-\\d{2}-[A-D]'),
  keywords: [
    'insurance no.', 'insurance no', 'insurance number', 'insurance#', 'national insurance number',
    'national insurance no', 'national insurance', 'nationalinsurance#', 'nationalinsurancenumber', 'nin', 'nino',
    'ni number', 'ni no', 'nino#',
  ],
  // `QQ` is HMRC's specimen prefix (QQ 12 34 56 C on its forms); real allocations follow ninoPrefix.
  check: (v) => ninoPrefix(v.slice(0, 2)) || v.startsWith('QQ'),
});

export const ssnIdentifiers: ManagedIdentifier[] = [ssnUs, ssnEs, inseeCodeFr, nationalInsuranceNumberGb];
