/**
 * The identifier forms widened in issue #13 (thin identifiers the held-back set missed), each tested
 * on several forms of the general rule, not on one case, and with the negatives that must stay.
 */
import { describe, expect, it } from 'vitest';
import { scanText, type ScanMode } from '../src/index.js';

const found = (text: string, name: string, mode: ScanMode): string[] => {
  const r = scanText(text, { identifiers: [name], mode });
  if (!r.ok) throw new Error(r.diagnostics[0]!.message);
  return r.value.map((f) => text.slice(f.start, f.end + 1));
};

for (const mode of ['compiled', 'reference'] as ScanMode[]) {
  describe(`widened identifier forms (${mode})`, () => {
    it.each([
      ['NDC: 0002-7510-01', '0002-7510-01'], // 4-4-2
      ['ndc 50090-123-01', '50090-123-01'], // 5-3-2
      ['NDC 50090-1234-1', '50090-1234-1'], // 5-4-1
      ['national drug code 00002-0751-01', '00002-0751-01'], // 11-digit 5-4-2
      ['NDC 0002-751-01', '0002-751-01'], // 4-3-2: 00002-0751-01 without its pad zeros
      ['{"ndc":"0002 751 01"}', '0002 751 01'],
    ])('NationalDrugCode-US: %s', (text, value) => expect(found(text, 'NationalDrugCode-US', mode)).toEqual([value]));

    it.each(['NDC: 0002-751-1', 'NDC: 0002-751 01', 'part 0002-7510-01 in stock'])('NationalDrugCode-US not in %s', (text) =>
      expect(found(text, 'NationalDrugCode-US', mode)).toEqual([]));

    it.each([
      ['patente di guida: U1H234567A', 'U1H234567A'],
      ['Patente di guida: MI2345678K', 'MI2345678K'],
      ['patente di guida numero RM 1234567 X', 'RM 1234567 X'],
      ['{"patente_guida":"TO123456"}', 'TO123456'],
      ['{"patente":"U1H234567A"}', 'U1H234567A'],
      ['Patente: MI2345678K', 'MI2345678K'],
    ])('DriversLicense-IT: %s', (text, value) => expect(found(text, 'DriversLicense-IT', mode)).toEqual([value]));

    it.each([
      ['{"driver_licence":"12345678"}', '12345678'],
      ['{"customer":{"driver_licence":"S12345"}}', 'S12345'],
      ['{"driver_licence":{"number":"AB1234","state":"TAS"}}', 'AB1234'],
      ['drivers licence 012345678', '012345678'],
      ['driving licence (NT) 12345', '12345'],
    ])('DriversLicense-AU: %s', (text, value) => expect(found(text, 'DriversLicense-AU', mode)).toEqual([value]));

    it.each([
      ['contact: josé.garcía@example.com', 'josé.garcía@example.com'],
      ['{"email":"ñandú@correo.es"}', 'ñandú@correo.es'],
      ['用户@例子.广告 wrote', '用户@例子.广告'],
      ['Почта: иван@пример.рф.', 'иван@пример.рф'],
      ['लेखक@उदाहरण.भारत', 'लेखक@उदाहरण.भारत'],
      ['ana@example.com', 'ana@example.com'],
    ])('EmailAddress: %s', (text, value) => expect(found(text, 'EmailAddress', mode)).toEqual([value]));

    it.each(['a@b', 'user@@example.com', '.ana@example', 'x@-example.com'])('EmailAddress not in %s', (text) =>
      expect(found(text, 'EmailAddress', mode)).toEqual([]));
  });
}
