/**
 * Who is calling, read from an API Gateway event: the IAM caller's ARN (REST `identity.userArn`,
 * HTTP API `authorizer.iam.userArn`) and principal tags from a Cognito token's
 * `https://aws.amazon.com/tags` claim (`principal_tags`), or a Lambda authorizer's
 * `principalTags` context value (a JSON object, or its text since contexts hold only scalars).
 */
export interface Caller {
  /** The principal ARN (`aws:PrincipalArn`). */
  arn?: string;
  /** Principal tags (`aws:PrincipalTag/<key>`). */
  tags?: Record<string, string>;
  /** Further request context keys (`aws:SourceIp`, `aws:MultiFactorAuthPresent`, …). */
  context?: Record<string, unknown>;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : undefined);

/** Tags from a JSON object or its text; array values (Cognito's) keep their first element. */
export function readTags(value: unknown): Record<string, string> {
  let v = value;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return {};
    }
  }
  const out: Record<string, string> = {};
  for (const [k, t] of Object.entries(obj(v) ?? {})) {
    const first = Array.isArray(t) ? t[0] : t;
    if (typeof first === 'string' || typeof first === 'number' || typeof first === 'boolean') out[k] = String(first);
  }
  return out;
}

export function apiGatewayCaller(event: unknown): Caller {
  const rc = obj(obj(event)?.['requestContext']);
  const authorizer = obj(rc?.['authorizer']);
  const arn = obj(rc?.['identity'])?.['userArn'] ?? obj(authorizer?.['iam'])?.['userArn'];
  const claims = obj(authorizer?.['claims']) ?? obj(obj(authorizer?.['jwt'])?.['claims']);
  const awsTags = claims?.['https://aws.amazon.com/tags'];
  const tagSource = (obj(typeof awsTags === 'string' ? safeParse(awsTags) : awsTags)?.['principal_tags'])
    ?? authorizer?.['principalTags'] ?? obj(authorizer?.['lambda'])?.['principalTags'];
  const caller: Caller = { tags: readTags(tagSource) };
  if (typeof arn === 'string') caller.arn = arn;
  const sourceIp = obj(rc?.['identity'])?.['sourceIp'] ?? obj(rc?.['http'])?.['sourceIp'];
  if (typeof sourceIp === 'string') caller.context = { 'aws:SourceIp': sourceIp };
  return caller;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
