/** ARNs split into their six fields, and AWS Region codes (shared by the ARN and Region checks). */

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

/**
 * Region codes of every AWS partition: the `regionRegex` of each partition in the AWS SDKs'
 * partitions.json (`^(us|eu|ap|sa|ca|me|af|il|mx)\-\w+\-\d+$` for `aws`, `^cn\-…`, `^us\-gov\-…`, …).
 * A shape test, not a list, so Regions AWS adds later are not flagged.
 */
const REGION = /^(?:(?:us|eu|ap|sa|ca|me|af|il|mx|cn)-[a-z]+|us-gov-[a-z]+|us-iso-[a-z]+|us-isob-[a-z]+|us-isof-[a-z]+|eu-isoe-[a-z]+|eusc-de-[a-z]+)-\d+$/;

export const isRegionCode = (text: string): boolean => REGION.test(text);

/** `arn:${Partition}:s3:::${BucketName}/${ObjectName}` → a regex over one field (or the resource part). */
export function templateFieldRegex(template: string): RegExp {
  const parts = template.split(/\$\{[^}]*\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.+')}$`);
}
