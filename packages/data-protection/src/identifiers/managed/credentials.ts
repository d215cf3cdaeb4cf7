/**
 * Credentials: the AWS secret access key (keyword required) and armored private keys. AWS does not
 * document the span of a key finding; we report the whole armored block, BEGIN line to END line.
 */
import type { ManagedIdentifier } from '../types.js';

/** Body of an armored block: base64, white space, escaped `\n`, header lines; never `--`. */
const ARMOR_BODY = String.raw`(?:[A-Za-z0-9+/=\s\\:,.()_]|-(?!-))*`;

// One function for every armored key, so the compiled scanner evaluates it once per text. V8's
// search for `-----BEGIN ` is slow on text full of hyphens (dates, ids): `BEGIN ` goes first (a
// tenth of the time on JSON), and only a text holding it pays for the full test.
const hasArmor = (text: string): boolean => text.includes('BEGIN ') && text.includes('-----BEGIN ');

function armored(name: string, label: string): ManagedIdentifier {
  return {
    name,
    category: 'Credentials',
    pattern: new RegExp(`-----BEGIN ${label}-----${ARMOR_BODY}-----END ${label}-----`, 'g'),
    hint: hasArmor,
    note: 'armored block; span from BEGIN to END [inferred]',
  };
}

export const awsSecretKey: ManagedIdentifier = {
  name: 'AwsSecretKey',
  category: 'Credentials',
  pattern: /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g,
  keywords: ['aws_secret_access_key', 'credentials', 'secret access key', 'secret key', 'set-awscredential'],
  // A real key is random base64: it mixes letters and digits.
  validate: (c) => /\d/.test(c) && /[a-z]/.test(c) && /[A-Z]/.test(c),
  note: '40-character base64 secret [inferred]',
};

export const openSshPrivateKey = armored('OpenSshPrivateKey', 'OPENSSH PRIVATE KEY');
export const pgpPrivateKey = armored('PgpPrivateKey', 'PGP PRIVATE KEY BLOCK');

export const pkcsPrivateKey: ManagedIdentifier = {
  ...armored('PkcsPrivateKey', 'PRIVATE KEY'),
  pattern: new RegExp(
    ['RSA ', 'EC ', 'DSA ', 'ENCRYPTED ', ''].map((t) => `-----BEGIN ${t}PRIVATE KEY-----${ARMOR_BODY}-----END ${t}PRIVATE KEY-----`).join('|'),
    'g',
  ),
};

export const puttyPrivateKey: ManagedIdentifier = {
  name: 'PuttyPrivateKey',
  category: 'Credentials',
  // Up to the Private-MAC line; the body may not contain another key header (keeps it linear).
  pattern: /PuTTY-User-Key-File-\d+:(?:[^P]|P(?!rivate-MAC: |uTTY-User-Key-File-))*Private-MAC: [0-9a-fA-F]+/g,
  hint: (text) => text.includes('PuTTY-User-Key-File-'),
  note: 'PuTTY .ppk file, header to Private-MAC [inferred]',
};

export const credentialIdentifiers = [awsSecretKey, openSshPrivateKey, pgpPrivateKey, pkcsPrivateKey, puttyPrivateKey];
