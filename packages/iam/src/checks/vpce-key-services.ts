/**
 * Access Analyzer's USE_CONDITION_KEY_ONLY_WITH_SUPPORTED_SERVICES (WARNING): `aws:VpceAccount`,
 * `aws:VpceOrgID` and `aws:VpceOrgPaths` reach the request context only for some services, so a
 * statement conditioned on them should name actions of those services only. The lists are the IAM
 * User Guide's (global condition keys page, "The following services support this key", read
 * 2026-12-07; `iam` except `iam:PassRole`): update them when the page grows.
 */
import type { Diagnostic } from '@arbiter/ir';
import type { IamStatement } from '../types.js';
import { AaCheckCodes } from './codes.js';
import { finding, wildcardRegex } from './finding.js';

const VPCE_ACCOUNT_SERVICES = [
  'apprunner', 'discovery', 'athena', 'servicediscovery', 'applicationinsights', 'cloudformation', 'comprehendmedical',
  'compute-optimizer', 'ecr', 'ecs', 'kinesisanalytics', 'route53', 'datasync', 'dynamodb', 'ebs', 'scheduler', 'firehose',
  'gamelift', 'medical-imaging', 'healthlake', 'omics', 'iam', 'iotfleetwise', 'iotwireless', 'kms', 'lambda',
  'payment-cryptography', 'polly', 'acm-pca', 'rbin', 'rekognition', 'servicequotas', 's3', 'shield', 'storagegateway',
  'ssm-contacts', 'textract', 'transcribe', 'transfer',
];
const VPCE_ORG_ID_SERVICES = [
  ...VPCE_ACCOUNT_SERVICES, 'b2bi', 'cognito-identity', 'dms', 'ds-data', 'identitystore', 'iottwinmaker', 'cassandra',
  'network-firewall', 'sms-voice', 'pricing', 'ses', 'sqs', 'workmail',
];
const SUPPORTED: Readonly<Record<string, ReadonlySet<string>>> = {
  'aws:vpceaccount': new Set(VPCE_ACCOUNT_SERVICES),
  'aws:vpceorgid': new Set(VPCE_ORG_ID_SERVICES),
  'aws:vpceorgpaths': new Set(VPCE_ACCOUNT_SERVICES),
};

/** What the statement's actions reach that the key's services do not: service prefixes, `iam:PassRole`, or everything. */
function unsupportedReach(st: IamStatement, services: ReadonlySet<string>): string[] {
  if (st.notAction) return ['every action outside NotAction'];
  const out = new Set<string>();
  for (const a of st.action ?? []) {
    if (a.text === '*') return ['every service (`*`)'];
    const service = a.text.slice(0, a.text.indexOf(':')).toLowerCase();
    if (!services.has(service)) out.add(service);
    else if (service === 'iam' && wildcardRegex(a.text).test('iam:PassRole')) out.add('iam:PassRole');
  }
  return [...out];
}

export function checkVpceKeyServices(st: IamStatement): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const c of st.conditions) {
    const services = SUPPORTED[c.lowerKey];
    const reach = services ? unsupportedReach(st, services) : [];
    if (reach.length === 0) continue;
    out.push(finding(AaCheckCodes.vpceKeyUnsupportedService, c.at, `Use condition key only with supported services: The condition key ${c.key} works only with specific AWS services and must be scoped to supported services in your policies. (Not supported: ${reach.join(', ')}.)`, `move the actions of ${reach.join(', ')} to a statement without ${c.key}`, { code: 'USE_CONDITION_KEY_ONLY_WITH_SUPPORTED_SERVICES', type: 'WARNING' }, { key: c.key, unsupported: reach.join(', ') }));
  }
  return out;
}
