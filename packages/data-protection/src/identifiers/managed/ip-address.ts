/** IP addresses: dotted-quad IPv4 and IPv6 (AWS documents only "IP address"; IPv6 is our reading). */
import ipaddr from 'ipaddr.js';
import type { ManagedIdentifier } from '../types.js';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = `(?<![\\w.:-])(?:${OCTET}\\.){3}${OCTET}(?![\\w]|\\.\\d)`;
const IPV6 = '(?<![\\w:.-])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\\w:])';

export const ipAddress: ManagedIdentifier = {
  name: 'IpAddress',
  category: 'Devices',
  pattern: new RegExp(`${IPV4}|${IPV6}`, 'g'),
  hint: (text) => /\d[.:]|:\d|::/.test(text),
  // IPv4: the first octet's last digit and its dot; IPv6: its first colon, beside a hex digit or a colon.
  anchors: [{ at: '\\d\\.|[0-9A-Fa-f:]:|:[0-9A-Fa-f]', within: 4 }],
  validate: (c) => {
    if (!c.includes(':')) return true;
    // IPv6: a valid address, compressed (`::`) or with all eight groups, not a bare `::`.
    if (!ipaddr.IPv6.isValid(c) || /^:+$/.test(c)) return false;
    return c.includes('::') || c.split(':').length === 8;
  },
  note: 'IPv4 dotted quad; IPv6 by ipaddr.js [IPv6 inferred]',
};
