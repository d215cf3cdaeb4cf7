/**
 * Check-digit helpers. Fixed expectations are the issuers' published specimens; property tests
 * compare against independent BigInt/textbook oracles written here, and check that a single-digit
 * change is caught where the algorithm guarantees it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bcPhn, cifControl, cnpj, codiceFiscale, cpf, dea, decimalMod, dniLetter, frenchTaxNumber, icaoCheckDigit, inseeKey,
  luhn, mod97, nhsMod11, nieLetter, ninoPrefix, npi, sin, spanishSsn, steuerId, stripSeparators, utr, vin,
  vinCheckDigit,
} from '../src/identifiers/checksums.js';

const digitString = (min: number, max: number): fc.Arbitrary<string> =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(''));

/** Changes the digit at `i` to a different digit. */
const mutate = (s: string, i: number, delta: number): string => {
  const d = (Number(s[i]) + 1 + (delta % 9)) % 10;
  return s.slice(0, i) + String(d) + s.slice(i + 1);
};

/** Textbook Luhn: double every second digit from the right, sum the digits of the products. */
const luhnOracle = (s: string): boolean =>
  [...s].reverse().reduce((sum, ch, i) => {
    const d = Number(ch) * (i % 2 === 1 ? 2 : 1);
    return sum + Math.floor(d / 10) + (d % 10);
  }, 0) % 10 === 0;

describe('luhn', () => {
  it('accepts the ISO/IEC 7812 example and rejects its neighbours', () => {
    expect(luhn('79927398713')).toBe(true);
    for (const last of '012456789') expect(luhn('7992739871' + last)).toBe(false);
  });
  it('rejects non-digits and empty input', () => {
    expect(luhn('')).toBe(false);
    expect(luhn('7992 7398 713')).toBe(false);
    expect(luhn('４１１１')).toBe(false);
  });
  it('agrees with the textbook definition and catches every single-digit change', () => {
    fc.assert(
      fc.property(digitString(2, 25), fc.nat(), fc.nat(), (s, i, delta) => {
        expect(luhn(s)).toBe(luhnOracle(s));
        if (luhn(s)) expect(luhn(mutate(s, i % s.length, delta))).toBe(false);
      }),
    );
  });
});

describe('decimalMod and mod97', () => {
  it('computes remainders of long numbers exactly', () => {
    fc.assert(
      fc.property(digitString(1, 60), fc.integer({ min: 2, max: 1000 }), (s, m) => {
        expect(decimalMod(s, m)).toBe(Number(BigInt(s) % BigInt(m)));
      }),
    );
  });
  it('accepts published IBANs and rejects a changed digit', () => {
    expect(mod97('GB82WEST12345698765432')).toBe(true);
    expect(mod97('DE89370400440532013000')).toBe(true);
    expect(mod97('gb82west12345698765432')).toBe(true);
    expect(mod97('GB82WEST12345698765433')).toBe(false);
    expect(mod97('GB82 WEST 1234 5698 7654 32')).toBe(false);
    expect(mod97('GB82')).toBe(false);
  });
});

describe('health identifiers', () => {
  it('NHS number: NHS Digital specimens; a check value of 10 is never valid', () => {
    expect(nhsMod11('9434765919')).toBe(true);
    expect(nhsMod11('4010232137')).toBe(true);
    expect(nhsMod11('9434765918')).toBe(false);
    // weights give sum 12 → 11 − 1 = 10: no final digit makes this valid
    for (const d of '0123456789') expect(nhsMod11('000000006' + d)).toBe(false);
    expect(nhsMod11('943476591')).toBe(false);
  });
  it('NPI: the CMS example, Luhn over 80840 + NPI', () => {
    expect(npi('1234567893')).toBe(true);
    expect(npi('1234567890')).toBe(false);
    fc.assert(fc.property(digitString(10, 10), (s) => {
      expect(npi(s)).toBe(luhnOracle('80840' + s));
    }));
  });
  it('DEA: (d1+d3+d5) + 2(d2+d4+d6) ends in d7', () => {
    expect(dea('AB1234563')).toBe(true);
    expect(dea('AB1234564')).toBe(false);
    expect(dea('A91234563')).toBe(true);
    expect(dea('1B1234563')).toBe(false);
    expect(dea('AB123456')).toBe(false);
  });
  it('BC PHN: mod 11 with weights 2,4,8,5,10,9,7,3 and a leading 9', () => {
    const oracle = (s: string): boolean => {
      const w = [2, 4, 8, 5, 10, 9, 7, 3];
      const sum = w.reduce((acc, wi, i) => acc + ((Number(s[i + 1]) * wi) % 11), 0);
      return (11 - (sum % 11)) % 11 === Number(s[9]);
    };
    fc.assert(fc.property(digitString(9, 9), (rest) => {
      expect(bcPhn('9' + rest)).toBe(oracle('9' + rest));
    }));
    expect(bcPhn('8123456789')).toBe(false);
  });
});

