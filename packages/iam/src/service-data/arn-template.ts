/**
 * A resource type's ARN template (`arn:${Partition}:s3:::${BucketName}/${ObjectName}`) as a regex:
 * each `${…}` stands for one or more characters. Applied to a whole template it reads whole ARNs; to
 * one field of a template (its resource part), that field of an ARN.
 */
export function arnTemplateRegex(template: string): RegExp {
  const parts = template.split(/\$\{[^}]*\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.+')}$`);
}
