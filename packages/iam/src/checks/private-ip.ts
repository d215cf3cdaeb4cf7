/** `aws:SourceIp` with private ranges (10/8, 172.16/12, 192.168/16, fc00::/7): they never match. */
import ipaddr from 'ipaddr.js';
import type { Diagnostic } from '@arbiter/ir';
import type { IamStatement } from '../types.js';
import { AaCheckCodes } from './codes.js';
import { finding } from './finding.js';

const PRIVATE = new Set(['private', 'uniqueLocal']);

function isPrivate(text: string): boolean | undefined {
  try {
    const addr = text.includes('/') ? ipaddr.parseCIDR(text)[0] : ipaddr.parse(text);
    return PRIVATE.has(addr.range());
  } catch {
    return undefined; // malformed values are reported by the grammar checks
  }
}

export function checkPrivateIp(st: IamStatement): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const c of st.conditions) {
    if (c.lowerKey !== 'aws:sourceip' || (c.operator !== 'IpAddress' && c.operator !== 'NotIpAddress')) continue;
    const kinds = c.values.map((v) => isPrivate(v.text)).filter((k) => k !== undefined);
    const priv = kinds.filter((k) => k).length;
    if (priv === 0) continue;
    const not = c.operator === 'NotIpAddress';
    const all = priv === kinds.length;
    const code = `PRIVATE_${not ? 'NOT_IP_ADDRESS' : 'IP_ADDRESS'}${all ? '' : '_SUBSET'}`;
    const message = all
      ? not
        ? 'Private NotIpAddress: The values for condition key aws:SourceIp include only private IP addresses and has no effect. aws:SourceIp works only for public IP address ranges. Update the value to include only public IP addresses.'
        : 'Private IP address: aws:SourceIp works only for public IP address ranges. The values for condition key aws:SourceIp include only private IP addresses and will not have the desired effect. Update the value to include only public IP addresses.'
      : `Private ${not ? 'NotIpAddress' : 'IP address'} subset: The values for condition key aws:SourceIp include a mix of private and public IP addresses. The private addresses ${not ? 'have no effect' : 'will not have the desired effect'}. aws:SourceIp works only for public IP address ranges. To define permissions for private IP ranges, use aws:VpcSourceIp.`;
    out.push(finding(all ? AaCheckCodes.privateIp : AaCheckCodes.privateIpSubset, c.at, message, 'use public addresses with aws:SourceIp; for private ranges use aws:VpcSourceIp', { code, type: all ? 'ERROR' : 'SUGGESTION' }));
  }
  return out;
}