describe('VIN check digit (ISO 3779 + 49 CFR 565)', () => {
  it('computes the check digit of the standard example', () => {
    expect(vinCheckDigit('1M8GDM9A_KP042788'.replace('_', '0'))).toBe('X');
    expect(vin('1M8GDM9AXKP042788')).toBe(true);
    expect(vin('11111111111111111')).toBe(true);
    expect(vin('1M8GDM9A1KP042788')).toBe(false);
  });
  it('refuses I, O and Q and wrong lengths', () => {
    expect(vinCheckDigit('1M8GDM9AXKP04278I')).toBeUndefined();
    expect(vin('1M8GDM9AXKP04278')).toBe(false);
  });
});

describe('Spanish identifiers', () => {
  it('DNI and NIE letters (mod 23, X/Y/Z → 0/1/2)', () => {
    expect(dniLetter('12345678Z')).toBe(true);
    expect(dniLetter('12345678z')).toBe(true);
    expect(dniLetter('12345678A')).toBe(false);
    expect(nieLetter('X1234567L')).toBe(true);
    expect(nieLetter('Y1234567X')).toBe(true);
    expect(nieLetter('X1234567A')).toBe(false);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (n) => {
        const number = String(n).padStart(8, '0');
        const letters = [...'TRWAGMYFPDXBNJZSQVHLCKE'].filter((l) => dniLetter(number + l));
        expect(letters).toEqual(['TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]]);
      }),
    );
  });
  it('CIF control character, as digit or letter by entity type', () => {
    expect(cifControl('A58818501')).toBe(true);
    expect(cifControl('B12345674')).toBe(true);
    expect(cifControl('B12345675')).toBe(false);
    expect(cifControl('P1234567D')).toBe(true); // control 4 written as a letter
    expect(cifControl('I1234567D')).toBe(false);
  });
  it('NUSS (social security): province + number, key mod 97', () => {
    const oracle = (s: string): boolean => {
      const n = BigInt(s.slice(2, 10));
      const base = n < 10_000_000n ? BigInt(s.slice(0, 2)) * 10_000_000n + n : BigInt(s.slice(0, 10));
      return base % 97n === BigInt(s.slice(10));
    };
    fc.assert(fc.property(digitString(12, 12), (s) => {
      expect(spanishSsn(s)).toBe(oracle(s));
    }));
    expect(spanishSsn('28123456')).toBe(false);
  });
});

describe('Brazilian CPF and CNPJ', () => {
  it('accepts Receita Federal examples and rejects repeated digits', () => {
    expect(cpf('11144477735')).toBe(true);
    expect(cpf('52998224725')).toBe(true);
    expect(cpf('11144477736')).toBe(false);
    expect(cpf('11111111111')).toBe(false);
    expect(cnpj('11222333000181')).toBe(true);
    expect(cnpj('11222333000180')).toBe(false);
    expect(cnpj('00000000000000')).toBe(false);
  });
  it('catches every single-digit change (mod 11 detects them)', () => {
    for (const [valid, check] of [['11144477735', cpf], ['11222333000181', cnpj]] as const) {
      fc.assert(fc.property(fc.nat(), fc.nat(), (i, delta) => {
      expect(check(mutate(valid, i % valid.length, delta))).toBe(false);
    }));
    }
  });
});

