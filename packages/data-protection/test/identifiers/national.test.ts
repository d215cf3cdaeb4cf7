/**
 * The national and PHI identifiers, one table row per behaviour, run through the local harness
 * (pattern → keyword within 30 characters before → validate). Valid numbers are issuers'
 * specimens or were computed with the textbook algorithms outside this code base.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nationalIdentifiers } from '../../src/identifiers/managed/national/index.js';
import type { ManagedIdentifier } from '../../src/identifiers/types.js';
import { detect } from './national-harness.js';

const byName = new Map(nationalIdentifiers.map((id) => [id.name, id]));
const get = (name: string): ManagedIdentifier => {
  const id = byName.get(name);
  if (!id) throw new Error(`missing identifier ${name}`);
  return id;
};

const FAR = '; the record was reviewed and countersigned, ref ';

/** [identifier, text, values expected in order]. */
const ROWS: Array<[string, string, string[]]> = [
  // Ssn-US: SSA exclusions (area 000/666/9xx, group 00, serial 0000), keyword required
  ['Ssn-US', 'SSN: 078-05-1120', ['078-05-1120']],
  ['Ssn-US', 'social security number 123 45 6789', ['123 45 6789']],
  ['Ssn-US', 'ssn#123456789', ['123456789']],
  ['Ssn-US', 'SSN: 000-45-6789 666-45-6789 912-45-6789 123-00-6789 123-45-0000', []],
  ['Ssn-US', 'order 078-05-1120', []],
  ['Ssn-US', 'SSN' + FAR + '078-05-1120', []],
  ['Ssn-US', 'ssn: 2078-05-1120 078-05-11201', []],
  ['Ssn-ES', 'número de la seguridad social 08 12345678 69', ['08 12345678 69']],
  ['Ssn-ES', 'NUSS: 46/00123456/76', ['46/00123456/76']],
  ['Ssn-ES', 'número de la seguridad social 08 12345678 68', []],
  // ITIN: 9XX, IRS group ranges
  ['IndividualTaxIdentificationNumber-US', 'ITIN 955-72-0001 and 955-66-0001', ['955-72-0001']],
  ['IndividualTaxIdentificationNumber-US', 'itin: 955 50 1234', ['955 50 1234']],
  ['IndividualTaxIdentificationNumber-US', 'itin: 855-72-0001', []],
  // INSEE / NIR with key, Corsica
  ['InseeCode-FR', 'INSEE: 1 93 09 75 123 456 36', ['1 93 09 75 123 456 36']],
  ['InseeCode-FR', 'numéro de sécurité sociale 2720133456789 40', ['2720133456789 40']],
  ['InseeCode-FR', 'numéro de sécurité sociale 272013345678940', ['272013345678940']],
  ['InseeCode-FR', 'code insee 2 85 05 2A 012 345 29', ['2 85 05 2A 012 345 29']],
  ['InseeCode-FR', 'code insee 285052A01234529', ['285052A01234529']],
  ['InseeCode-FR', 'insee 272013345678941', []],
  ['InseeCode-FR', 'n° sécu 2.72.01.33.456.789.40', ['2.72.01.33.456.789.40']],
  ['HealthInsuranceNumber-FR', 'carte vitale 1 85 05 19 012 345 79', ['1 85 05 19 012 345 79']],
  ['HealthInsuranceNumber-FR', 'carte vitale 185051901234578', []],
  // UK
  ['NationalInsuranceNumber-GB', 'national insurance number AB 12 34 56 C', ['AB 12 34 56 C']],
  ['NationalInsuranceNumber-GB', 'NINO: TN123456A BG123456A DA123456A AO123456A', []],
  ['NationalInsuranceNumber-GB', 'nino: AB123456E', []],
  ['NhsNumber-GB', 'NHS number 123 456 7881', ['123 456 7881']],
  ['NhsNumber-GB', 'nhs no. 9876543210', ['9876543210']],
  ['NhsNumber-GB', 'NHS number 123 456 7882', []],
  ['NhsNumber-GB', 'reference 123 456 7881', []],
  ['TaxId-GB', 'UTR: 12345 67890', ['12345 67890']],
  ['TaxId-GB', 'unique taxpayer reference 1234567890K', ['1234567890K']],
  ['ElectoralRollNumber-GB', 'electoral roll number: AB123', ['AB123']],
  ['ElectoralRollNumber-GB', 'electoral roll number: 2024-05-02', []],
  ['DriversLicense-GB', "driver's licence: WOODS702121JW9AB", ['WOODS702121JW9AB']],
  ['DriversLicense-GB', "driver's licence: WOODS792121JW9AB", []],
  ['PassportNumber-GB', 'passport no: 123456789', ['123456789']],
  ['PassportNumber-GB', 'reisepass 123456789', []],
  // Spain
  ['NationalIdentificationNumber-ES', 'DNI 23456789-D', ['23456789-D']],
  ['NationalIdentificationNumber-ES', 'DNI 23456789E', []],
  ['NationalIdentificationNumber-ES', 'DNI: 23.456.789-D', ['23.456.789-D']],
  ['NieNumber-ES', 'NIE: Y2345678Z and Z-7654321-H', ['Y2345678Z', 'Z-7654321-H']],
  ['NieNumber-ES', 'NIE: 23456789D', []],
  ['NifNumber-ES', 'NIF: 00012345V, Y2345678Z, Y2345678A', ['00012345V', 'Y2345678Z']],
  ['TaxId-ES', 'CIF B76543214 / B7654321D, Q2826000H', ['B76543214', 'B7654321D', 'Q2826000H']],
  ['TaxId-ES', 'CIF B76543215', []],
  ['DriversLicense-ES', 'permiso de conducción 23456789D', ['23456789D']],
  ['DriversLicense-ES', 'permiso de conducción 23456789A', []],
  ['PassportNumber-ES', 'número de pasaporte: XDA123456', ['XDA123456']],
  // Germany, Italy, France
  ['TaxId-DE', 'Steuer-ID: 12 345 678 903', ['12 345 678 903']],
  ['TaxId-DE', 'steueridentifikationsnummer 45678901239 45678901238', ['45678901239']],
  ['NationalIdentificationNumber-DE', 'Personalausweis: L01X00T47', ['L01X00T47']],
  ['NationalIdentificationNumber-DE', 'Personalausweis: LAMPRECHT', []],
  ['DriversLicense-DE', 'Führerschein: B072RRE2I55', ['B072RRE2I55']],
  ['PassportNumber-DE', 'Reisepass: C01X00T47', ['C01X00T47']],
  ['PassportNumber-DE', 'Reisepass: A01X00T47', []],
  ['NationalIdentificationNumber-IT', 'codice fiscale: BNCMRA70A41F205F', ['BNCMRA70A41F205F']],
  ['NationalIdentificationNumber-IT', 'codice fiscale: BNCMRA70A41F205G', []],
  ['PassportNumber-IT', 'passaporto: AA1234567', ['AA1234567']],
  ['DriversLicense-IT', 'patente di guida: MI1234567K', ['MI1234567K']],
  ['TaxId-FR', 'numéro fiscal 12 34 567 890 066', ['12 34 567 890 066']],
  ['TaxId-FR', 'numéro fiscal 1234567890067', []],
  ['PassportNumber-FR', 'numéro de passeport 19XY54321', ['19XY54321']],
  ['DriversLicense-FR', 'permis de conduire 987654321012', ['987654321012']],
  // Other EU licences: shape and own-language keyword
  ['DriversLicense-FI', 'ajokortti 150368-123L', ['150368-123L']],
  ['DriversLicense-FI', 'ajokortti 150368-123M', []],
  ['DriversLicense-SE', 'körkortsnummer 640823-3234', ['640823-3234']],
  ['DriversLicense-SE', 'körkortsnummer 640823-3235', []],
  ['DriversLicense-PL', 'prawo jazdy 12345/67/8901', ['12345/67/8901']],
  ['DriversLicense-NL', 'rijbewijs 1234567890', ['1234567890']],
  ['DriversLicense-NL', 'führerschein 1234567890', []],
  ['DriversLicense-AT', 'Führerschein Nr. 12345678', ['12345678']],
  ['DriversLicense-LV', 'vadītāja apliecība ABC123456', ['ABC123456']],
  ['DriversLicense-PT', 'carta de condução AV-123456 7', ['AV-123456 7']],
  // North America
  ['DriversLicense-US', 'DL# Y1234567, dl: 123-456-789', ['Y1234567']],
  ['DriversLicense-US', 'DL# F255-921-50-094-0; NY dl: 123 456 789', ['F255-921-50-094-0', '123 456 789']],
  ['DriversLicense-US', 'driver license A1234-56789-01234x, Z12.34', []],
  ['DriversLicense-CA', 'driver licence: B1234-12345-12345', ['B1234-12345-12345']],
  ['PassportNumber-US', 'passport: A12345678 and 123456789', ['A12345678', '123456789']],
  ['PassportNumber-CA', 'passeport: AB123456', ['AB123456']],
  ['SocialInsuranceNumber-CA', 'SIN 130-214-182, 123 456 782, 123456783', ['130-214-182', '123 456 782']],
  ['PermanentResidenceNumber-CA', 'PR card number AB1234567', ['AB1234567']],
  ['PersonalHealthNumber-CA', 'PHN 9123 456 780; health card 1234-567-890-AB', ['9123 456 780', '1234-567-890-AB']],
  ['PostalCode-CA', 'Ottawa ON K1A 0B1, T2P1J9, D1A 0B1, Z1A 0B1, K1A 0D1', ['K1A 0B1', 'T2P1J9']],
  ['ZipCode-US', 'zip code 94105-1234, zip+4: 10001', ['94105-1234', '10001']],
  ['ZipCode-US', 'file.zip size 10001', []],
  // Brazil
  ['CpfCode-BR', 'CPF 123.456.789-09 / 98765432100 / 123.456.789-08', ['123.456.789-09', '98765432100']],
  ['Cnpj-BR', 'CNPJ 12.345.678/0001-95, 33445928000139, 33445928000138', ['12.345.678/0001-95', '33445928000139']],
  ['RgNumber-BR', 'RG 12.345.678-X; rg: MG-1.234.567', ['12.345.678-X', 'MG-1.234.567']],
  ['CepCode-BR', 'CEP 20040-020 e 70040010', ['20040-020', '70040010']],
  // PHI, US
  ['DrugEnforcementAgencyNumber-US', 'DEA number BS1234563, MF7654329, MF7654328', ['BS1234563', 'MF7654329']],
  ['DrugEnforcementAgencyNumber-US', 'DEA number ZS1234563', []],
  ['NationalProviderId-US', 'NPI 1987654328 and 2765432101', ['1987654328', '2765432101']],
  ['NationalProviderId-US', 'NPI 1987654327', []],
  ['MedicareBeneficiaryNumber-US', 'MBI 9AA9-AA9-AA99', ['9AA9-AA9-AA99']],
  ['MedicareBeneficiaryNumber-US', 'MBI 0AA9-AA9-AA99 9BA9-AA9-AA99', []],
  ['HealthInsuranceClaimNumber-US', 'HICN 123456789D6 and MA123456', ['123456789D6', 'MA123456']],
  ['HealthcareProcedureCode-US', 'HCPCS A0428, CPT 99213, 0001F, D0120', ['A0428', '99213', '0001F']],
  ['NationalDrugCode-US', 'NDC 12345-6789-01, 1234-5678-90, 12345-678-90', ['12345-6789-01', '1234-5678-90', '12345-678-90']],
  ['NationalDrugCode-US', 'NDC 123-4567-89', []],
  // PHI, EU
  ['HealthInsuranceCardNumber-EU', 'EHIC card 80756000010012345678', ['80756000010012345678']],
  ['HealthInsuranceCardNumber-EU', 'EHIC card 81756000010012345678', []],
];

