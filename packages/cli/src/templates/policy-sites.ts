/**
 * Where policies live in a CloudFormation/SAM template, by resource type. Each site is a JSON
 * pointer into the template plus the policy language (and filter scope or IAM policy kind).
 */
import { diagnostic, joinPointer, type Diagnostic } from '@arbiter/ir';
import type { PolicyKind, ValidateOptions } from '@arbiter/iam';
import { intrinsicOf } from './intrinsics.js';
import type { PolicyLanguage } from './check-policy.js';

export interface PolicySite {
  language: PolicyLanguage;
  /** Pointer into the template to the policy value (an object or a JSON string). */
  pointer: string;
  /** Logical id of the resource holding it. */
  resource: string;
  /** SNS filter policies: pointer to the `FilterPolicyScope` value, if given. */
  scopePointer?: string;
  iamKind?: PolicyKind;
  /** IAM only: where it is attached (size quota) or the resource type holding it. */
  iamOptions?: Omit<ValidateOptions, 'kind'>;
}

export interface SiteScan {
  sites: PolicySite[];
  /** Problems of the template itself (pointers into the template). */
  diagnostics: Diagnostic[];
  /** Resources of types that hold no policy Arbiter checks. */
  ignored: number;
  /** SAM policy templates (`SQSPollerPolicy: …`) and managed policy names: not documents, not checked. */
  samPolicyTemplates: number;
}

type Props = Record<string, unknown>;
type Extract = (id: string, props: Props, at: string, out: SiteScan) => void;

const isObject = (v: unknown): v is Props => v !== null && typeof v === 'object' && !Array.isArray(v);

const one = (language: PolicyLanguage, key: string, iamKind?: PolicyKind, iamOptions?: PolicySite['iamOptions']): Extract => (id, props, at, out) => {
  if (props[key] !== undefined) out.sites.push({ language, pointer: joinPointer(at, key), resource: id, ...(iamKind ? { iamKind } : {}), ...(iamOptions ? { iamOptions } : {}) });
};

/** A resource-based policy, checked against its resource type's service and size quota. */
const resourcePolicy = (key: string, resourceType: string): Extract => one('iam', key, 'resource', { resourceType });

/** `Policies: [{PolicyName, PolicyDocument}]` of IAM roles, users and groups (inline: their size quota). */
const inlinePolicies = (attachedTo: 'user' | 'group' | 'role'): Extract => (id, props, at, out) => {
  forEachItem(props['Policies'], joinPointer(at, 'Policies'), out, (item, p) => {
    if (isObject(item) && item['PolicyDocument'] !== undefined) out.sites.push({ language: 'iam', pointer: joinPointer(p, 'PolicyDocument'), resource: id, iamKind: 'identity', iamOptions: { attachedTo } });
  });
};

/** `AWS::IAM::Policy` is inline in the users, groups and roles it names: the smallest of their quotas applies. */
const iamPolicy: Extract = (id, props, at, out) => {
  const attachedTo = props['Users'] !== undefined ? 'user' : props['Groups'] !== undefined ? 'group' : 'role';
  one('iam', 'PolicyDocument', 'identity', { attachedTo })(id, props, at, out);
};

/** Organizations policies: SCPs and RCPs are IAM policies (`Content`); other policy types are not. */
const organizationsPolicy: Extract = (id, props, at, out) => {
  const kind = props['Type'] === 'SERVICE_CONTROL_POLICY' ? 'scp' : props['Type'] === 'RESOURCE_CONTROL_POLICY' ? 'rcp' : undefined;
  if (kind) one('iam', 'Content', kind)(id, props, at, out);
};

/** SAM `Policies`: a managed policy name, an inline document, a SAM policy template, or a list of these. */
const samPolicies: Extract = (id, props, at, out) => {
  const policies = props['Policies'];
  const visit = (item: unknown, p: string): void => {
    if (typeof item === 'string') return; // an AWS managed policy name or ARN: nothing to check here
    if (isObject(item) && item['Statement'] !== undefined) out.sites.push({ language: 'iam', pointer: p, resource: id, iamKind: 'identity', iamOptions: { attachedTo: 'role' } });
    else if (isObject(item) && !intrinsicOf(item)) out.samPolicyTemplates++;
  };
  if (Array.isArray(policies)) forEachItem(policies, joinPointer(at, 'Policies'), out, visit);
  else if (policies !== undefined && !unresolvedList(policies, joinPointer(at, 'Policies'), out)) visit(policies, joinPointer(at, 'Policies'));
};

