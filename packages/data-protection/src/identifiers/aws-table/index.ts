/**
 * AWS's own identifier tables, as data: each managed identifier's keyword list exactly as AWS
 * publishes it, and the identifiers AWS marks "Keyword required: No". The registry adds AWS's
 * list to every identifier (so an identifier can never miss an AWS keyword); the identifier files
 * hold only Arbiter's additions (inflections, accent-free spellings), which the README lists.
 */
import { AWS_DRIVERS_LICENSE_KEYWORDS } from './keywords-drivers-license.js';
import { AWS_FINANCIAL_KEYWORDS } from './keywords-financial.js';
import { AWS_NATIONAL_KEYWORDS } from './keywords-national.js';
import { AWS_OTHER_KEYWORDS } from './keywords-other.js';

/** Identifier name → AWS's keyword list, for every identifier whose AWS table row names keywords. */
export const AWS_KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  ...AWS_DRIVERS_LICENSE_KEYWORDS,
  ...AWS_NATIONAL_KEYWORDS,
  ...AWS_FINANCIAL_KEYWORDS,
  ...AWS_OTHER_KEYWORDS,
};

/** Identifiers whose AWS row says "Keyword required: No" (or "None"). */
export const AWS_NO_KEYWORD: readonly string[] = [
  'Address', 'EmailAddress', 'IpAddress', 'Name', 'OpenSshPrivateKey', 'PgpPrivateKey', 'PkcsPrivateKey',
  'PostalCode-CA', 'PuttyPrivateKey',
];

/**
 * Where Arbiter departs from the "Keyword required" column, and why. CreditCardNumber: AWS's
 * column lists keywords, but CloudWatch Logs and Macie describe them as optional for card numbers
 * (a 13–19 digit Luhn number with a brand prefix is specific enough), so its keywords are not required.
 */
export const KEYWORD_OPTIONAL_BY_CHOICE: Readonly<Record<string, string>> = {
  CreditCardNumber: 'Luhn + brand prefix + length make the number specific; CloudWatch Logs/Macie treat the keywords as optional',
};

/** AWS's keywords for `name` merged before the identifier's own additions (case-insensitive, deduplicated). */
export function withAwsKeywords(name: string, own: readonly string[] | undefined): readonly string[] | undefined {
  const aws = name in KEYWORD_OPTIONAL_BY_CHOICE ? undefined : AWS_KEYWORDS[name];
  if (!aws) return own;
  const seen = new Set<string>();
  return [...aws, ...(own ?? [])].filter((k) => {
    const key = k.toLowerCase();
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
