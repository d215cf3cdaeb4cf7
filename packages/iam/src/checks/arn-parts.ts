/** ARNs split into their six fields (shared by the ARN checks); Region codes are regions.ts's, template regexes service-data/arn-template.ts's. */

export interface ArnParts {
  partition: string;
  service: string;
  region: string;
  account: string;
  /** Everything after the fifth colon (it may hold further colons). */
  resource: string;
}

/** `undefined` unless the text is `arn:` followed by at least five more colon-separated fields. */
export function splitArn(text: string): ArnParts | undefined {
  const f = text.split(':');
  if (f[0] !== 'arn' || f.length < 6) return undefined;
  return { partition: f[1]!, service: f[2]!, region: f[3]!, account: f[4]!, resource: f.slice(5).join(':') };
}

/** A field with `*`, `?` or `${…}` is a pattern: the field checks leave it alone. */
export const isPattern = (field: string): boolean => /[*?]|\$\{/.test(field);
