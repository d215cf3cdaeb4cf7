/** E-mail addresses: RFC 5322 dot-atom local part, a dotted domain with an alphabetic or punycode TLD. */
import type { ManagedIdentifier } from '../types.js';

const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const TLD = '(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})';

export const emailAddress: ManagedIdentifier = {
  name: 'EmailAddress',
  category: 'Personal',
  // The look-behind makes a candidate start only where a run of local-part characters starts.
  pattern: new RegExp(`(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@(?:${LABEL}\\.)+${TLD}(?![A-Za-z0-9-]|\\.[A-Za-z0-9])`, 'g'),
  hint: (text) => text.includes('@'),
  anchors: [{ at: '@', within: 64 }],
  validate: (c) => !c.startsWith('.') && !c.includes('..'),
};
