/**
 * TaxId-{DE,ES,FR,GB} and IndividualTaxIdentificationNumber-US. Keywords from AWS's tax
 * identification number table (S1 PII); formats and check digits from the issuing authorities:
 * DE Steuer-IdNr (ISO 7064 MOD 11,10), ES NIF of legal entities (CIF control character), FR numéro
 * fiscal (SPI, key = first ten digits mod 511), GB Unique Taxpayer Reference (no check applied:
 * HMRC does not publish the algorithm), US ITIN (9XX-[50-65|70-88|90-99]-XXXX, IRS ranges plus 93).
 */
import type { ManagedIdentifier } from '../../types.js';
import { cifControl, frenchTaxNumber, steuerId } from '../../checksums.js';
import { defineIdentifier, tokenPattern } from './define.js';

const TAX_ENGLISH = ['tax id', 'tax identification number', 'tax number', 'tin', 'tin#', 'tax id no', 'tax id number'];

export const taxIdDe = defineIdentifier({
  name: 'TaxId-DE',
  pattern: tokenPattern('[1-9]\\d(?: ?\\d{3}){3}'),
  keywords: [
    ...TAX_ENGLISH, 'identifikationsnummer', 'steuer id', 'steueridentifikationsnummer', 'steuernummer',
    'steuer-identifikationsnummer', 'steuer identifikationsnummer', 'steuer-idnr', 'steueridnr', 'idnr',
    'steuerliche identifikationsnummer',
  ],
  check: steuerId,
});

export const taxIdEs = defineIdentifier({
  name: 'TaxId-ES',
  pattern: tokenPattern('[ABCDEFGHJNPQRSUVW]-?\\d{7}-?[0-9A-J]'),
  keywords: [
    ...TAX_ENGLISH, 'cif', 'cif número', 'cifnúmero#', 'número de contribuyente', 'número de identificación fiscal',
    'numero de identificacion fiscal', 'número de impuesto corporativo', 'personal tax number', 'vat number',
    'nie', 'nif', 'nif#', 'código de identificación fiscal', 'codigo de identificacion fiscal',
  ],
  check: cifControl,
  note: 'legal entities (CIF form); personal NIFs are NifNumber-ES / NationalIdentificationNumber-ES',
});

export const taxIdFr = defineIdentifier({
  name: 'TaxId-FR',
  pattern: tokenPattern('[0-3]\\d ?\\d{2} ?\\d{3} ?\\d{3} ?\\d{3}|[0-3]\\d \\d{2} \\d{3} \\d{6}'),
  keywords: [
    ...TAX_ENGLISH, "numéro d'identification fiscale", "numero d'identification fiscale", 'numéro fiscal',
    'numero fiscal', 'numéro fiscal de référence', 'numéro spi', 'spi', 'n° fiscal', 'identifiant fiscal',
    'référence fiscale',
  ],
  check: frenchTaxNumber,
});

export const taxIdGb = defineIdentifier({
  name: 'TaxId-GB',
  pattern: tokenPattern('\\d{5} ?\\d{5}K?|\\d{10}K?'),
  keywords: [
    ...TAX_ENGLISH, 'paye', 'tax id no.', 'tax identification', 'tax identification#', 'tax no.', 'tax no',
    'tax reference', 'tax#', 'taxid#', 'temporary reference number', 'trn', 'unique tax reference',
    'unique taxpayer reference', 'utr',
  ],
  note: 'UTR: 10 digits; HMRC publishes no check-digit rule, so none is applied',
});

// IRS ranges are 50–65, 70–88, 90–92 and 94–99; 93 is accepted too because the corpus's
// higher-confidence case dp-itin-pos-5 records AWS reporting 900-93-0001 (see known-failing).
const ITIN_GROUP = '(?:5\\d|6[0-5]|7\\d|8[0-8]|9\\d)';

export const itinUs = defineIdentifier({
  name: 'IndividualTaxIdentificationNumber-US',
  pattern: tokenPattern(`9\\d{2}-${ITIN_GROUP}-\\d{4}|9\\d{2} ${ITIN_GROUP} \\d{4}|9\\d{2}${ITIN_GROUP}\\d{4}`),
  keywords: ['individual taxpayer identification number', 'itin', 'i.t.i.n.', 'itin#', 'itin number', 'taxpayer identification number'],
});

export const taxIdentifiers: ManagedIdentifier[] = [taxIdDe, taxIdEs, taxIdFr, taxIdGb, itinUs];
