/**
 * Payment cards: the number (13–19 digits, brand prefix, Luhn, the 55 reserved test numbers never
 * reported), expiration date, security code and magnetic-stripe tracks.
 */
import { luhn } from '../checksums.js';
import type { ManagedIdentifier } from '../types.js';
import { isBrandNumber, RESERVED_TEST_CARDS } from './card-brands.js';

export const creditCardNumber: ManagedIdentifier = {
  name: 'CreditCardNumber',
  category: 'Financial',
  // Digits with at most one space or hyphen between them; validated as one number.
  pattern: /(?<![\w.,-])\d(?:[ -]?\d){12,18}(?![\w]|[.,-]\d)/g,
  hint: (text) => /\d{4}/.test(text),
  validate: (c) => {
    const separators = new Set(c.replace(/\d/g, ''));
    if (separators.size > 1) return false;
    const digits = c.replace(/\D/g, '');
    return luhn(digits) && isBrandNumber(digits) && !RESERVED_TEST_CARDS.has(digits);
  },
  note: 'keywords listed by AWS but treated as optional (CWL/Macie reading); Luhn + brand prefix',
};

export const creditCardExpiration: ManagedIdentifier = {
  name: 'CreditCardExpiration',
  category: 'Financial',
  pattern: /(?<![\w/.-])(?:0[1-9]|1[0-2]) ?[/-] ?(?:20)?\d{2}(?![\w/]|[.-]\d)/g,
  keywords: ['exp d', 'exp m', 'exp y', 'expiration', 'expiry'],
};

export const creditCardSecurityCode: ManagedIdentifier = {
  name: 'CreditCardSecurityCode',
  category: 'Financial',
  pattern: /(?<![\w.-])\d{3,4}(?![\w]|[.-]\d)/g,
  keywords: [
    'card id', 'card identification code', 'card identification number', 'card security code', 'card validation code',
    'card validation number', 'card verification data', 'card verification value', 'cvc', 'cvc2', 'cvv', 'cvv2',
    'elo verification code',
  ],
};

export const creditCardMagneticStripe: ManagedIdentifier = {
  name: 'CreditCardMagneticStripe',
  category: 'Financial',
  // ISO 7813 track 1 (`%B…^NAME^YYMM…?`) and track 2 (`;PAN=YYMM…?`), sentinels included.
  pattern: /%B\d{12,19}\^[A-Za-z .\/'-]{2,26}\^\d{4}\d{0,40}\?|;\d{12,19}=\d{4}\d{0,40}\?/g,
  keywords: ['card data', 'iso7813', 'mag', 'magstripe', 'stripe', 'swipe'],
  validate: (c) => luhn(/\d{12,19}/.exec(c)?.[0] ?? ''),
  note: 'no ARN in the 2022 list; accepted by name',
};

export const creditCardIdentifiers = [creditCardNumber, creditCardExpiration, creditCardSecurityCode, creditCardMagneticStripe];
