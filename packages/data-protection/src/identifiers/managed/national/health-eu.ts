/**
 * European health identifiers (PHI): HealthInsuranceCardNumber-EU (EHIC card identification
 * number: 20 digits, `80` + the issuing state's ISO 3166 numeric code), HealthInsuranceNumber-FR
 * (the NIR printed on the Carte Vitale, 15 characters with its key) and NhsNumber-GB (10 digits,
 * mod-11 check). Keywords from AWS's PHI table (S1).
 */
import type { ManagedIdentifier } from '../../types.js';
import { inseeKey, nhsMod11 } from '../../checksums.js';
import { defineIdentifier, tokenPattern } from './define.js';
import { NIR_SHAPE } from './ssn.js';

export const ehicEu = defineIdentifier({
  name: 'HealthInsuranceCardNumber-EU',
  category: 'Health',
  pattern: tokenPattern('80\\d{18}|80\\d{3} \\d{5} \\d{10}'),
  keywords: [
    'assicurazione sanitaria numero', 'carta assicurazione numero', "carte d'assurance maladie",
    'carte européenne d\'assurance maladie', 'carte europeenne d\'assurance maladie', 'ceam', 'ehic', 'ehic#',
    'european health insurance card', 'european health insurance number', 'europäische krankenversicherungskarte',
    'gesundheitskarte', 'hic', 'hic#', 'health insurance card', 'health insurance number', 'insurance card number',
    'krankenversicherung', 'krankenversicherungskarte', 'krankenversicherungsnummer', 'medical account number',
    'numero de tarjeta sanitaria', 'número de tarjeta sanitaria', "numéro d'assurance maladie", 'tarjeta sanitaria',
    'tarjeta sanitaria europea', 'tessera sanitaria', 'tessera sanitaria assicurazione numero', 'tessera sanitaria europea',
    'versicherungsnummer', 'zorgverzekeringskaart', 'europese ziekteverzekeringskaart', 'cartão europeu de seguro de doença',
    'tarjeta sanitaria europea número', 'european health card', 'hälsokort', 'health card', 'numero conto medico',
    "numéro de carte d'assurance", 'numéro de compte medical', 'número de cuenta médica', 'número de tarjeta de seguro',
    'numero de tarjeta de seguro médico', 'sjukförsäkring nummer', 'sjukförsäkringskort', 'suomi terveyskortti',
    'terveyskortti', 'terveysvakuutuskortti',
  ],
});

export const healthInsuranceNumberFr = defineIdentifier({
  name: 'HealthInsuranceNumber-FR',
  category: 'Health',
  pattern: tokenPattern(NIR_SHAPE, 'i'),
  keywords: [
    "carte d'assuré social", "carte d'assure social", 'carte vitale', 'insurance card', "numéro d'assuré social",
    "numero d'assure social", "numéro d'assurance maladie", 'assurance maladie', 'numéro de sécurité sociale',
  ],
  check: inseeKey,
});

export const nhsNumberGb = defineIdentifier({
  name: 'NhsNumber-GB',
  category: 'Health',
  pattern: tokenPattern('\\d{3} \\d{3} \\d{4}|\\d{3}-\\d{3}-\\d{4}|\\d{10}'),
  keywords: [
    'national health service', 'national health service number', 'nhs', 'nhs number', 'nhs no', 'nhs no.', 'nhs#',
    'nhs num', 'health service number',
  ],
  check: nhsMod11,
});

export const healthEuIdentifiers: ManagedIdentifier[] = [ehicEu, healthInsuranceNumberFr, nhsNumberGb];
