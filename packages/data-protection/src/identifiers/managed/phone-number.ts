/**
 * Phone numbers by country, validated with libphonenumber-js. AWS: with a keyword nearby no country
 * code is needed; without one the number must carry its `+CC`. A `-CC` identifier reports only
 * numbers of that country; the plain `PhoneNumber` reports any country's.
 */
import { getCountryCallingCode, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import type { ManagedIdentifier } from '../types.js';

const KEYWORDS = ['cell', 'contact', 'fax', 'fax number', 'mobile', 'phone', 'phone number', 'tel', 'telephone', 'telephone number'];
const BR_KEYWORDS = ['cel', 'celular', 'fone', 'móvel', 'movel', 'número residencial', 'numero residencial', 'telefone'];
const COUNTRIES: CountryCode[] = ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'BR'];

const PATTERN = /(?<![\w+@/.,:-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{1,12}(?:[ .-]\d{1,8}){0,5}(?![\w@]|[.,:-]\d)/g;

function digitCount(candidate: string): number {
  return candidate.replace(/\D/g, '').length;
}

/** What one candidate string is: its form, and the countries (of `COUNTRIES`) it is a valid number of. */
interface PhoneVerdict {
  /** Valid for the plain PhoneNumber: a `+CC` number of any country, or a national number of one of `COUNTRIES`. */
  any: boolean;
  countries: ReadonlySet<CountryCode>;
}

const verdicts = new Map<string, PhoneVerdict>();

/**
 * Memoised {@link checkPhone}: the same candidate is validated by all eight phone identifiers (a
 * `+CC` number parses once for all of them) and recurs across messages.
 */
function verdictOf(candidate: string): PhoneVerdict {
  let verdict = verdicts.get(candidate);
  if (verdict === undefined) {
    if (verdicts.size >= 10_000) verdicts.clear();
    verdicts.set(candidate, (verdict = checkPhone(candidate)));
  }
  return verdict;
}

/** Whether a parsed number belongs to `country`: its calling code, and its region when it has one. */
function belongsTo(parsed: PhoneNumber, country: CountryCode): boolean {
  return parsed.countryCallingCode === getCountryCallingCode(country) && (parsed.country === undefined || parsed.country === country);
}

/** The international form parses once for every country; a national form parses per country. */
function checkPhone(candidate: string): PhoneVerdict {
  const countries = new Set<CountryCode>();
  const digits = digitCount(candidate);
  if (digits < 7 || digits > 15) return { any: false, countries };
  if (candidate.startsWith('+')) {
    const parsed = parsePhoneNumberFromString(candidate);
    if (!parsed || !isPlausible(parsed)) return { any: false, countries };
    for (const country of COUNTRIES) if (belongsTo(parsed, country)) countries.add(country);
    return { any: true, countries };
  }
  for (const country of COUNTRIES) {
    const parsed = parsePhoneNumberFromString(candidate, country);
    if (parsed && isPlausible(parsed) && belongsTo(parsed, country)) countries.add(country);
  }
  return { any: countries.size > 0, countries };
}

/**
 * Valid per libphonenumber, or of a possible length with a full-size national number: metadata
 * marks reserved fictional ranges (UK 07700 900xxx) invalid, yet they are real-looking numbers.
 */
function isPlausible(parsed: PhoneNumber): boolean {
  return parsed.isValid() || (parsed.isPossible() && parsed.nationalNumber.length >= 9);
}

const international = (c: string): boolean => c.startsWith('+');
// One function for the whole family, so the compiled scanner evaluates it once per text.
const hasTwoDigits = (text: string): boolean => /\d{2}/.test(text);

function phone(country: CountryCode): ManagedIdentifier {
  return {
    name: `PhoneNumber-${country}`,
    category: 'Personal',
    pattern: PATTERN,
    keywords: country === 'BR' ? [...KEYWORDS, ...BR_KEYWORDS] : KEYWORDS,
    keywordOptional: international,
    keywordOptionalStarts: '+',
    hint: hasTwoDigits,
    validate: (c) => verdictOf(c).countries.has(country),
  };
}

export const phoneNumber: ManagedIdentifier = {
  name: 'PhoneNumber',
  category: 'Personal',
  pattern: PATTERN,
  keywords: [...KEYWORDS, ...BR_KEYWORDS],
  keywordOptional: international,
  keywordOptionalStarts: '+',
  hint: hasTwoDigits,
  validate: (c) => verdictOf(c).any,
  note: 'any country [which countries AWS covers is undocumented]',
};

export const phoneIdentifiers = [phoneNumber, ...COUNTRIES.map(phone)];
