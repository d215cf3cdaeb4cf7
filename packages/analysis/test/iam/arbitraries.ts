/** Small IAM policies over a shared pool of constants, so pairs interact (fast-check), and the oracle's finite request space. */
import fc from 'fast-check';

const actionPatterns = ['s3:GetObject', 's3:Get*', 's3:*', 'ec2:RunInstances', '*', 's3:?utObject'];
const resourcePatterns = ['*', 'arn:aws:s3:::b/*', 'arn:aws:s3:::*', 'arn:aws:s3:::b/k', 'arn:aws:ec2:*:*:instance/*'];

const one = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const some = <T>(xs: readonly T[]) => fc.uniqueArray(one(xs), { minLength: 1, maxLength: 2 });
const ifExists = fc.boolean().map((b) => (b ? 'IfExists' : ''));

/** One condition block entry: operator → { key: values }. */
const condition = fc.oneof(
  fc.tuple(one(['StringEquals', 'StringNotEquals', 'StringLike', 'StringEqualsIgnoreCase']), ifExists, some(['alice', 'al*', 'bob'])).map(([op, ie, v]) => ({ [op + ie]: { 'aws:username': v } })),
  fc.tuple(one(['StringEquals', 'StringNotEquals']), ifExists).map(([op, ie]) => ({ [op + ie]: { 'aws:username': '${aws:PrincipalTag/team}' } })),
  fc.tuple(one(['NumericLessThan', 'NumericGreaterThanEquals', 'NumericEquals', 'NumericNotEquals']), ifExists, some(['5', '4.5'])).map(([op, ie, v]) => ({ [op + ie]: { 'ec2:count': v } })),
  fc.tuple(one(['ForAllValues:StringEquals', 'ForAnyValue:StringEquals', 'ForAnyValue:StringNotEquals', 'ForAllValues:StringNotEquals']), some(['a', 'b'])).map(([op, v]) => ({ [op]: { 'aws:TagKeys': v } })),
  fc.tuple(one(['aws:username', 'aws:TagKeys', 'ec2:count']), fc.boolean()).map(([k, b]) => ({ Null: { [k]: String(b) } })),
);

const statement = fc.record({
  Effect: one(['Allow', 'Allow', 'Deny']),
  act: fc.tuple(fc.boolean(), some(actionPatterns)),
  res: fc.tuple(one([true, true, false]), some(resourcePatterns)),
  conds: fc.array(condition, { maxLength: 2 }),
}).map(({ Effect, act: [notAction, actions], res: [plainResource, resources], conds }) => {
  const st: Record<string, unknown> = { Effect, [notAction ? 'NotAction' : 'Action']: actions, [plainResource ? 'Resource' : 'NotResource']: resources };
  const merged: Record<string, Record<string, unknown>> = {};
  for (const c of conds) for (const [op, body] of Object.entries(c)) merged[op] = { ...merged[op], ...body };
  if (Object.keys(merged).length) st.Condition = merged;
  return st;
});

export const iamPolicy = fc.array(statement, { minLength: 1, maxLength: 3 }).map((Statement) => ({ Version: '2012-10-17', Statement }));

/** The oracle's requests: every constant, near misses, absent keys, lists for the multivalued key. */
const actions = ['s3:GetObject', 's3:PutObject', 's3:getobject', 's3:GetBucket', 'ec2:RunInstances', 'sqs:SendMessage'];
const resources = ['arn:aws:s3:::b/k', 'arn:aws:s3:::b/x', 'arn:aws:s3:::c/k', 'arn:aws:ec2:us-east-1:111122223333:instance/i-1'];
const usernames = [undefined, 'alice', 'Alice', 'al', 'bob', 'x'];
const teams = [undefined, 'alice', 'bob'];
const counts = [undefined, '4', '4.5', '4.75', '5', '6', 'x'];
const tagKeys = [undefined, [], ['a'], ['b'], ['a', 'b'], ['c'], 'a'];

export function* oracleRequests(): Generator<{ action: string; resource: string; context: Record<string, unknown> }> {
  for (const action of actions) for (const resource of resources) for (const u of usernames) for (const t of teams) for (const n of counts) for (const k of tagKeys) {
    const context: Record<string, unknown> = {};
    if (u !== undefined) context['aws:username'] = u;
    if (t !== undefined) context['aws:PrincipalTag/team'] = t;
    if (n !== undefined) context['ec2:count'] = n;
    if (k !== undefined) context['aws:TagKeys'] = k;
    yield { action, resource, context };
  }
}