/** SAM function events of type SNS carry a subscription filter policy. */
const samSnsEvents: Extract = (id, props, at, out) => {
  const events = props['Events'];
  if (!isObject(events)) return;
  for (const [name, event] of Object.entries(events)) {
    if (!isObject(event) || event['Type'] !== 'SNS' || !isObject(event['Properties'])) continue;
    subscriptionFilter(`${id}/${name}`, event['Properties'], joinPointer(at, 'Events', name, 'Properties'), out);
  }
};

const subscriptionFilter: Extract = (id, props, at, out) => {
  if (props['FilterPolicy'] === undefined) return;
  const site: PolicySite = { language: 'sns-filter', pointer: joinPointer(at, 'FilterPolicy'), resource: id };
  if (props['FilterPolicyScope'] !== undefined) site.scopePointer = joinPointer(at, 'FilterPolicyScope');
  out.sites.push(site);
};

/** Lambda's filters-per-mapping quota: 5 by default, 10 after an increase (spec event-pattern §7). */
const DEFAULT_FILTERS = 5;
const RAISED_FILTERS = 10;
const MAX_PATTERN_CHARS = 4096;

/** `FilterCriteria: {Filters: [{Pattern: "<JSON>"}]}`: each Pattern is an event pattern; the list has a quota. */
const filterCriteria = (id: string, criteria: unknown, at: string, out: SiteScan): void => {
  if (criteria === undefined) return;
  if (intrinsicOf(criteria)) return void out.diagnostics.push(unresolved(at, 'the filter criteria'));
  const filters = isObject(criteria) ? criteria['Filters'] : undefined;
  const filtersAt = joinPointer(at, 'Filters');
  if (Array.isArray(filters) && filters.length > DEFAULT_FILTERS) {
    const over = filters.length > RAISED_FILTERS;
    out.diagnostics.push(diagnostic('lambda.filter-criteria.too-many-filters', 'template', filtersAt, `${filters.length} filters: Lambda allows ${over ? RAISED_FILTERS : DEFAULT_FILTERS} per event source mapping${over ? ' even with the raised quota' : ' unless the quota was raised to 10'}`, { severity: over ? 'error' : 'warning', help: 'merge filters with $or or value lists' }));
  }
  forEachItem(filters, filtersAt, out, (item, p) => {
    if (!isObject(item) || item['Pattern'] === undefined) return void out.diagnostics.push(diagnostic('lambda.filter.pattern-missing', 'template', p, 'each filter needs a `Pattern`'));
    const pattern = item['Pattern'];
    if (typeof pattern === 'string' && pattern.length > MAX_PATTERN_CHARS) out.diagnostics.push(diagnostic('lambda.filter.pattern-too-long', 'template', joinPointer(p, 'Pattern'), `filter pattern is ${pattern.length} characters, more than Lambda's limit of ${MAX_PATTERN_CHARS}`));
    out.sites.push({ language: 'event-pattern', pointer: joinPointer(p, 'Pattern'), resource: id });
  });
};

const eventSourceMapping: Extract = (id, props, at, out) => filterCriteria(id, props['FilterCriteria'], joinPointer(at, 'FilterCriteria'), out);

const pipeSource: Extract = (id, props, at, out) => {
  const source = props['SourceParameters'];
  if (isObject(source)) filterCriteria(id, source['FilterCriteria'], joinPointer(at, 'SourceParameters', 'FilterCriteria'), out);
};

const SAM_STREAM_EVENTS = new Set(['SQS', 'Kinesis', 'DynamoDB', 'MSK', 'MQ', 'SelfManagedKafka', 'DocumentDB']);

/** SAM function events: stream/queue sources carry FilterCriteria; EventBridgeRule/CloudWatchEvent carry a Pattern. */
const samEventPatterns: Extract = (id, props, at, out) => {
  const events = props['Events'];
  if (!isObject(events)) return;
  for (const [name, event] of Object.entries(events)) {
    if (!isObject(event) || !isObject(event['Properties'])) continue;
    const p = event['Properties'];
    const where = joinPointer(at, 'Events', name, 'Properties');
    if (SAM_STREAM_EVENTS.has(String(event['Type']))) filterCriteria(`${id}/${name}`, p['FilterCriteria'], joinPointer(where, 'FilterCriteria'), out);
    if ((event['Type'] === 'EventBridgeRule' || event['Type'] === 'CloudWatchEvent') && p['Pattern'] !== undefined) out.sites.push({ language: 'event-pattern', pointer: joinPointer(where, 'Pattern'), resource: `${id}/${name}` });
  }
};

const all = (...extracts: Extract[]): Extract => (id, props, at, out) => extracts.forEach((e) => e(id, props, at, out));

