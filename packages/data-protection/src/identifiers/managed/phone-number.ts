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

const verdicts = new Map<string, boolean>();

/** Memoised {@link checkNumberOf}: the same number string recurs across messages and across the 8 phone identifiers. */
function isNumberOf(candidate: string, country: CountryCode): boolean {
  const key = `${country}|${candidate}`;
  let verdict = verdicts.get(key);
  if (verdict === undefined) {
    if (verdicts.size >= 10_000) verdicts.clear();
    verdicts.set(key, (verdict = checkNumberOf(candidate, country)));
  }
  return verdict;
}

interface Parse {
  parsed: PhoneNumber | undefined;
  plausible: boolean;
}

const parses = new Map<string, Parse>();

/**
 * Memoised parse: a `+CC` number parses the same for every country, so the eight phone
 * identifiers share one parse (and one validity check) of it.
 */
function parseOnce(candidate: string, country: CountryCode | undefined): Parse {
  const key = country ? `${country}|${candidate}` : candidate;
  let parse = parses.get(key);
  if (!parse) {
    if (parses.size >= 10_000) parses.clear();
    const parsed = country ? parsePhoneNumberFromString(candidate, country) : parsePhoneNumberFromString(candidate);
    parses.set(key, (parse = { parsed, plausible: !!parsed && isPlausible(parsed) }));
  }
  return parse;
}

/** Whether `candidate` is a valid number of `country` (international form or national form). */
function checkNumberOf(candidate: string, country: CountryCode): boolean {
  if (digitCount(candidate) < 7 || digitCount(candidate) > 15) return false;
  // The plain PhoneNumber with a `+CC`: any country.
  if (country === ('ZZ' as CountryCode)) return parseOnce(candidate, undefined).plausible;
  const { parsed, plausible } = parseOnce(candidate, candidate.startsWith('+') ? undefined : country);
  if (!parsed || !plausible) return false;
  if (parsed.countryCallingCode !== getCountryCallingCode(country)) return false;
  return parsed.country === undefined || parsed.country === country;
}

/**
 * Valid per libphonenumber, or of a possible length with a full-size national number: metadata
 * marks reserved fictional ranges (UK 07700 900xxx) invalid, yet they are real-looking numbers.
 */
function isPlausible(parsed: PhoneNumber): boolean {
  return parsed.isValid() || (parsed.isPossible() && parsed.nationalNumber.length >= 9);
}

const international = (c: string): boolean => c.startsWith('+');

function phone(country: CountryCode): ManagedIdentifier {
  return {
    name: `PhoneNumber-${country}`,
    category: 'Personal',
    pattern: PATTERN,
    keywords: country === 'BR' ? [...KEYWORDS, ...BR_KEYWORDS] : KEYWORDS,
    keywordOptional: international,
    keywordOptionalStarts: '+',
    hint: (text) => /\d{2}/.test(text),
    validate: (c) => isNumberOf(c, country),
  };
}

export const phoneNumber: ManagedIdentifier = {
  name: 'PhoneNumber',
  category: 'Personal',
  pattern: PATTERN,
  keywords: [...KEYWORDS, ...BR_KEYWORDS],
  keywordOptional: international,
  keywordOptionalStarts: '+',
  hint: (text) => /\d{2}/.test(text),
  validate: (c) => {
    if (!international(c)) return COUNTRIES.some((country) => isNumberOf(c, country));
    return isNumberOf(c, 'ZZ' as CountryCode);
  },
  note: 'any country [which countries AWS covers is undocumented]',
};

export const phoneIdentifiers = [phoneNumber, ...COUNTRIES.map(phone)];
