/**
 * Resource-based policies per service: the CloudFormation types that hold one, the service whose
 * actions it may name, and its size quota (bytes of UTF-8). Types not listed get the generic checks.
 */
export interface ResourcePolicyRule {
  /** Service prefixes whose actions the policy may name. */
  services: readonly string[];
  /** Size quota in bytes; where AWS documents it. */
  maxBytes?: number;
  /** Where the quota comes from. */
  source: string;
}

const S3: ResourcePolicyRule = { services: ['s3'], maxBytes: 20_480, source: 'Amazon S3: bucket policies are limited to 20 KB' };
const SQS: ResourcePolicyRule = { services: ['sqs'], maxBytes: 8_192, source: 'Amazon SQS policy quotas: 8,192 bytes' };
const SNS: ResourcePolicyRule = { services: ['sns'], source: 'Amazon SNS topic policies' };
const KMS: ResourcePolicyRule = { services: ['kms'], maxBytes: 32_768, source: 'AWS KMS: a key policy is at most 32 KB (32,768 bytes)' };
const SECRETS: ResourcePolicyRule = { services: ['secretsmanager'], maxBytes: 20_480, source: 'Secrets Manager quotas: resource-based policy of 20,480 characters' };
const ECR: ResourcePolicyRule = { services: ['ecr'], source: 'Amazon ECR repository policies' };

export const RESOURCE_POLICY_RULES: Readonly<Record<string, ResourcePolicyRule>> = {
  'AWS::S3::Bucket': S3,
  'AWS::S3::BucketPolicy': S3,
  'AWS::SQS::Queue': SQS,
  'AWS::SQS::QueuePolicy': SQS,
  'AWS::SNS::Topic': SNS,
  'AWS::SNS::TopicPolicy': SNS,
  'AWS::KMS::Key': KMS,
  'AWS::SecretsManager::Secret': SECRETS,
  'AWS::SecretsManager::ResourcePolicy': SECRETS,
  'AWS::ECR::Repository': ECR,
};
