/** What every record reader returns: one message as the filters read it, whatever its source. */
import type { SnsMessage } from '@arbiter/sns-filter';

export type RecordSource = 'sqs' | 'sns' | 'kinesis' | 'dynamodb' | 'kafka';

export interface RecordMessage extends SnsMessage {
  source: RecordSource;
  /** The `itemIdentifier` Lambda expects in `batchItemFailures` for this record. */
  id: string;
  /** Message attributes in SNS's shape (`Type`/`Value`), whatever shape the record carried. */
  attributes: Record<string, { Type: string; Value: string }>;
  /** The payload as text (decoded from base64, or DynamoDB's image as plain JSON). */
  body: string;
}
