// Deterministic identity policies and requests for the IAM benchmark: what an account with many
// teams looks like — per-service grants on project-prefixed resources, ABAC tag conditions, source
// IP and MFA guards, time windows, tag-on-create, and a few explicit denies.
/** xorshift32: small, deterministic per seed. */
function rng(seed) {
  let s = seed | 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const pick = (r, arr) => arr[Math.floor(r() * arr.length)];
const ACCOUNT = '123456789012';
const PROJECTS = ['falcon', 'eagle', 'heron', 'osprey', 'kestrel', 'owl', 'raven', 'swift', 'crane', 'egret', 'ibis', 'kite', 'lark', 'merlin', 'finch', 'robin', 'wren', 'plover', 'tern', 'gull',
  'petrel', 'puffin', 'stork', 'condor', 'harrier', 'hobby', 'jay', 'magpie', 'rook', 'shrike', 'thrush', 'warbler', 'dunlin', 'curlew', 'avocet', 'bittern', 'grebe', 'loon', 'snipe', 'sparrow'];
const TEAMS = ['payments', 'search', 'data', 'platform'];

// `arn` is the policy's resource pattern for a project; `res` a concrete resource of it.
const SERVICES = {
  s3: { actions: ['GetObject', 'PutObject', 'DeleteObject', 'ListBucket', 'GetObjectTagging'], arn: (p) => `arn:aws:s3:::${p}-bucket/*`, res: (p, n) => `arn:aws:s3:::${p}-bucket/reports/${n}.csv` },
  lambda: { actions: ['InvokeFunction', 'GetFunction', 'UpdateFunctionCode', 'DeleteFunction', 'CreateFunction'], arn: (p) => `arn:aws:lambda:*:${ACCOUNT}:function:${p}-*`, res: (p, n) => `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${p}-${n}` },
  dynamodb: { actions: ['GetItem', 'PutItem', 'Query', 'Scan', 'DeleteItem'], arn: (p) => `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/${p}-*`, res: (p, n) => `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/${p}-${n}` },
  sqs: { actions: ['SendMessage', 'ReceiveMessage', 'DeleteMessage', 'GetQueueAttributes'], arn: (p) => `arn:aws:sqs:*:${ACCOUNT}:${p}-*`, res: (p, n) => `arn:aws:sqs:eu-west-1:${ACCOUNT}:${p}-${n}` },
  sns: { actions: ['Publish', 'Subscribe', 'GetTopicAttributes'], arn: (p) => `arn:aws:sns:*:${ACCOUNT}:${p}-events`, res: (p) => `arn:aws:sns:us-east-1:${ACCOUNT}:${p}-events` },
  kms: { actions: ['Decrypt', 'Encrypt', 'GenerateDataKey'], arn: () => `arn:aws:kms:us-east-1:${ACCOUNT}:key/*`, res: (_p, n) => `arn:aws:kms:us-east-1:${ACCOUNT}:key/${n}` },
  logs: { actions: ['PutLogEvents', 'CreateLogStream', 'GetLogEvents'], arn: (p) => `arn:aws:logs:*:${ACCOUNT}:log-group:/aws/${p}/*`, res: (p, n) => `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/${p}/${n}` },
  secretsmanager: { actions: ['GetSecretValue', 'DescribeSecret'], arn: (p) => `arn:aws:secretsmanager:*:${ACCOUNT}:secret:${p}/*`, res: (p, n) => `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:${p}/db-${n}` },
};
const SERVICE_NAMES = Object.keys(SERVICES);

const CONDITIONS = [
  () => ({ StringEquals: { 'aws:ResourceTag/project-name': '${aws:PrincipalTag/project-name}' } }),
  (r) => ({ StringEqualsIgnoreCase: { 'aws:PrincipalTag/team': pick(r, TEAMS) } }),
  () => ({ Bool: { 'aws:MultiFactorAuthPresent': 'true' } }),
  () => ({ IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '192.0.2.0/24'] } }),
  () => ({ DateLessThan: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' } }),
  () => ({ StringEquals: { 'aws:RequestTag/project-name': '${aws:PrincipalTag/project-name}' }, 'ForAllValues:StringEquals': { 'aws:TagKeys': ['project-name', 'team'] } }),
  (r) => ({ StringLike: { 'aws:PrincipalTag/cost-center': `${1 + Math.floor(r() * 4)}*` } }),
];

function statement(r, i) {
  const svc = pick(r, SERVICE_NAMES);
  const def = SERVICES[svc];
  const project = pick(r, PROJECTS);
  const deny = r() < 0.08;
  const roll = r();
  const Action = roll < 0.1 ? `${svc}:*` : roll < 0.25 ? `${svc}:Get*` : [...new Set([pick(r, def.actions), pick(r, def.actions)])].map((a) => `${svc}:${a}`);
  const s = { Sid: `S${i}`, Effect: deny ? 'Deny' : 'Allow', Action, Resource: r() < 0.04 ? '*' : def.arn(project) };
  if (deny) s.Condition = { Bool: { 'aws:MultiFactorAuthPresent': 'false' } };
  else if (r() < 0.6) s.Condition = pick(r, CONDITIONS)(r);
  return s;
}

/** `n` identity policies of 1–4 statements each. */
export function generatePolicies(n, seed = 7) {
  const r = rng(seed);
  return Array.from({ length: n }, () => ({ Version: '2012-10-17', Statement: Array.from({ length: 1 + Math.floor(r() * 4) }, (_, i) => statement(r, i)) }));
}

/** `n` requests over the same services, projects and context keys. */
export function generateRequests(n, seed = 11) {
  const r = rng(seed);
  return Array.from({ length: n }, () => {
    const svc = pick(r, SERVICE_NAMES);
    const def = SERVICES[svc];
    const project = pick(r, PROJECTS);
    const own = r() < 0.7 ? project : pick(r, PROJECTS);
    return {
      action: `${svc}:${pick(r, def.actions)}`,
      resource: def.res(project, Math.floor(r() * 100)),
      principal: `arn:aws:iam::${ACCOUNT}:role/dev-${own}`,
      context: {
        'aws:PrincipalTag/project-name': own,
        'aws:PrincipalTag/team': pick(r, TEAMS),
        'aws:PrincipalTag/cost-center': String(1000 + Math.floor(r() * 4000)),
        'aws:ResourceTag/project-name': project,
        'aws:MultiFactorAuthPresent': r() < 0.8 ? 'true' : 'false',
        'aws:SourceIp': r() < 0.7 ? `10.1.${Math.floor(r() * 255)}.${Math.floor(r() * 255)}` : '203.0.113.9',
        'aws:CurrentTime': '2026-03-01T12:00:00Z',
      },
    };
  });
}

/** Invoke/get requests of falcon and eagle developers on both projects' functions. */
export function lambdaAbacRequests(n, seed = 3) {
  const r = rng(seed);
  return Array.from({ length: n }, () => {
    const who = pick(r, ['falcon', 'eagle']);
    const fn = pick(r, ['falcon', 'eagle']);
    return {
      action: pick(r, ['lambda:InvokeFunction', 'lambda:GetFunction', 'lambda:DeleteFunction']),
      resource: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${fn}-${Math.floor(r() * 20)}`,
      principal: `arn:aws:iam::${ACCOUNT}:role/lambda-dev-${who}`,
      context: { 'aws:PrincipalTag/project-name': who, 'aws:ResourceTag/project-name': fn },
    };
  });
}