describe('national identifiers (local harness)', () => {
  it.each(ROWS)('%s in %j', (name, text, expected) => {
    expect(detect(get(name), text)).toEqual(expected);
  });
});

const EXPECTED_NAMES = [
  ...'AT AU BE BG CA CY CZ DE DK EE ES FI FR GB GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK US'
    .split(' ')
    .map((c) => `DriversLicense-${c}`),
  ...'CA DE ES FR GB IT US'.split(' ').map((c) => `PassportNumber-${c}`),
  ...'DE ES FR GB'.split(' ').map((c) => `TaxId-${c}`),
  ...'DE ES IT'.split(' ').map((c) => `NationalIdentificationNumber-${c}`),
  'NationalInsuranceNumber-GB', 'NieNumber-ES', 'NifNumber-ES', 'Ssn-ES', 'Ssn-US',
  'IndividualTaxIdentificationNumber-US', 'InseeCode-FR', 'SocialInsuranceNumber-CA', 'PermanentResidenceNumber-CA',
  'ElectoralRollNumber-GB', 'Cnpj-BR', 'CpfCode-BR', 'RgNumber-BR', 'CepCode-BR', 'PostalCode-CA', 'ZipCode-US',
  'DrugEnforcementAgencyNumber-US', 'HealthInsuranceCardNumber-EU', 'HealthInsuranceClaimNumber-US',
  'HealthInsuranceNumber-FR', 'HealthcareProcedureCode-US', 'MedicareBeneficiaryNumber-US', 'NationalDrugCode-US',
  'NationalProviderId-US', 'NhsNumber-GB', 'PersonalHealthNumber-CA',
];

