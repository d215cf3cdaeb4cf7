/**
 * AWS's keyword tables for passports, national ids and tax ids (PII page, its three keyword tables).
 * Transcribed from AWS's SNS developer guide, sns-message-data-protection-sensitive-data-types-*.md
 * (awsdocs/amazon-sns-developer-guide@d2d6700); spot-checked against the current CloudWatch Logs pages
 * (protect-sensitive-log-data-types-*.html), which carry the same lists.
 * Exactly as AWS lists them (case and spelling kept; four cells where AWS dropped a comma are
 * split: `dl# dl:`, `dlno# driver licence`, `dlno# ajokortti`, `social security no. número …`).
 */
export const AWS_NATIONAL_KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  'IndividualTaxIdentificationNumber-US': ['individual taxpayer identification number', 'itin', 'i.t.i.n.'],
  'InseeCode-FR': ['assurance sociale', 'carte nationale d’identité', 'cni', 'code sécurité sociale',
    'French social security number', 'fssn#', 'insee', 'insurance number', 'national id number', 'nationalid#',
    'numéro d\'assurance', 'sécurité sociale', 'sécurité sociale non.', 'sécurité sociale numéro', 'social',
    'social security', 'social security number', 'socialsecuritynumber', 'ss#', 'ssn', 'ssn#'],
  'NationalIdentificationNumber-DE': ['ausweisnummer', 'id number', 'identification number', 'identity number',
    'insurance number', 'personal id', 'personalausweis'],
  'NationalIdentificationNumber-ES': ['dni', 'dni#', 'dninúmero#', 'documento nacional de identidad',
    'identidad único', 'identidadúnico#', 'insurance number', 'national identification number', 'national identity',
    'nationalid#', 'nationalidno#', 'número nacional identidad', 'personal identification number',
    'personal identity no', 'unique identity number', 'uniqueid#'],
  'NationalIdentificationNumber-IT': ['codice fiscal', 'dati anagrafici', 'ehic', 'health card',
    'health insurance card', 'p. iva', 'partita i.v.a.', 'personal data', 'tax code', 'tessera sanitaria'],
  'NieNumber-ES': ['cif', 'cif número', 'cifnúmero#', 'nie', 'nif', 'número de contribuyente',
    'número de identidad de extranjero', 'número de identificación fiscal', 'número de impuesto corporativo',
    'personal tax number', 'tax id', 'tax identification number', 'tax number', 'tin', 'tin#'],
  'NifNumber-ES': ['cif', 'cif número', 'cifnúmero#', 'nie', 'nif', 'número de contribuyente',
    'número de identidad de extranjero', 'número de identificación fiscal', 'número de impuesto corporativo',
    'personal tax number', 'tax id', 'tax identification number', 'tax number', 'tin', 'tin#'],
  'PassportNumber-CA': ['passeport', 'passeport#', 'passport', 'passport#', 'passportno', 'passportno#'],
  'PassportNumber-DE': ['ausstellungsdatum', 'ausstellungsort', 'geburtsdatum', 'passport', 'passports', 'reisepass',
    'reisepass–nr', 'reisepassnummer'],
  'PassportNumber-ES': ['españa pasaporte', 'libreta pasaporte', 'número pasaporte', 'pasaporte', 'passport',
    'passport book', 'passport no', 'passport number', 'spain passport'],
  'PassportNumber-FR': ['numéro de passeport', 'passeport', 'passeport#', 'passeport #', 'passeportn °',
    'passeport n °', 'passeportNon', 'passeport non'],
  'PassportNumber-GB': ['passeport #', 'passeport n °', 'passeportNon', 'passeport non', 'passeportn °',
    'passport #', 'passport no', 'passport number', 'passport#', 'passportid'],
  'PassportNumber-IT': ['italian passport number', 'numéro passeport', 'numéro passeport italien', 'passaporto',
    'passaporto italiana', 'passaporto numero', 'passport number', 'repubblica italiana passaporto'],
  'PassportNumber-US': ['passport', 'travel document'],
  'RgNumber-BR': ['registro geral', 'rg'],
  'TaxId-DE': ['identifikationsnummer', 'steuer id', 'steueridentifikationsnummer', 'steuernummer', 'tax id',
    'tax identification number', 'tax number'],
  'TaxId-ES': ['cif', 'cif número', 'cifnúmero#', 'nie', 'nif', 'número de contribuyente',
    'número de identidad de extranjero', 'número de identificación fiscal', 'número de impuesto corporativo',
    'personal tax number', 'tax id', 'tax identification number', 'tax number', 'tin', 'tin#'],
  'TaxId-FR': ['numéro d\'identification fiscale', 'tax id', 'tax identification number', 'tax number', 'tin',
    'tin#'],
  'TaxId-GB': ['paye', 'tax id', 'tax id no.', 'tax id number', 'tax identification', 'tax identification#',
    'tax no.', 'tax number', 'tax reference', 'tax#', 'taxid#', 'temporary reference number', 'tin', 'trn',
    'unique tax reference', 'unique taxpayer reference', 'utr'],
};