/** Resource type → extraction. Types not listed are ignored and counted. */
export const EXTRACTORS: Readonly<Record<string, Extract>> = {
  'AWS::SNS::Subscription': subscriptionFilter,
  'AWS::SNS::Topic': one('data-protection', 'DataProtectionPolicy'),
  'AWS::IAM::Policy': iamPolicy,
  'AWS::IAM::ManagedPolicy': one('iam', 'PolicyDocument', 'identity', { attachedTo: 'managed' }),
  'AWS::IAM::Role': all(one('iam', 'AssumeRolePolicyDocument', 'trust'), inlinePolicies('role')),
  'AWS::IAM::User': inlinePolicies('user'),
  'AWS::IAM::Group': inlinePolicies('group'),
  'AWS::Organizations::Policy': organizationsPolicy,
  'AWS::Serverless::Function': all(one('iam', 'AssumeRolePolicyDocument', 'trust'), samPolicies, samSnsEvents, samEventPatterns),
  'AWS::Serverless::StateMachine': samPolicies,
  'AWS::SNS::TopicPolicy': resourcePolicy('PolicyDocument', 'AWS::SNS::TopicPolicy'),
  'AWS::SQS::QueuePolicy': resourcePolicy('PolicyDocument', 'AWS::SQS::QueuePolicy'),
  'AWS::S3::BucketPolicy': resourcePolicy('PolicyDocument', 'AWS::S3::BucketPolicy'),
  'AWS::KMS::Key': resourcePolicy('KeyPolicy', 'AWS::KMS::Key'),
  'AWS::SecretsManager::ResourcePolicy': resourcePolicy('ResourcePolicy', 'AWS::SecretsManager::ResourcePolicy'),
  'AWS::ECR::Repository': resourcePolicy('RepositoryPolicyText', 'AWS::ECR::Repository'),
  'AWS::Events::Rule': one('event-pattern', 'EventPattern'),
  'AWS::Lambda::EventSourceMapping': eventSourceMapping,
  'AWS::Pipes::Pipe': pipeSource,
};

/** Finds every policy of a template's `Resources`. */
export function findPolicySites(template: Props): SiteScan {
  const out: SiteScan = { sites: [], diagnostics: [], ignored: 0, samPolicyTemplates: 0 };
  const resources = template['Resources'];
  if (!isObject(resources)) {
    out.diagnostics.push(diagnostic('template.no-resources', 'template', '/Resources', '`Resources` must be an object of resources by logical id'));
    return out;
  }
  for (const [id, resource] of Object.entries(resources)) {
    const at = joinPointer('/Resources', id);
    const type = isObject(resource) ? resource['Type'] : undefined;
    const extract = typeof type === 'string' ? EXTRACTORS[type] : undefined;
    if (!extract) {
      if (typeof type !== 'string') out.diagnostics.push(diagnostic('template.resource-without-type', 'template', at, `resource \`${id}\` has no \`Type\` string`, { severity: 'warning' }));
      out.ignored++;
      continue;
    }
    const props = (resource as Props)['Properties'];
    if (props === undefined) continue;
    if (isObject(props) && !intrinsicOf(props)) extract(id, props, joinPointer(at, 'Properties'), out);
    else out.diagnostics.push(unresolved(joinPointer(at, 'Properties'), `the properties of \`${id}\``));
  }
  return out;
}

/** Calls `visit` on each item of a list that may itself be an intrinsic (warned and skipped). */
function forEachItem(list: unknown, at: string, out: SiteScan, visit: (item: unknown, at: string) => void): void {
  if (list === undefined || unresolvedList(list, at, out) || !Array.isArray(list)) return;
  list.forEach((item, i) => {
    const call = intrinsicOf(item);
    if (call && (call.fn === 'Fn::If' || call.fn === 'Fn::Transform')) out.diagnostics.push(unresolved(joinPointer(at, i), 'this policy'));
    else visit(item, joinPointer(at, i));
  });
}

function unresolvedList(list: unknown, at: string, out: SiteScan): boolean {
  const call = intrinsicOf(list);
  if (call) out.diagnostics.push(unresolved(at, 'these policies'));
  return call !== undefined;
}

/** A template value an intrinsic decides: skipped, with a warning. */
export function unresolved(at: string, what: string): Diagnostic {
  return diagnostic('template.unresolved-intrinsic', 'template', at, `${what}: given by an intrinsic function, unknowable before deployment; not validated`, { severity: 'warning' });
}

/** The filter policies of Arbiter's subscriptions file: `[{"id", "policy", "scope"}]`. */
export function subscriptionSites(subscriptions: ReadonlyArray<Record<string, unknown>>): PolicySite[] {
  return subscriptions.map((s, i) => ({
    language: 'sns-filter',
    pointer: joinPointer('', i, 'policy'),
    resource: typeof s['id'] === 'string' ? s['id'] : `#${i}`,
    ...(s['scope'] !== undefined ? { scopePointer: joinPointer('', i, 'scope') } : {}),
  }));
}
