/** A resource type's ARN template (`arn:${Partition}:s3:::${BucketName}/${ObjectName}`) as a regex over whole ARNs. */
export function arnTemplateRegex(template: string): RegExp {
  const parts = template.split(/\$\{[^}]*\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.+')}$`);
}
