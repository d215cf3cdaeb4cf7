/**
 * Canada: SocialInsuranceNumber-CA (9 digits, Luhn; ESDC), PermanentResidenceNumber-CA (PR card:
 * 2 letters + 7 digits) and PersonalHealthNumber-CA (provincial health card numbers: BC/ON
 * 10 digits, QC RAMQ 4 letters + 8 digits, AB/MB/SK/NS 9–10 digits). Keywords from AWS (S1 PII, PHI).
 */
import type { ManagedIdentifier } from '../../types.js';
import { sin } from '../../checksums.js';
import { defineIdentifier, tokenPattern } from './define.js';

export const socialInsuranceNumberCa = defineIdentifier({
  name: 'SocialInsuranceNumber-CA',
  pattern: tokenPattern('\\d{3}-\\d{3}-\\d{3}|\\d{3} \\d{3} \\d{3}|\\d{9}'),
  keywords: [
    'canadian id', 'numéro d\'assurance sociale', "numero d'assurance sociale", 'social insurance number',
    'social insurance no', 'sin', 'sin#', 'sin no', 'sin number', 'nas', "numéro d'assurance social",
  ],
  check: sin,
});

export const permanentResidenceNumberCa = defineIdentifier({
  name: 'PermanentResidenceNumber-CA',
  pattern: tokenPattern('[A-Z]{2}\\d{7}|[A-Z]{2} \\d{7}'),
  keywords: [
    'carte résident permanent', 'carte de résident permanent', 'numéro carte résident permanent',
    'numéro résident permanent', 'numéro de résident permanent', 'permanent resident card',
    'permanent resident card number', 'permanent resident no', 'permanent resident no.', 'permanent resident number',
    'permanent residence number', 'permanent resident', 'pr card', 'pr card number', 'pr no', 'pr no.', 'pr number',
    'pr#', 'résident permanent no.', 'résident permanent numéro', 'resident permanent', 'résident permanent',
  ],
});

export const personalHealthNumberCa = defineIdentifier({
  name: 'PersonalHealthNumber-CA',
  category: 'Health',
  pattern: tokenPattern(
    '\\d{4}[ -]?\\d{3}[ -]?\\d{3}(?:[ -]?[A-Z]{2})?|[A-Z]{4}[ -]?\\d{4}[ -]?\\d{4}|\\d{5}[ -]?\\d{4}|\\d{9}',
  ),
  keywords: [
    'canada healthcare number', 'msp number', 'msp no', 'personal healthcare number', 'personal health number',
    'phn', 'phn#', 'soins de santé', 'soins de sante', 'health card number', 'health card', 'carte santé',
    'carte soleil', 'numéro d\'assurance maladie', 'ohip', 'ohip number', 'care card', 'healthcare number',
    'health number',
  ],
});

export const canadaIdentifiers: ManagedIdentifier[] = [socialInsuranceNumberCa, permanentResidenceNumberCa, personalHealthNumberCa];
