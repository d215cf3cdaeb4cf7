/** Dates of birth: most date formats (separators space, `/`, `-`, `.`), keyword required. */
import type { ManagedIdentifier } from '../types.js';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const YEAR = '(?:19|20)\\d{2}';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const FORMS = [
  `\\d{1,2}([/.-])\\d{1,2}\\1${YEAR}`,
  `\\d{1,2} \\d{1,2} ${YEAR}`,
  `${YEAR}([/.-])\\d{1,2}\\2\\d{1,2}`,
  `${MONTH}\\.? ${DAY},? ${YEAR}`,
  `${DAY} ${MONTH}\\.?,? ${YEAR}`,
];

export const dateOfBirth: ManagedIdentifier = {
  name: 'DateOfBirth',
  category: 'Personal',
  // Not followed by a time (`T00:00`), so timestamps near "dob" are not birth dates.
  pattern: new RegExp(`(?<![\\w/.-])(?:${FORMS.join('|')})(?![\\w/:]|[.-]\\d)`, 'gi'),
  keywords: ['dob', 'date of birth', 'birthdate', 'birth date', 'birthday', 'b-day', 'bday', 'born', 'fecha de nacimiento', 'geburtsdatum', 'date de naissance', 'data di nascita'],
  validate: (c) => {
    const numbers = c.match(/\d+/g)?.map(Number) ?? [];
    if (numbers.length < 3) return true; // month-name forms: the regex already bounds them
    const [a, b, cc] = numbers as [number, number, number];
    const [m1, d1] = a > 31 ? [b, cc] : [a, b]; // yyyy-mm-dd, else mm/dd or dd/mm
    const monthDay = (m: number, d: number): boolean => m >= 1 && m <= 12 && d >= 1 && d <= 31;
    return a > 31 ? monthDay(m1, d1) : monthDay(a, b) || monthDay(b, a);
  },
};
