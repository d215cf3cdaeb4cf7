/**
 * Access Analyzer's principal checks for policies that name principals (resource, trust, RCP):
 * the element's shape, each value's format per principal key, and wildcards. `raw` is the policy as
 * parsed JSON, for the shape the typed policy no longer shows (a bare ARN string).
 */
import { getAtPointer, joinPointer, type Diagnostic } from '@arbiter/ir';
import { finding } from '../checks/finding.js';
import type { IamPrincipal, IamStatement } from '../types.js';
import { KindCodes } from './codes.js';

const ACCOUNT = /^\d{12}$/;
/** An IAM or STS principal ARN: root, user, role, assumed-role session, federated user. */
const AWS_ARN = /^arn:aws[a-z-]*:(iam|sts)::\d{12}:(root|(user|role|assumed-role|federated-user|group)\/.+)$/;
/** IAM's unique ids replace the ARN of a deleted user or role in stored policies. */
const UNIQUE_ID = /^A[A-Z0-9]{15,127}$/;
/** `service.amazonaws.com`, optionally Regional, and the other partitions' domains. */
export const SERVICE_PRINCIPAL = /^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)*\.(amazonaws\.com(\.cn)?|amazon\.com|c2s\.ic\.gov|sc2s\.sgov\.gov|amazonaws\.eu)$/;
const FEDERATED_ARN = /^arn:aws[a-z-]*:iam::\d{12}:(saml-provider|oidc-provider)\/.+$/;
const WEB_IDENTITY = new Set(['cognito-identity.amazonaws.com', 'accounts.google.com', 'graph.facebook.com', 'www.amazon.com']);
const CANONICAL_USER = /^[0-9a-f]{64}$/;

const FORMAT_TEXT = 'Invalid principal format: The Principal element contents are not valid. Specify a key-value pair in the Principal element.';

function validValue(type: string, value: string): boolean {
  switch (type) {
    case 'AWS':
      return value === '*' || ACCOUNT.test(value) || AWS_ARN.test(value) || UNIQUE_ID.test(value);
    case 'Service':
      return SERVICE_PRINCIPAL.test(value);
    case 'Federated':
      return FEDERATED_ARN.test(value) || WEB_IDENTITY.has(value);
    case 'CanonicalUser':
      return CANONICAL_USER.test(value);
    default:
      return true; // an unknown key is reported once, by the grammar (INVALID_PRINCIPAL_KEY)
  }
}

/** What the attachment allows: trust policies take Federated principals; a known service's resource policy does not. */
export interface PrincipalScope {
  trust: boolean;
  federatedUnsupported: boolean;
}

function checkOne(principal: IamPrincipal, raw: unknown, scope: PrincipalScope, out: Diagnostic[]): void {
  const given = getAtPointer(raw, principal.at).value;
  if (typeof given === 'string' && given !== '*') {
    out.push(finding(KindCodes.invalidPrincipalFormat, principal.at, FORMAT_TEXT, `write \`{"AWS": "${given}"}\``, { code: 'INVALID_PRINCIPAL_FORMAT', type: 'ERROR' }));
    return;
  }
  for (const [type, values] of Object.entries(principal.values)) {
    const list = getAtPointer(raw, joinPointer(principal.at, type)).value;
    values.forEach((value, i) => {
      const at = Array.isArray(list) ? joinPointer(principal.at, type, i) : joinPointer(principal.at, type);
      if (type === 'Federated' && scope.federatedUnsupported) {
        out.push(finding(KindCodes.federatedNotSupported, at, 'Federated principal not supported: The policy type does not support a federated identity provider in the principal element. Use a supported principal.', 'federated identities reach resources through a role: trust the provider in the role\'s trust policy and name the role here', { code: 'FEDERATED_PRINCIPAL_NOT_SUPPORTED', type: 'ERROR' }, { key: type, value }));
      } else if (/[*?]/.test(value) && !(type === 'AWS' && value === '*')) {
        out.push(finding(KindCodes.wildcardInPrincipal, at, 'Unsupported wildcard in principal: Wildcards (*, ?) are not supported with the principal key. Replace the wildcard with a valid principal value.', type === 'AWS' ? 'name the account, user or role; `"AWS": "*"` alone means everyone — narrow it with conditions such as `aws:PrincipalOrgID`' : 'name the principal exactly', { code: 'UNSUPPORTED_WILDCARD_IN_PRINCIPAL', type: 'ERROR' }, { key: type, value }));
      } else if (type === 'Service' && !validValue(type, value)) {
        out.push(serviceFormat(at, value));
      } else if (type === 'Federated' && scope.trust && !validValue(type, value)) {
        out.push(finding(KindCodes.federatedSyntax, at, `Invalid federated principal syntax in role trust policy: The principal value specifies a federated principal that does not match the expected format. Update the federated principal to a domain name or a SAML metadata ARN.`, HELP.Federated!, { code: 'INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY', type: 'ERROR' }, { key: type, value }));
      } else if (!validValue(type, value)) {
        out.push(finding(KindCodes.invalidPrincipalFormat, at, `${FORMAT_TEXT} \`${value}\` is not a valid \`${type}\` principal.`, HELP[type] ?? 'fix the principal value', { code: 'INVALID_PRINCIPAL_FORMAT', type: 'ERROR' }, { key: type, value }));
      }
    });
  }
}

const HELP: Record<string, string> = {
  AWS: 'write a 12-digit account id or an ARN such as `arn:aws:iam::123456789012:role/name`',
  Federated: 'write the identity provider ARN (`arn:aws:iam::123456789012:oidc-provider/…`) or a web identity domain such as `cognito-identity.amazonaws.com`',
  CanonicalUser: 'write the 64-hex-digit canonical user id',
};

export function serviceFormat(at: string, value: string): Diagnostic {
  return finding(KindCodes.invalidServicePrincipal, at, `Invalid service principal format: The service principal \`${value}\` does not match the expected format. Use the format service-name.amazonaws.com.`, 'write the service principal in lower case, e.g. `lambda.amazonaws.com`', { code: 'INVALID_SERVICE_PRINCIPAL_FORMAT', type: 'ERROR' }, { value });
}

/** Condition keys whose values are service principals, and the format each expects. */
const SERVICE_KEYS: Record<string, RegExp> = {
  'aws:principalservicename': SERVICE_PRINCIPAL,
  'aws:principalservicenameslist': SERVICE_PRINCIPAL,
  'iam:passedtoservice': SERVICE_PRINCIPAL,
  'iam:awsservicename': SERVICE_PRINCIPAL,
  // kms:ViaService names a Regional endpoint: service.region.amazonaws.com
  'kms:viaservice': /^[a-z0-9-]+\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/,
};

function checkServiceConditionValues(st: IamStatement, out: Diagnostic[]): void {
  for (const c of st.conditions) {
    const format = SERVICE_KEYS[c.lowerKey];
    if (!format || !c.operator.startsWith('String') || c.operator.endsWith('IgnoreCase')) continue;
    const like = c.operator.includes('Like');
    for (const v of c.values) {
      if (v.hasVariables || (like && /[*?]/.test(v.text)) || format.test(v.text)) continue;
      out.push(serviceFormat(v.at, v.text));
    }
  }
}

/** Principal findings of every statement; the condition-value check applies to every kind. */
export function checkPrincipals(statements: IamStatement[], raw: unknown, scope: PrincipalScope): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const st of statements) {
    if (st.principal) checkOne(st.principal, raw, scope, out);
    if (st.notPrincipal) checkOne(st.notPrincipal, raw, scope, out);
    checkServiceConditionValues(st, out);
  }
  return out;
}