const PHI = new Set([
  'DrugEnforcementAgencyNumber-US', 'HealthInsuranceCardNumber-EU', 'HealthInsuranceClaimNumber-US',
  'HealthInsuranceNumber-FR', 'HealthcareProcedureCode-US', 'MedicareBeneficiaryNumber-US', 'NationalDrugCode-US',
  'NationalProviderId-US', 'NhsNumber-GB', 'PersonalHealthNumber-CA',
]);

describe('the national identifier table', () => {
  it('defines every identifier of the brief exactly once', () => {
    expect(nationalIdentifiers.map((id) => id.name).sort()).toEqual([...EXPECTED_NAMES].sort());
  });
  it('labels PHI identifiers Health and the others Personal', () => {
    for (const id of nationalIdentifiers) expect([id.name, id.category]).toEqual([id.name, PHI.has(id.name) ? 'Health' : 'Personal']);
  });
  it('uses global patterns without capture groups, and keywords everywhere but PostalCode-CA', () => {
    for (const id of nationalIdentifiers) {
      expect(id.pattern.global, id.name).toBe(true);
      expect(new RegExp(`${id.pattern.source}|`, id.pattern.flags.replace('g', '')).exec('')!.length, id.name).toBe(1);
      expect((id.keywords ?? []).length > 0, id.name).toBe(id.name !== 'PostalCode-CA');
      for (const k of id.keywords ?? []) expect(k, id.name).toBe(k.trim().toLowerCase());
    }
  });
  it('never matches the empty string and stays fast on adversarial input', () => {
    const inputs = ['7'.repeat(50_000), '7-'.repeat(25_000), 'A1'.repeat(25_000), '12 '.repeat(20_000), 'ssn '.repeat(12_000)];
    for (const id of nationalIdentifiers) {
      for (const text of inputs) {
        const re = new RegExp(id.pattern.source, id.pattern.flags);
        let count = 0;
        for (let m = re.exec(text); m && count < 100_000; m = re.exec(text)) {
          expect(m[0].length, id.name).toBeGreaterThan(0);
          count++;
        }
      }
    }
  });
});

describe('bad input', () => {
  const alphabet = fc.constantFrom(
    ...'0123456789ABCXYZaé -./:#"{}\n'.split(''), 'ssn ', 'dni ', 'NIE: ', 'cpf ', 'NHS ', 'passport ', 'zip code ',
    '\uD800', '\uDC00', '😀', '\u0000',
  );
  it('never throws, and every value it reports is a keyword-backed, whole-token match', () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }).map((parts) => parts.join('')), (text) => {
        for (const id of nationalIdentifiers) {
          for (const value of detect(id, text)) {
            expect(text).toContain(value);
            expect(new RegExp(id.pattern.source, id.pattern.flags.replace('g', '')).test(value), id.name).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
  it('reports nothing in an empty message or one without any keyword', () => {
    for (const id of nationalIdentifiers) {
      expect(detect(id, '')).toEqual([]);
      if (id.name !== 'PostalCode-CA') expect(detect(id, 'value 078-05-1120 12345678Z 9434765919 AB123456C'), id.name).toEqual([]);
    }
  });
});