describe('French identifiers', () => {
  it('INSEE/NIR key: the published example and Corsica', () => {
    expect(inseeKey('255081416802538')).toBe(true);
    expect(inseeKey('255081416802539')).toBe(false);
    // 2A counts as 19: N = 1850119123456 → key = 97 − N mod 97
    const corsica = '18501' + '2A' + '123456';
    const key = 97n - (1850119123456n % 97n);
    expect(inseeKey(corsica + String(key).padStart(2, '0'))).toBe(true);
    expect(inseeKey('18501' + '19' + '123456' + String(key).padStart(2, '0'))).toBe(true);
    expect(inseeKey('455081416802538')).toBe(false);
  });
  it('INSEE key agrees with a BigInt oracle', () => {
    fc.assert(
      fc.property(fc.constantFrom('1', '2'), digitString(12, 12), fc.integer({ min: 0, max: 99 }), (sex, body, key) => {
        const n = BigInt(sex + body);
        expect(inseeKey(sex + body + String(key).padStart(2, '0'))).toBe(97n - (n % 97n) === BigInt(key));
      }),
    );
  });
  it('numéro fiscal: first ten digits mod 511', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), digitString(9, 9), (first, rest) => {
        const ten = String(first) + rest;
        const key = String(Number(BigInt(ten) % 511n)).padStart(3, '0');
        expect(frenchTaxNumber(ten + key)).toBe(true);
        expect(frenchTaxNumber(ten + String((Number(key) + 1) % 1000).padStart(3, '0'))).toBe(false);
      }),
    );
    expect(frenchTaxNumber('4000000000000')).toBe(false);
  });
});

describe('German Steuer-IdNr (ISO 7064 MOD 11,10)', () => {
  const oracle = (s: string): boolean => {
    let p = 10;
    for (const ch of s.slice(0, 10)) {
      const sum = (Number(ch) + p) % 10 || 10;
      p = (2 * sum) % 11;
    }
    return (11 - p) % 10 === Number(s[10]);
  };
  it('accepts the BZSt example and rejects a changed check digit', () => {
    expect(steuerId('86095742719')).toBe(true);
    expect(steuerId('86095742710')).toBe(false);
    expect(steuerId('06095742719')).toBe(false);
  });
  it('agrees with the ISO 7064 recurrence', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9 }), digitString(10, 10), (a, s) => {
      expect(steuerId(a + s)).toBe(oracle(a + s));
    }));
  });
});

describe('Italian codice fiscale', () => {
  it('accepts the classic example and rejects another check letter', () => {
    expect(codiceFiscale('RSSMRA85T10A562S')).toBe(true);
    expect(codiceFiscale('rssmra85t10a562s')).toBe(true);
    expect(codiceFiscale('RSSMRA85T10A562T')).toBe(false);
    expect(codiceFiscale('RSSMRA85T10A562')).toBe(false);
  });
});

describe('UK and Canadian rules', () => {
  it('NINO prefixes (HMRC)', () => {
    expect(ninoPrefix('AB')).toBe(true);
    expect(ninoPrefix('jg')).toBe(true);
    for (const bad of ['QQ', 'DA', 'AD', 'AO', 'BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ', 'A1']) expect(ninoPrefix(bad)).toBe(false);
    expect(ninoPrefix('OA')).toBe(true); // O is only barred in second place
  });
  it('UTR: weights 6,7,8,9,10,5,4,3,2 and the 2,1,9,…,1 table', () => {
    fc.assert(
      fc.property(digitString(9, 9), (rest) => {
        const w = [6, 7, 8, 9, 10, 5, 4, 3, 2];
        const r = w.reduce((acc, wi, i) => acc + wi * Number(rest[i]), 0) % 11;
        const check = 11 - r > 9 ? 11 - r - 9 : 11 - r;
        expect(utr(String(check) + rest)).toBe(true);
        expect(utr(String((check + 1) % 10) + rest)).toBe(false);
      }),
    );
  });
  it('SIN: the Government of Canada example', () => {
    expect(sin('046454286')).toBe(true);
    expect(sin('046454287')).toBe(false);
    expect(sin('04645428')).toBe(false);
  });
});

describe('ICAO 9303 check digit and separators', () => {
  it('matches the specimen passport data page', () => {
    expect(icaoCheckDigit('L898902C3')).toBe(6);
    expect(icaoCheckDigit('740812')).toBe(2);
    expect(icaoCheckDigit('120415')).toBe(9);
    expect(icaoCheckDigit('L898902C<')).toBe(icaoCheckDigit('L898902C0'));
    expect(icaoCheckDigit('L8989-2C3')).toBeUndefined();
  });
  it('stripSeparators removes spaces, dots, hyphens and slashes only', () => {
    expect(stripSeparators('11.222.333/0001-81')).toBe('11222333000181');
    expect(stripSeparators('943 476\t5919')).toBe('9434765919');
    expect(stripSeparators('A_B')).toBe('A_B');
  });
});
