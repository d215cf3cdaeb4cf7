/** Validation as Access Analyzer does it (spec §4): codes, pointers and AA texts from the spec. */
import { describe, expect, it } from 'vitest';
import { validateIamPolicy, type PolicyKind } from '../src/index.js';

const stmt = (extra: Record<string, unknown>) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: '*', ...extra }] });
const cond = (op: string, key: string, value: unknown) => stmt({ Condition: { [op]: { [key]: value } } });

function codes(policy: unknown, kind?: PolicyKind) {
  const r = validateIamPolicy(policy, kind ? { kind } : {});
  return r.diagnostics.map((d) => [d.severity, d.code, d.path]);
}

describe('the Lambda ABAC announcement manager policy (raw text with typos)', () => {
  // As printed in the announcement: curly quotes around the second key and value, and `$}` for `${`.
  const text = [
    '{',
    '  "Version": "2012-10-17",',
    '  "Statement": [',
    '    {',
    '      "Sid": "AllActionsLambdaSameOrgAndCostCenter",',
    '      "Effect": "Allow",',
    '      "Action": "lambda:*",',
    '      "Resource": "arn:aws:lambda:*:*:function:*",',
    '      "Condition": {',
    '        "StringEquals": {',
    '          "aws:ResourceTag/organization": "${aws:PrincipalTag/organization}",',
    '          \u201caws:ResourceTag/cost-center\u201d: \u201c$}aws:PrincipalTag/cost-center}\u201d',
    '        }',
    '      }',
    '    }',
    '  ]',
    '}',
  ].join('\n');

  it('reports the JSON syntax error at the curly quote with line, column and the recovered pointer', () => {
    const r = validateIamPolicy(text);
    expect(r.valid).toBe(false);
    const syntax = r.diagnostics.find((d) => d.code === 'iam.json-syntax');
    expect(syntax).toMatchObject({
      severity: 'error',
      path: '/Statement/0/Condition/StringEquals/aws:ResourceTag~1cost-center',
      params: { line: 12, column: 11, curlyQuote: '\u201c' },
    });
    expect(syntax?.message).toMatch(/^Json syntax error: Fix the JSON syntax error at index \d+ line 12 column 11\.$/);
    expect(syntax?.help).toMatch(/curly quotes/);
  });

  it('also reports the `$}` typo in the value hidden behind the quotes', () => {
    const r = validateIamPolicy(text);
    expect(r.diagnostics.find((d) => d.code === 'iam.variable-typo')?.path).toBe('/Statement/0/Condition/StringEquals/aws:ResourceTag~1cost-center');
  });

  it('reports `$}` in an otherwise valid policy at the value pointer', () => {
    expect(codes(cond('StringEquals', 'aws:ResourceTag/cost-center', '$}aws:PrincipalTag/cost-center}'))).toContainEqual(['error', 'iam.variable-typo', '/Statement/0/Condition/StringEquals/aws:ResourceTag~1cost-center']);
  });

  it('reports curly quotes inside a value (valid JSON) at the value pointer', () => {
    expect(codes(cond('StringEquals', 'aws:ResourceTag/project-name', '\u201c${aws:PrincipalTag/project-name}\u201d'))).toContainEqual(['error', 'iam.curly-quote', '/Statement/0/Condition/StringEquals/aws:ResourceTag~1project-name']);
  });
});

describe('policy variables (spec §1.8)', () => {
  const at = '/Statement/0/Condition/StringEquals/aws:ResourceTag~1p';
  it.each([
    ['${aws:PrincipalTag/p', 'iam.variable-missing-brace', 'Missing brace in variable: The policy variable is missing a closing curly brace. Add } after the variable text.'],
    ['${}', 'iam.variable-empty', 'Empty variable: Empty policy variable. Remove the ${ } variable structure or provide a variable within the structure.'],
    ['${aws:PrincipalTag/p q}', 'iam.variable-space', 'Unsupported space in variable: A space is not supported within the policy variable text. Remove the space.'],
    ["${aws:PrincipalTag/p, shared}", 'iam.variable-missing-quote', 'Missing quote in variable: The policy variable default value must begin and end with a single quote. Add the missing quote.'],
  ])('%s -> %s', (value, code, message) => {
    const r = validateIamPolicy(cond('StringEquals', 'aws:ResourceTag/p', value));
    expect(r.valid).toBe(false);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code, path: at, message, severity: 'error' }));
  });

  it('accepts a quoted default and the escapes', () => {
    expect(validateIamPolicy(cond('StringEquals', 'aws:ResourceTag/p', "${aws:PrincipalTag/p, 'shared'}")).valid).toBe(true);
    expect(validateIamPolicy(cond('StringLike', 'aws:ResourceTag/p', 'a${*}b${?}c${$}')).valid).toBe(true);
  });

  it('rejects a variable in Action and with a numeric operator', () => {
    expect(codes(stmt({ Action: 'lambda:${aws:PrincipalTag/a}' }))).toContainEqual(['error', 'iam.variable-unsupported-in-element', '/Statement/0/Action']);
    expect(codes(cond('NumericLessThan', 'aws:MultiFactorAuthAge', '${aws:PrincipalTag/max}'))).toContainEqual(['error', 'iam.variable-invalid-for-operator', '/Statement/0/Condition/NumericLessThan/aws:MultiFactorAuthAge']);
  });

  it('warns (not errors) for a variable under Version 2008-10-17 or without Version', () => {
    const p = { Version: '2008-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/${aws:username}/*' }] };
    expect(codes(p)).toEqual([['warning', 'iam.variable-unsupported-in-version', '/Statement/0/Resource']]);
    const { Version: _, ...noVersion } = p;
    expect(codes(noVersion)).toEqual([
      ['warning', 'iam.missing-version', ''],
      ['warning', 'iam.variable-unsupported-in-version', '/Statement/0/Resource'],
    ]);
  });
});

