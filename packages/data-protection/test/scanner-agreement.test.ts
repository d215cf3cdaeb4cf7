/** Property test: the compiled scanner reports exactly what the reference scanner reports. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScanner, managedIdentifierNames } from '../src/index.js';

// Fragments that exercise keywords (with their space/_/- variants), candidates, checksums and JSON.
const FRAGMENTS = [
  'SSN: ', 'ssn', '123-12-1234', '536-22-1045', 'credit card ', '4539153111026901', '4111111111111111', '4539-1531-1102-6901',
  'phone', 'tel ', '+1 415 555 0132', '(415) 555-0132', '07700 900123', 'mobile ', 'email ', 'ana@example.com', '@', '10.0.0.1',
  'fe80::1', 'IBAN ', 'GB29 NWBK 6016 1331 9268 19', 'DE89370400440532013000', 'bank account ', '000123456789', 'dob ', '1984-02-29',
  '04/15/1987', 'expiry ', '11/28', 'cvv ', '731', 'zip code ', '98109', 'VIN ', '1M8GDM9AXKP042788', 'location ', '47.606209,-122.332069',
  'Dear ', 'Maria Garcia', '123 Main St, Springfield, IL 62704', 'Musterstraße 12, 10115 Berlin', 'Via Roma 10, 00184 Roma', 'secret key ', 'mVYS4tFgsLm1QcY3/aVmOEiR4pATkUGv+7t7JZC1',
  '-----BEGIN RSA PRIVATE KEY-----\nabc\n-----END RSA PRIVATE KEY-----', 'zip_code', 'Zip-Code', 'customerSsn', ' ', ', ', '\n', '"', ':',
  'é', '\ud800', '0', '9', 'x', 'AWS', 'driver licence ', 'D1234567', 'passport ', 'C03005988', 'npi ', '1672950346', 'nhs ', '943 476 5919', 'K1A 0B1', 'ip 192.168.0.1', '2001:db8::7',
];

const text = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }).map((parts) => parts.join(''));
const json = fc
  .array(fc.tuple(fc.constantFrom('ssn', 'phone', 'card', 'note', 'zip code', 'customerName', 'iban', 'a/b~c'), text), { maxLength: 6 })
  .map((entries) => JSON.stringify({ record: Object.fromEntries(entries), list: entries.map(([, v]) => v) }));
// Member names written with escapes: their keywords are not in the raw text as written.
const escapedJson = json.map((t) => t.replace(/"ssn"/g, '"\\u0073sn"').replace(/"phone"/g, '"ph\\u006Fne"'));

describe('compiled scanner agrees with the reference scanner', () => {
  const names = managedIdentifierNames();
  const custom = [{ name: 'EmployeeId', regex: 'EID-\\d{9}-US' }];
  const reference = createScanner({ mode: 'reference', custom });
  const compiled = createScanner({ mode: 'compiled', custom });

  it('on free text and JSON, with every identifier', () => {
    if (!reference.ok || !compiled.ok) throw new Error('scanner setup failed');
    fc.assert(
      fc.property(fc.oneof(text, json, escapedJson), (t) => {
        expect(compiled.value.scan(t)).toEqual(reference.value.scan(t));
      }),
      { numRuns: 300 },
    );
  });

  it('with a random subset of identifiers', () => {
    fc.assert(
      fc.property(fc.subarray(names, { minLength: 1, maxLength: 12 }), fc.oneof(text, json), (subset, t) => {
        const r = createScanner({ identifiers: subset, mode: 'reference' });
        const c = createScanner({ identifiers: subset, mode: 'compiled' });
        if (!r.ok || !c.ok) throw new Error('scanner setup failed');
        expect(c.value.scan(t)).toEqual(r.value.scan(t));
      }),
      { numRuns: 150 },
    );
  });
});
