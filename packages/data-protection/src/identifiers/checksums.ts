/**
 * Check-digit algorithms used by managed data identifiers. Pure functions over the candidate's
 * significant characters: callers strip separators first (see `stripSeparators`). Every function
 * returns false (never throws) on input of the wrong length or alphabet.
 */

const DIGITS = /^\d+$/;

/** Removes spaces, dots, hyphens and slashes, the separators national formats use. */
export function stripSeparators(text: string): string {
  return text.replace(/[\s./-]/g, '');
}

/** Luhn (ISO/IEC 7812-1) over a string of digits: card numbers, Canadian SIN, Ontario health cards. */
export function luhn(digits: string): boolean {
  if (!DIGITS.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Remainder of a decimal string modulo `m`, computed piecewise so long numbers stay exact. */
export function decimalMod(digits: string, m: number): number {
  let rest = 0;
  for (let i = 0; i < digits.length; i++) rest = (rest * 10 + (digits.charCodeAt(i) - 48)) % m;
  return rest;
}

/** ISO 13616 IBAN check (ISO 7064 MOD 97-10): country, check digits, BBAN; case-insensitive. */
export function mod97(iban: string): boolean {
  const compact = iban.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let numeric = '';
  for (const ch of rearranged) numeric += /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
  return decimalMod(numeric, 97) === 1;
}

/** NHS number (England, Wales, Isle of Man): weights 10..2, check = 11 − sum mod 11; 10 is never issued. */
export function nhsMod11(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * (10 - i);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === digits.charCodeAt(9) - 48;
}

/** US National Provider Identifier: Luhn over the ISO 7812 prefix 80840 followed by the 10 digits. */
export function npi(digits: string): boolean {
  return /^\d{10}$/.test(digits) && luhn('80840' + digits);
}

/** DEA registration: 2 letters + 7 digits; (d1+d3+d5) + 2(d2+d4+d6) ends in d7. */
export function dea(value: string): boolean {
  const m = /^[A-Za-z][A-Za-z9](\d{7})$/.exec(value);
  if (!m?.[1]) return false;
  const d = [...m[1]].map(Number);
  const sum = d[0]! + d[2]! + d[4]! + 2 * (d[1]! + d[3]! + d[5]!);
  return sum % 10 === d[6];
}

const VIN_VALUES: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5,
  P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** Expected 9th character of a 17-character VIN (ISO 3779 + North American check digit), or undefined. */
export function vinCheckDigit(vin: string): string | undefined {
  const upper = vin.toUpperCase();
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(upper)) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const ch = upper[i]!;
    const value = ch >= '0' && ch <= '9' ? Number(ch) : VIN_VALUES[ch]!;
    sum += value * VIN_WEIGHTS[i]!;
  }
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}

/** True when the VIN's 9th character equals its computed check digit. */
export function vin(value: string): boolean {
  const expected = vinCheckDigit(value);
  return expected !== undefined && value[8]?.toUpperCase() === expected;
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** Spanish DNI: 8 digits + letter = digits mod 23 (also NIF of Spanish persons). */
export function dniLetter(value: string): boolean {
  const m = /^(\d{8})([A-Za-z])$/.exec(value);
  return !!m && DNI_LETTERS[Number(m[1]) % 23] === m[2]!.toUpperCase();
}

/** Spanish NIE: X/Y/Z + 7 digits + letter; X, Y, Z stand for 0, 1, 2 in the DNI computation. */
export function nieLetter(value: string): boolean {
  const m = /^([XYZxyz])(\d{7})([A-Za-z])$/.exec(value);
  if (!m) return false;
  const lead = 'XYZ'.indexOf(m[1]!.toUpperCase());
  return dniLetter(String(lead) + m[2]! + m[3]!);
}

/** Spanish NIF of legal entities (formerly CIF): letter + 7 digits + control digit or letter. */
export function cifControl(value: string): boolean {
  const m = /^([ABCDEFGHJNPQRSUVW])(\d{7})([0-9A-J])$/i.exec(value);
  if (!m) return false;
  let sum = 0;
  [...m[2]!].forEach((ch, i) => {
    const d = Number(ch);
    if (i % 2 === 1) sum += d;
    else sum += Math.floor((2 * d) / 10) + ((2 * d) % 10);
  });
  const control = (10 - (sum % 10)) % 10;
  const given = m[3]!.toUpperCase();
  return given === String(control) || given === 'JABCDEFGHI'[control];
}

/** Brazilian CPF: 11 digits, two mod-11 check digits; repeated-digit numbers are invalid. */
export function cpf(digits: string): boolean {
  if (!/^\d{11}$/.test(digits) || /^(\d)\1{10}$/.test(digits)) return false;
  const d = [...digits].map(Number);
  for (const n of [9, 10]) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += d[i]! * (n + 1 - i);
    if (((sum * 10) % 11) % 10 !== d[n]) return false;
  }
  return true;
}

