/**
 * @arbiter/lambda: Arbiter where Lambda handlers run. Filter batches by SNS filter policy or event
 * pattern, protect outgoing payloads with a data protection policy, authorize callers with IAM
 * ABAC; each as a Middy middleware and as a plain wrapper.
 */
export type { RecordMessage, RecordSource } from './records/types.js';
export { readBatch, eventWith, type Batch, type BatchEntry, type ReadOptions } from './records/batch.js';
export { readSqsRecord, sqsAttributes } from './records/sqs.js';
export { readSnsRecord, snsAttributes } from './records/sns.js';
export { readKinesisRecord } from './records/kinesis.js';
export { readDynamoDbRecord, type DynamoDbImage } from './records/dynamodb.js';
export { attributeJson, imageJson } from './records/dynamodb-json.js';
export { readKafkaRecord, kafkaItemIdentifier } from './records/kafka.js';
export * from './filter/record-filter.js';
export { recordFilter, withRecordFilter, emptyBatchResponse } from './filter/middleware.js';
export * from './protect/protector.js';
export { dataProtection, withDataProtection, protectResponse, type DataProtectionMiddlewareOptions, type Denial } from './protect/middleware.js';
export { apiGatewayCaller, readTags, type Caller } from './authorize/caller.js';
export { createCallerAuthorizer, type AuthorizeOptions, type CallerAuthorizer } from './authorize/authorizer.js';
export { abacAuthorization, withAuthorization, forbidden, type AuthorizationMiddlewareOptions } from './authorize/middleware.js';
export { ArbiterLambdaError } from './errors.js';
export type { Logger } from './logger.js';
export type { MiddyMiddleware, MiddyRequest } from './middy-types.js';
