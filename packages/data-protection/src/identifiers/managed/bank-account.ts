/**
 * Bank account numbers. European ones are IBANs of that country (ISO 13616 mod-97 through
 * `ibantools`); the US one is an 8–17 digit account number (format undocumented: Presidio's range).
 * Every variant needs one of its keywords nearby, so an IBAN-shaped reference alone is not reported.
 */
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import type { ManagedIdentifier } from '../types.js';

const COMMON = ['account number', 'bank account', 'iban', 'international bank account number', 'bban'];

const KEYWORDS: Record<string, string[]> = {
  DE: [...COMMON, 'bankkonto', 'bankleitzahl', 'kontonummer', 'kreditinstitut', 'konto'],
  ES: [...COMMON, 'cuenta bancaria', 'número cuenta', 'numero cuenta', 'número de cuenta', 'numero de cuenta', 'código bancario', 'codigo bancario'],
  FR: [...COMMON, 'compte bancaire', 'numéro de compte', 'numero de compte', 'rib', 'relevé d\'identité bancaire'],
  GB: [...COMMON, 'account no', 'sort code', 'bank acct'],
  IT: [...COMMON, 'conto bancario', 'codice bancario', 'numero di conto', 'numero conto'],
};

function iban(country: string): ManagedIdentifier {
  return {
    name: `BankAccountNumber-${country}`,
    category: 'Financial',
    pattern: new RegExp(`(?<![A-Za-z0-9])${country}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])`, 'g'),
    keywords: KEYWORDS[country]!,
    hint: (text) => text.includes(country),
    validate: (c) => {
      const compact = electronicFormatIBAN(c) ?? '';
      return compact.startsWith(country) && isValidIBAN(compact);
    },
    note: 'IBAN of the country, mod-97 [inferred]',
  };
}

export const bankAccountNumberUs: ManagedIdentifier = {
  name: 'BankAccountNumber-US',
  category: 'Financial',
  pattern: /(?<![\w.-])\d{8,17}(?![\w-]|\.\d)/g,
  keywords: [
    'bank account', 'bank acct', 'checking account', 'checking acct', 'deposit account', 'deposit acct',
    'savings account', 'savings acct', 'chequing account', 'chequing acct',
  ],
  note: '8-17 digits [format undocumented]',
};

export const bankAccountIdentifiers = [...['DE', 'ES', 'FR', 'GB', 'IT'].map(iban), bankAccountNumberUs];
