/**
 * US health identifiers (PHI): DEA registration numbers (check digit), Health Insurance Claim
 * Numbers (SSN + beneficiary identification code, or the Railroad Retirement Board forms),
 * HCPCS/CPT procedure codes, Medicare Beneficiary Identifiers (CMS character positions),
 * National Drug Codes (FDA 4-4-2 / 5-3-2 / 5-4-1 labeler-product-package, or the 11-digit 5-4-2
 * billing form) and National Provider Identifiers (Luhn over 80840 + NPI, first digit 1 or 2).
 * Keywords from AWS's PHI table (S1).
 */
import type { ManagedIdentifier } from '../../types.js';
import { dea, npi } from '../../checksums.js';
import { defineIdentifier, tokenPattern } from './define.js';

export const deaNumberUs = defineIdentifier({
  name: 'DrugEnforcementAgencyNumber-US',
  category: 'Health',
  // First letter: registrant type (A B F G for practitioners, M for mid-levels, P R S T U X …).
  pattern: tokenPattern('[ABCDEFGHJKLMPRSTUX][A-Z9]\\d{7}'),
  keywords: ['dea number', 'dea registration', 'dea registration number', 'dea no', 'dea#', 'dea', 'dea reg'],
  check: dea,
});

const BIC = '[A-Z][A-Z0-9]?';
const RRB = '(?:A|CA|CD|H|JA|JD|MA|MH|PA|PD|PH|WA|WCA|WCD|WCH|WD|WH)\\d{6}(?:\\d{3})?';

export const hicnUs = defineIdentifier({
  name: 'HealthInsuranceClaimNumber-US',
  category: 'Health',
  pattern: tokenPattern(`\\d{9}${BIC}|\\d{3}-\\d{2}-\\d{4}-?${BIC}|\\d{3} \\d{2} \\d{4} ?${BIC}|${RRB}`),
  keywords: [
    'health insurance claim number', 'health insurance claim no', 'hic no', 'hic no.', 'hic number', 'hic#', 'hicn',
    'hicn#', 'hicn#.', 'hicno#', 'hic', 'medicare claim number',
  ],
});

export const hcpcsUs = defineIdentifier({
  name: 'HealthcareProcedureCode-US',
  category: 'Health',
  // Level II: a letter (A–V, no D, F, I, N, O) + 4 digits; Level I (CPT): 5 digits, or 4 digits + F/T/U.
  pattern: tokenPattern('[ABCEGHJKLMPQRSTV]\\d{4}|\\d{4}[0-9FTU]'),
  keywords: [
    'current procedural terminology', 'hcpcs', 'hcpcs code', 'healthcare common procedure coding system',
    'healthcare common procedure code', 'cpt', 'cpt code', 'cpt#', 'procedure code',
  ],
});

// MBI letters exclude S, L, O, I, B, Z; positions: C A AN N A AN N A A N N.
const A = '[AC-HJKMNP-RT-Y]';
const AN = '[AC-HJKMNP-RT-Y0-9]';
const MBI = `[1-9]${A}${AN}\\d-?${A}${AN}\\d-?${A}${A}\\d{2}`;

export const mbiUs = defineIdentifier({
  name: 'MedicareBeneficiaryNumber-US',
  category: 'Health',
  pattern: tokenPattern(MBI),
  keywords: [
    'mbi', 'mbi#', 'medicare beneficiary', 'medicare beneficiary identifier', 'medicare beneficiary number',
    'medicare beneficiary id', 'medicare number', 'medicare id',
  ],
});

/**
 * NDC: labeler, product and package segments. The FDA's 10-digit forms are 4-4-2, 5-3-2 and 5-4-1,
 * and the HIPAA billing form pads them to 5-4-2; written forms also drop a pad zero from a segment
 * (`0002-751-01` for 00002-0751-01). So: segments of 4–5, 3–4 and 1–2 digits joined by one hyphen or
 * space, 9 to 11 digits in all, or 10–11 digits unseparated.
 */
export const ndcUs = defineIdentifier({
  name: 'NationalDrugCode-US',
  category: 'Health',
  pattern: tokenPattern('\\d{4,5}-\\d{3,4}-\\d{1,2}|\\d{4,5} \\d{3,4} \\d{1,2}|\\d{10,11}'),
  keywords: ['national drug code', 'ndc', 'ndc#', 'ndc code', 'ndc number', 'ndc no'],
  check: (digits) => digits.length >= 9 && digits.length <= 11,
});

export const npiUs = defineIdentifier({
  name: 'NationalProviderId-US',
  category: 'Health',
  pattern: tokenPattern('[12]\\d{9}'),
  keywords: ['hipaa', 'n.p.i', 'n.p.i.', 'national provider', 'national provider id', 'national provider identifier', 'npi', 'npi#', 'npi number'],
  check: npi,
});

export const healthUsIdentifiers: ManagedIdentifier[] = [deaNumberUs, hicnUs, hcpcsUs, mbiUs, ndcUs, npiUs];
