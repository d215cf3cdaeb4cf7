/** The one-pass IPv4 reader accepts exactly what ipaddr.js's four-part decimal check accepts, with the same octets. */
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { dottedQuad } from '../src/primitives/cidr.js';

const octet = fc.oneof(fc.integer({ min: 0, max: 300 }).map(String), fc.constantFrom('00', '01', '010', '255', '256', '999', '', '1e1', ' 1', '0x1', '-1', '1000000000000'));
const candidate = fc.oneof(
  fc.array(octet, { minLength: 1, maxLength: 5 }).map((xs) => xs.join('.')),
  fc.tuple(fc.array(octet, { minLength: 4, maxLength: 4 }), fc.constantFrom('', '.', ' ', ':', '/8', 'a')).map(([xs, tail]) => xs.join('.') + tail),
  fc.string({ maxLength: 16 }),
);

describe('dottedQuad', () => {
  it('agrees with ipaddr.IPv4.isValidFourPartDecimal and parse', () => {
    fc.assert(
      fc.property(candidate, (s) => {
        const ours = dottedQuad(s);
        const theirs = ipaddr.IPv4.isValidFourPartDecimal(s) ? ipaddr.IPv4.parse(s).octets : undefined;
        expect(ours).toEqual(theirs);
      }),
      { numRuns: 20000 },
    );
  });

  it('reads the usual and the edge cases', () => {
    expect(dottedQuad('10.1.2.3')).toEqual([10, 1, 2, 3]);
    expect(dottedQuad('0.0.0.0')).toEqual([0, 0, 0, 0]);
    expect(dottedQuad('255.255.255.255')).toEqual([255, 255, 255, 255]);
    for (const bad of ['010.1.2.3', '1.2.3', '1.2.3.4.', '1.2.3.256', '1..2.3', '', '1.2.3.4 ']) expect(dottedQuad(bad)).toBeUndefined();
  });
});
