/**
 * The seed examples, one click away. Policies come from the repository's examples/ folder (bundled
 * at build time), so the page and `arbiter examples` show the same scenarios.
 */
import insuranceSubscriptions from '../../../../examples/insurance-routing/subscriptions.json';
import clinicPolicy from '../../../../examples/clinic-data-protection/policy.json';
import clinicTopic from '../../../../examples/clinic-data-protection/topic.json';
import developerPolicy from '../../../../examples/lambda-abac/policies/developer.json';
import leadPolicy from '../../../../examples/lambda-abac/policies/lead-with-deny-guard.json';
import falconInvokesEagle from '../../../../examples/lambda-abac/requests/falcon-invokes-eagle.json';
import falconCreatesTagged from '../../../../examples/lambda-abac/requests/falcon-creates-tagged.json';
import type { PaneId, PlaygroundState } from './state.js';

export interface Example {
  id: string;
  pane: PaneId;
  title: string;
  /** The inputs of its pane. */
  apply: (state: PlaygroundState) => PlaygroundState;
}

const pretty = (v: unknown): string => JSON.stringify(v, null, 2);

/** An S3 event notification as the insurance example's bucket sends it (examples/insurance-routing/messages.jsonl). */
function s3Event(key: string, eventName: string): string {
  return pretty({
    Records: [{
      eventVersion: '2.1', eventSource: 'aws:s3', awsRegion: 'us-east-1', eventTime: '2022-11-21T03:41:29.743Z', eventName,
      s3: { s3SchemaVersion: '1.0', bucket: { name: 'insurance-bucket-demo', arn: 'arn:aws:s3:::insurance-bucket-demo' }, object: { key, size: 17 } },
    }],
  });
}

const autoLeads = insuranceSubscriptions.find((s) => s.id === 'auto-insurance-leads')!.policy;
/** A custom identifier (run by RE2 in Node, by re2js in the page) masked for one subscriber. */
const employeeIdPolicy = {
  Name: 'employee-ids', Version: '2021-06-01',
  Configuration: { CustomDataIdentifier: [{ Name: 'EmployeeId', Regex: 'EID-\\d{9}-US' }] },
  Statement: [{
    Sid: 'mask-for-billing', DataDirection: 'Outbound', Principal: ['arn:aws:iam::111222333444:role/BillingRole'],
    DataIdentifier: ['EmployeeId', 'arn:aws:dataprotection::aws:data-identifier/EmailAddress'],
    Operation: { Deidentify: { MaskConfig: { MaskWithCharacter: '#' } } },
  }],
};

const clinicPrincipals = pretty({ publisher: 'arn:aws:iam::111222333444:role/Admin', subscriptions: clinicTopic.subscriptions });

