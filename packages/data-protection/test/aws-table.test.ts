/**
 * The managed identifiers agree with AWS's own tables (src/identifiers/aws-table/, transcribed from
 * the SNS and CloudWatch Logs "sensitive data types" pages): the same names, every AWS keyword
 * honoured, and "Keyword required: No" identifiers without keywords.
 */
import { describe, expect, it } from 'vitest';
import { AWS_KEYWORDS, AWS_NO_KEYWORD, KEYWORD_OPTIONAL_BY_CHOICE } from '../src/identifiers/aws-table/index.js';
import { findManagedIdentifier, managedIdentifierNames, scanText } from '../src/index.js';

describe("AWS's identifier tables", () => {
  it('name exactly the identifiers Arbiter registers', () => {
    const aws = [...Object.keys(AWS_KEYWORDS), ...AWS_NO_KEYWORD].sort();
    expect(managedIdentifierNames()).toEqual(aws);
  });

  it('every AWS keyword is one of the identifier keywords (except documented choices)', () => {
    const missing: string[] = [];
    for (const [name, keywords] of Object.entries(AWS_KEYWORDS)) {
      if (name in KEYWORD_OPTIONAL_BY_CHOICE) continue;
      const have = new Set((findManagedIdentifier(name)?.keywords ?? []).map((k) => k.toLowerCase()));
      for (const k of keywords) if (!have.has(k.toLowerCase())) missing.push(`${name}: ${k}`);
    }
    expect(missing).toEqual([]);
  });

  it('identifiers AWS marks "Keyword required: No" need none', () => {
    expect(AWS_NO_KEYWORD.filter((n) => (findManagedIdentifier(n)?.keywords ?? []).length > 0)).toEqual([]);
  });

  it.each([
    ['jogsi: AB123456', 'DriversLicense-HU', 'AB123456'],
    ['zezwolenie na prowadzenie 12345/67/8901', 'DriversLicense-PL', '12345/67/8901'],
    ['ausstellungsort Berlin, Nr. C01X00T47', 'PassportNumber-DE', 'C01X00T47'],
    ['{"customer_bank_account_id":"GB82WEST12345698765432"}', 'BankAccountNumber-GB', 'GB82WEST12345698765432'],
    ['fssn# 1 84 12 76 451 089 46', 'InseeCode-FR', '1 84 12 76 451 089 46'],
  ])('finds a value after an AWS keyword that was missing before (%s)', (text, name, value) => {
    const r = scanText(text, { identifiers: [name] });
    expect(r.ok && r.value.map((f) => text.slice(f.start, f.end + 1))).toEqual([value]);
  });
});
