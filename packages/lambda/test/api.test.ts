/** ABAC authorization and data protection on the example API handler, with and without Middy. */
import { describe, expect, it } from 'vitest';
import { apiGatewayCaller, createPayloadProtector, protectResponse, readTags, withDataProtection } from '../src/index.js';
import { getLead, getLeadMiddy } from '../../../examples/lambda-handler/handler.js';
import { context, memoryLogger, recorded } from './helpers.js';

const denyPolicy = {
  Name: 'no-ssn', Version: '2021-06-01',
  Statement: [{ Sid: 'deny-ssn', DataDirection: 'Inbound', Principal: ['*'], DataIdentifier: ['arn:aws:dataprotection::aws:data-identifier/Ssn-US'], Operation: { Deny: {} } }],
};

describe('the example getLead handler', () => {
  for (const [form, make] of [['plain', getLead], ['middy', getLeadMiddy]] as const) {
    it(`${form}: the same team reads the lead with SSN and e-mail masked; findings are audited in AWS's shape`, async () => {
      const logger = memoryLogger();
      const out = (await make(logger)(recorded('api-get-lead-same-team'), context)) as { statusCode: number; body: string };
      expect(out.statusCode).toBe(200);
      const lead = JSON.parse(out.body) as { applicant: string; team: string };
      expect(lead.team).toBe('auto');
      expect(lead.applicant).toBe('Ana Lopez, SSN ###########, #####################');
      const audit = logger.lines.find((l) => l.message === 'arbiter: data protection audit');
      const record = audit?.extra[0] as Record<string, any>;
      expect(Object.keys(record).sort()).toEqual(['auditTimestamp', 'callerPrincipal', 'dataIdentifiers', 'messageId', 'resourceArn']);
      expect(record['callerPrincipal']).toBe('arn:aws:iam::111122223333:role/leads-api');
      expect(record['resourceArn']).toBe('arn:aws:lambda:us-east-1:111122223333:function:get-lead');
      expect(record['dataIdentifiers'].map((d: { name: string; count: number }) => [d.name, d.count])).toEqual([['Ssn-US', 1], ['EmailAddress', 1]]);
    });

    it(`${form}: another team gets 403 and the handler does not run`, async () => {
      const logger = memoryLogger();
      const out = (await make(logger)(recorded('api-get-lead-other-team'), context)) as { statusCode: number; body: string };
      expect(out.statusCode).toBe(403);
      expect(JSON.parse(out.body)).toEqual({ message: 'Forbidden', decision: 'ImplicitDeny' });
      expect(logger.lines.some((l) => l.message === 'arbiter: data protection audit')).toBe(false);
      expect(logger.lines.filter((l) => l.level === 'warn').map((l) => l.message)).toEqual(['arbiter: request denied']);
    });
  }
});

describe('callers', () => {
  it('reads the ARN, Cognito principal tags and the source IP of a REST API event', () => {
    expect(apiGatewayCaller(recorded('api-get-lead-same-team'))).toEqual({
      arn: 'arn:aws:sts::111122223333:assumed-role/agents/ana', tags: { team: 'auto' }, context: { 'aws:SourceIp': '203.0.113.7' },
    });
  });

  it('reads HTTP API IAM callers and Lambda authorizer tag contexts', () => {
    const event = { requestContext: { http: { sourceIp: '198.51.100.1' }, authorizer: { iam: { userArn: 'arn:aws:iam::1:user/x' }, lambda: { principalTags: '{"team":"home"}' } } } };
    expect(apiGatewayCaller(event)).toEqual({ arn: 'arn:aws:iam::1:user/x', tags: { team: 'home' }, context: { 'aws:SourceIp': '198.51.100.1' } });
    expect(readTags('not json')).toEqual({});
    expect(readTags({ a: ['1', '2'], b: 2, c: { nested: true } })).toEqual({ a: '1', b: '2' });
  });
});

describe('payload protection', () => {
  it('deny: a payload with an SSN is refused (403), a clean one passes unchanged', () => {
    const p = createPayloadProtector({ policy: denyPolicy, principal: 'arn:aws:iam::1:role/app' });
    if (!p.ok) throw new Error('policy');
    const denied = p.value.protect('SSN: 123-12-1234');
    expect(denied.ok && denied.value).toMatchObject({ allowed: false, statusCode: 403, code: 'AuthorizationError', findings: [{ name: 'Ssn-US', start: 5, end: 15 }] });
    expect(p.value.protect('nothing here')).toMatchObject({ ok: true, value: { allowed: true, text: 'nothing here', findings: [] } });
  });

  it('deny: an API response becomes a 403; a non-API response raises', () => {
    const p = createPayloadProtector({ policy: denyPolicy, principal: 'arn:aws:iam::1:role/app' });
    if (!p.ok) throw new Error('policy');
    const api = protectResponse(p.value, { statusCode: 200, body: 'SSN: 123-12-1234' }) as { statusCode: number };
    expect(api.statusCode).toBe(403);
    expect(() => protectResponse(p.value, { ssn: '123-12-1234' })).toThrow(/prohibits this message/);
  });

  it('de-identify keeps the response type: objects stay objects', async () => {
    const policy = { ...denyPolicy, Statement: [{ ...denyPolicy.Statement[0], Operation: { Deidentify: { RedactConfig: {} } } }] };
    const handler = withDataProtection({ policy, principal: 'arn:aws:iam::1:role/app' }, async () => ({ note: 'SSN 123-12-1234 on file' }));
    expect(await handler({}, context)).toEqual({ note: 'SSN  on file' });
  });

  it('an invalid policy fails at creation with its diagnostics', () => {
    const r = createPayloadProtector({ policy: { Name: 'x', Version: '2021-06-01', Statement: [] }, principal: 'p' });
    expect(r.ok).toBe(false);
  });
});