/** Brazilian CNPJ: 14 digits, two mod-11 check digits with weights cycling 2..9 from the right. */
export function cnpj(digits: string): boolean {
  if (!/^\d{14}$/.test(digits) || /^(\d)\1{13}$/.test(digits)) return false;
  const d = [...digits].map(Number);
  for (const n of [12, 13]) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += d[i]! * (((n - 1 - i) % 8) + 2);
    const r = sum % 11;
    if ((r < 2 ? 0 : 11 - r) !== d[n]) return false;
  }
  return true;
}

/** French INSEE/NIR: 13 characters + 2-digit key = 97 − N mod 97; Corsica 2A/2B count as 19/18. */
export function inseeKey(value: string): boolean {
  const m = /^([12378]\d{4})(\d{2}|2[AaBb])(\d{6})(\d{2})$/.exec(value);
  if (!m) return false;
  const dept = m[2]!.toUpperCase();
  const n = m[1]! + (dept === '2A' ? '19' : dept === '2B' ? '18' : dept) + m[3]!;
  return 97 - decimalMod(n, 97) === Number(m[4]);
}

/** German Steuer-IdNr: 11 digits, first not 0, check digit by ISO 7064 MOD 11,10. */
export function steuerId(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (digits.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = (11 - product) % 10;
  return check === digits.charCodeAt(10) - 48;
}

const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

/** Italian codice fiscale: 15 characters + check letter from the odd/even position tables. */
export function codiceFiscale(value: string): boolean {
  const upper = value.toUpperCase();
  if (!/^[A-Z0-9]{15}[A-Z]$/.test(upper)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const ch = upper.charCodeAt(i);
    const index = ch <= 57 ? ch - 48 : ch - 65; // digits and letters share positions 0..9
    sum += i % 2 === 0 ? CF_ODD[index]! : index;
  }
  return String.fromCharCode(65 + (sum % 26)) === upper[15];
}

/** UK National Insurance number prefix: no D F I Q U V, no O second, not BG GB KN NK NT TN ZZ. */
export function ninoPrefix(prefix: string): boolean {
  const p = prefix.toUpperCase();
  return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]$/.test(p) && !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(p);
}

/** Canadian Social Insurance Number: 9 digits, Luhn. */
export function sin(digits: string): boolean {
  return /^\d{9}$/.test(digits) && luhn(digits);
}

/** UK Unique Taxpayer Reference: 10 digits, first digit checks the other nine (weights 6,7,8,9,10,5,4,3,2). */
export function utr(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const weights = [6, 7, 8, 9, 10, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i + 1) - 48) * weights[i]!;
  return [2, 1, 9, 8, 7, 6, 5, 4, 3, 2, 1][sum % 11] === digits.charCodeAt(0) - 48;
}

/** French numéro fiscal (SPI): 13 digits starting 0–3, last three = first ten mod 511. */
export function frenchTaxNumber(digits: string): boolean {
  return /^[0-3]\d{12}$/.test(digits) && decimalMod(digits.slice(0, 10), 511) === Number(digits.slice(10));
}

/** Spanish social security number (NUSS): 2-digit province, 8 digits, key = mod 97 of the first part. */
export function spanishSsn(digits: string): boolean {
  if (!/^\d{12}$/.test(digits)) return false;
  const number = Number(digits.slice(2, 10));
  const base = number < 10_000_000 ? String(Number(digits.slice(0, 2)) * 10_000_000 + number) : digits.slice(0, 10);
  return decimalMod(base, 97) === Number(digits.slice(10));
}

/** ICAO 9303 check digit (weights 7, 3, 1; letters A=10..Z=35, `<` = 0) of machine-readable fields. */
export function icaoCheckDigit(field: string): number | undefined {
  let sum = 0;
  for (let i = 0; i < field.length; i++) {
    const ch = field[i]!.toUpperCase();
    const value = ch === '<' ? 0 : /\d/.test(ch) ? Number(ch) : /[A-Z]/.test(ch) ? ch.charCodeAt(0) - 55 : -1;
    if (value < 0) return undefined;
    sum += value * [7, 3, 1][i % 3]!;
  }
  return sum % 10;
}

/** British Columbia Personal Health Number: 10 digits starting 9, mod-11 check (weights 2,4,8,5,10,9,7,3). */
export function bcPhn(digits: string): boolean {
  if (!/^9\d{9}$/.test(digits)) return false;
  const weights = [2, 4, 8, 5, 10, 9, 7, 3];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += ((digits.charCodeAt(i + 1) - 48) * weights[i]!) % 11;
  return (11 - (sum % 11)) % 11 === digits.charCodeAt(9) - 48;
}
