/** `cidr`: a string holding an IPv4/IPv6 address inside the block (IPv4-mapped IPv6 matches IPv4 blocks). */
import { ipInCidr, parseCidr } from '../primitives/cidr.js';
import { definePredicate } from './definition.js';

export interface CidrPredicate {
  op: 'cidr';
  cidr: string;
  at: string;
}

export const cidrDefinition = definePredicate<CidrPredicate>({
  op: 'cidr',
  description: 'a string holding an IP address inside the `cidr` block',
  schema: { properties: { cidr: { type: 'string' } }, required: ['cidr'] },
  test: (p, value) => typeof value === 'string' && ipInCidr(value, p.cidr),
  compile: (p) => {
    const block = parseCidr(p.cidr);
    if (!block) return () => false;
    return (v) => typeof v === 'string' && ipInCidr(v, block);
  },
  print: (p) => `cidr ${p.cidr}`,
  // No index hook: an index back end tests it as a residual.
});