export const EXAMPLES: readonly Example[] = [
  {
    id: 'insurance-auto', pane: 'sns', title: 'Insurance routing: an auto quote reaches the auto-leads subscription',
    apply: (s) => ({ ...s, pane: 'sns', sns: { scope: 'MessageBody', policy: pretty(autoLeads), message: s3Event('auto-insurance-2314.xml', 'ObjectCreated:Put') } }),
  },
  {
    id: 'insurance-home', pane: 'sns', title: 'Insurance routing: a home quote is filtered out of auto leads',
    apply: (s) => ({ ...s, pane: 'sns', sns: { scope: 'MessageBody', policy: pretty(autoLeads), message: s3Event('home-insurance-2314.xml', 'ObjectCreated:Put') } }),
  },
  {
    id: 'attributes-store', pane: 'sns', title: 'Message attributes: store and price',
    apply: (s) => ({
      ...s, pane: 'sns',
      sns: {
        scope: 'MessageAttributes',
        policy: pretty({ store: ['example_corp'], price_usd: [{ numeric: ['>=', 100] }] }),
        message: pretty({ store: { Type: 'String', Value: 'other_corp' }, price_usd: { Type: 'Number', Value: '210.75' } }),
      },
    }),
  },
  {
    id: 'ec2-state', pane: 'events', title: 'EventBridge: an EC2 instance that starts is not a stop or a termination',
    apply: (s) => ({
      ...s, pane: 'events',
      events: {
        target: 'EventBridge',
        pattern: pretty({ source: ['aws.ec2'], 'detail-type': ['EC2 Instance State-change Notification'], detail: { state: ['stopped', 'terminated'] } }),
        event: pretty({
          version: '0', id: '7bf73129-1428-4cd3-a780-95db273d1602', 'detail-type': 'EC2 Instance State-change Notification', source: 'aws.ec2',
          account: '123456789012', time: '2015-11-11T21:29:54Z', region: 'us-east-1', resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-abcd1111'],
          detail: { 'instance-id': 'i-abcd1111', state: 'pending' },
        }),
      },
    }),
  },
  {
    id: 'lambda-sqs', pane: 'events', title: 'Lambda: an SQS record passes the second filter',
    apply: (s) => ({
      ...s, pane: 'events',
      events: {
        target: 'sqs',
        pattern: pretty([{ body: { RequestCode: ['AAAA'] } }, { body: { RequestCode: ['BBBB'] } }]),
        event: pretty({
          messageId: '059f36b4-87a3-44ab-83d2-661975830a7d', receiptHandle: 'AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a', body: '{\n "RequestCode" : "BBBB"\n}',
          attributes: { ApproximateReceiveCount: '1', SentTimestamp: '1545082649183', SenderId: 'AIDAIENQZJOLO23YVJ4VO', ApproximateFirstReceiveTimestamp: '1545082649185' },
          messageAttributes: {}, md5OfBody: 'e4e68fb7bd0e697a0ae8f1bb342846b3', eventSource: 'aws:sqs', eventSourceARN: 'arn:aws:sqs:us-east-2:123456789012:my-queue', awsRegion: 'us-east-2',
        }),
      },
    }),
  },
  {
    id: 'clinic-ssn', pane: 'dp', title: 'Clinic: a social security number is denied on publish',
    apply: (s) => ({ ...s, pane: 'dp', dp: { policy: pretty(clinicPolicy), message: 'Patient: Jane Doe, SSN: 123-12-1234, contact jane@example.com', principals: clinicPrincipals } }),
  },
  {
    id: 'clinic-address', pane: 'dp', title: 'Clinic: an address reaches billing but not scheduling',
    apply: (s) => ({ ...s, pane: 'dp', dp: { policy: pretty(clinicPolicy), message: '410 Terry Ave N, Seattle 98109, WA', principals: clinicPrincipals } }),
  },
  {
    id: 'custom-employee-id', pane: 'dp', title: 'Custom identifier: employee IDs are masked for billing',
    apply: (s) => ({ ...s, pane: 'dp', dp: { policy: pretty(employeeIdPolicy), message: 'EID-123456789-US wrote to ana@example.com', principals: clinicPrincipals } }),
  },
  {
    id: 'abac-other-project', pane: 'iam', title: "Lambda ABAC: a falcon developer invokes eagle's function",
    apply: (s) => ({ ...s, pane: 'iam', iam: { policies: pretty(developerPolicy), request: pretty(falconInvokesEagle) } }),
  },
  {
    id: 'abac-create-tagged', pane: 'iam', title: 'Lambda ABAC: a falcon developer creates a function tagged falcon',
    apply: (s) => ({ ...s, pane: 'iam', iam: { policies: pretty(developerPolicy), request: pretty(falconCreatesTagged) } }),
  },
  {
    id: 'abac-deny-guard', pane: 'iam', title: "Lambda ABAC: a lead's deny guard stops another project",
    apply: (s) => ({ ...s, pane: 'iam', iam: { policies: pretty(leadPolicy), request: pretty({ ...falconInvokesEagle, principal: 'arn:aws:iam::123456789012:role/lambda-lead-falcon' }) } }),
  },
  {
    id: 'diff-auto-leads', pane: 'analysis', title: 'SNS: auto leads also by a key suffix',
    apply: (s) => ({ ...s, pane: 'analysis', analysis: { language: 'SNS MessageBody', old: pretty(autoLeads), new: pretty({ Records: { ...autoLeads.Records, s3: { object: { key: [{ prefix: 'auto-' }, { suffix: '-auto.xml' }] } } } }) } }),
  },
  {
    id: 'diff-ec2-states', pane: 'analysis', title: 'EventBridge: dropping a state from an EC2 rule',
    apply: (s) => ({ ...s, pane: 'analysis', analysis: { language: 'EventBridge', old: pretty(ec2Rule(['running', 'stopped'])), new: pretty(ec2Rule(['running'])) } }),
  },
];

/** An EC2 state-change rule over the given states. */
function ec2Rule(states: string[]): object {
  return { source: ['aws.ec2'], 'detail-type': ['EC2 Instance State-change Notification'], detail: { state: states } };
}

/** What the page opens with: the first example of each pane, the SNS pane in front. */
export function seedState(): PlaygroundState {
  const blank: PlaygroundState = { pane: 'sns', sns: { scope: 'MessageBody', policy: '', message: '' }, events: { target: 'EventBridge', pattern: '', event: '' }, dp: { policy: '', message: '', principals: '' }, iam: { policies: '', request: '' }, analysis: { language: 'EventBridge', old: '', new: '' } };
  const firstOf = (pane: PaneId): Example => EXAMPLES.find((e) => e.pane === pane)!;
  const seeded = [firstOf('sns'), firstOf('events'), firstOf('dp'), firstOf('iam'), firstOf('analysis')].reduce((state, example) => example.apply(state), blank);
  return { ...seeded, pane: 'sns' };
}
