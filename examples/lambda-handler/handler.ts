/**
 * Two Lambda handlers of an insurance-leads service, each written with Middy and without:
 *
 * - `leadsBatch`: a queue/stream of leads (SQS, SNS, Kinesis, DynamoDB Streams or Kafka). Only
 *   leads outside Texas with a premium of at least 500 are processed; processing one may fail,
 *   and that lead alone is reported in `batchItemFailures`.
 * - `getLead`: an API Gateway method. The caller's `team` principal tag must equal the lead's
 *   team (IAM ABAC); the lead goes out with SSNs and e-mail addresses masked, and the findings
 *   are audited to the logger in AWS's audit record shape.
 */
import middy from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { abacAuthorization, dataProtection, readBatch, recordFilter, withAuthorization, withDataProtection, withRecordFilter, type Logger } from '@arbiter/lambda';

/** The filter policy the leads topic's subscription had, on the payload. */
export const leadsFilter = { filterPolicy: { state: [{ 'anything-but': ['TX'] }], premium: [{ numeric: ['>=', 500] }] }, filterPolicyScope: 'MessageBody' as const };

/** The handler's own work: one lead, which may fail. */
export async function processLead(lead: { id: string; fail?: boolean }): Promise<void> {
  if (lead.fail) throw new Error(`lead ${lead.id}: the CRM refused it`);
}

/** Processes each record, reporting only the ones that failed. */
export async function processBatch(event: unknown): Promise<{ batchItemFailures: Array<{ itemIdentifier: string }> }> {
  const batch = readBatch(event);
  if (!batch.ok) throw new Error(batch.diagnostics[0]!.message);
  const batchItemFailures: Array<{ itemIdentifier: string }> = [];
  for (const { message } of batch.value.entries) {
    try {
      await processLead(JSON.parse(message.body) as { id: string; fail?: boolean });
    } catch {
      batchItemFailures.push({ itemIdentifier: message.id });
    }
  }
  return { batchItemFailures };
}

export const leadsBatch = withRecordFilter(leadsFilter, processBatch);
export const leadsBatchMiddy = middy(processBatch).use(recordFilter(leadsFilter));

/** Agents may read the leads of their own team. */
const agentsPolicy = {
  Version: '2012-10-17',
  Statement: [{
    Sid: 'ReadOwnTeamLeads', Effect: 'Allow', Action: 'leads:GetLead', Resource: 'arn:aws:leads:us-east-1:111122223333:lead/*',
    Condition: { StringEquals: { 'aws:ResourceTag/team': '${aws:PrincipalTag/team}' } },
  }],
};

/** Leads leave the service with SSNs and e-mail addresses masked; every response is audited. */
const leadsDataPolicy = {
  Name: 'leads-out', Description: 'mask PII in API responses', Version: '2021-06-01',
  Statement: [
    { Sid: 'audit', DataDirection: 'Inbound', Principal: ['*'], DataIdentifier: ['arn:aws:dataprotection::aws:data-identifier/Ssn-US', 'arn:aws:dataprotection::aws:data-identifier/EmailAddress'],
      Operation: { Audit: { SampleRate: '99', FindingsDestination: {} } } },
    { Sid: 'mask', DataDirection: 'Inbound', Principal: ['*'], DataIdentifier: ['arn:aws:dataprotection::aws:data-identifier/Ssn-US', 'arn:aws:dataprotection::aws:data-identifier/EmailAddress'],
      Operation: { Deidentify: { MaskConfig: { MaskWithCharacter: '#' } } } },
  ],
};

/** The store: lead-9 belongs to the auto team. */
const leads: Record<string, { team: string; applicant: string }> = {
  'lead-9': { team: 'auto', applicant: 'Ana Lopez, SSN 123-12-1234, ana.lopez@example.com' },
};

async function readLead(event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> {
  const id = event.pathParameters?.['id'] ?? '';
  return { statusCode: 200, body: JSON.stringify({ id, ...leads[id] }) };
}

/** The options both forms of `getLead` share; the logger is the caller's (Powertools' Logger fits). */
export function getLeadOptions(logger: Logger) {
  const authorization = {
    policies: { identity: [agentsPolicy] },
    action: 'leads:GetLead',
    resource: (e: APIGatewayProxyEvent) => `arn:aws:leads:us-east-1:111122223333:lead/${e.pathParameters?.['id']}`,
    context: (e: APIGatewayProxyEvent) => ({ 'aws:ResourceTag/team': leads[e.pathParameters?.['id'] ?? '']?.team ?? '' }),
    logger,
  };
  const protection = { policy: leadsDataPolicy, principal: 'arn:aws:iam::111122223333:role/leads-api', resourceArn: 'arn:aws:lambda:us-east-1:111122223333:function:get-lead', logger, random: () => 0 };
  return { authorization, protection };
}

export function getLead(logger: Logger): (event: APIGatewayProxyEvent, context: Context) => Promise<unknown> {
  const { authorization, protection } = getLeadOptions(logger);
  return withAuthorization(authorization, withDataProtection(protection, readLead));
}

export function getLeadMiddy(logger: Logger) {
  const { authorization, protection } = getLeadOptions(logger);
  return middy(readLead).use(abacAuthorization(authorization)).use(dataProtection(protection));
}