describe('elements (spec §4)', () => {
  it.each([
    [{ Version: '2012-10-17' }, 'iam.missing-statement', ''],
    [{ Version: '2012-10-18', Statement: [] }, 'iam.invalid-version', '/Version'],
    [{ Version: '2012-10-17', Statement: [{ Effect: 'allow', Action: 'a:b', Resource: '*' }] }, 'iam.invalid-effect', '/Statement/0/Effect'],
    [{ Version: '2012-10-17', Statement: [{ Action: 'a:b', Resource: '*' }] }, 'iam.missing-effect', '/Statement/0'],
    [{ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Resource: '*' }] }, 'iam.missing-action', '/Statement/0'],
    [{ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'a:b' }] }, 'iam.missing-resource', '/Statement/0'],
    [stmt({ NotAction: 'a:c' }), 'iam.unsupported-element-combination', '/Statement/0/NotAction'],
    [stmt({ NotResource: '*' }), 'iam.unsupported-element-combination', '/Statement/0/NotResource'],
    [stmt({ Conditions: {} }), 'iam.invalid-element', '/Statement/0/Conditions'],
    [stmt({ Action: 'InvokeFunction' }), 'iam.invalid-action', '/Statement/0/Action'],
    [stmt({ Principal: '*' }), 'iam.unsupported-principal', '/Statement/0/Principal'],
    [cond('StringEqualz', 'aws:k', 'v'), 'iam.invalid-condition-operator', '/Statement/0/Condition/StringEqualz'],
    [cond('ForEachValue:StringEquals', 'aws:k', 'v'), 'iam.invalid-condition-operator', '/Statement/0/Condition/ForEachValue:StringEquals'],
    [cond('NullIfExists', 'aws:k', 'true'), 'iam.null-with-if-exists', '/Statement/0/Condition/NullIfExists'],
    [cond('StringEquals', 'PrincipalTag/p', 'v'), 'iam.invalid-condition-key-format', '/Statement/0/Condition/StringEquals/PrincipalTag~1p'],
    [cond('StringEquals', 'aws:ResourceTag/', 'v'), 'iam.missing-tag-key', '/Statement/0/Condition/StringEquals/aws:ResourceTag~1'],
    [cond('StringEquals', 'aws:k', { v: 'x' }), 'iam.condition-data-type', '/Statement/0/Condition/StringEquals/aws:k'],
    [cond('StringEquals', 'aws:k', ['a', null]), 'iam.condition-data-type', '/Statement/0/Condition/StringEquals/aws:k/1'],
  ])('%j -> %s', (policy, code, path) => {
    const r = validateIamPolicy(policy);
    expect(r.valid).toBe(false);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code, path, severity: 'error' }));
    for (const d of r.diagnostics) expect(d.help, d.code).toBeTruthy();
  });

  it('rejects duplicate Sids at the second one', () => {
    const p = { Version: '2012-10-17', Statement: [{ Sid: 'A', Effect: 'Allow', Action: 'a:b', Resource: '*' }, { Sid: 'A', Effect: 'Allow', Action: 'a:c', Resource: '*' }] };
    expect(codes(p)).toEqual([['error', 'iam.duplicate-sid', '/Statement/1/Sid']]);
  });

  it('requires a principal in resource-based policies and allows it there', () => {
    expect(codes(stmt({}), 'resource')).toContainEqual(['error', 'iam.missing-principal', '/Statement/0']);
    expect(validateIamPolicy(stmt({ Principal: { AWS: 'arn:aws:iam::123456789012:root' } }), { kind: 'resource' }).valid).toBe(true);
  });

  it('uses the Access Analyzer texts', () => {
    const r = validateIamPolicy(cond('StringEqualz', 'aws:k', 'v'));
    expect(r.diagnostics[0]?.message).toBe('Invalid condition operator: The condition operator StringEqualz is not valid. Use a valid condition operator.');
    expect(validateIamPolicy({ Version: '2012-10-17', Statement: [{ Effect: 'allow', Action: 'a:b', Resource: '*' }] }).diagnostics[0]?.message).toBe('Invalid effect: The effect allow is not valid. Use Allow or Deny.');
  });
});

describe('warnings that keep the policy valid', () => {
  it.each([
    [cond('StringEquals', 'aws:username', 'a*'), 'iam.wildcard-without-like'],
    [cond('ForAllValues:StringEquals', 'aws:PrincipalTag/team', 'a'), 'iam.forallvalues-single-valued-key'],
    [cond('ForAllValues:Null', 'aws:TagKeys', 'false'), 'iam.null-with-qualifier'],
    [cond('DateLessThan', 'aws:CurrentTime', 'next tuesday'), 'iam.invalid-date-value'],
    [cond('NumericEquals', 'aws:MultiFactorAuthAge', 'abc'), 'iam.invalid-numeric-value'],
    [cond('IpAddress', 'aws:SourceIp', '300.1.1.1/8'), 'iam.invalid-ip-value'],
    [cond('stringequals', 'aws:username', 'a'), 'iam.operator-case'],
    [stmt({ Action: 's3:GetObject,PutObject' }), 'iam.action-comma'],
  ])('%j -> %s', (policy, code) => {
    const r = validateIamPolicy(policy);
    expect(r.valid).toBe(true);
    expect(r.diagnostics.map((d) => [d.severity, d.code])).toContainEqual(['warning', code]);
  });
});
