/** Every pane of the page, in tab order. */
import { SOURCE_NAMES } from '@arbiter/event-pattern';
import { dpVerdict } from '../verdicts/dp.js';
import { EVENTBRIDGE, eventsVerdict } from '../verdicts/events.js';
import { iamVerdict } from '../verdicts/iam.js';
import { ANALYSIS_LANGUAGES, analysisVerdict } from '../verdicts/analysis.js';
import { snsVerdict } from '../verdicts/sns.js';
import type { FilterScope } from '../state.js';
import type { PaneSpec } from './spec.js';

export const PANES: readonly PaneSpec[] = [
  {
    id: 'sns', tab: 'SNS filter policy',
    intro: 'A subscription filter policy and one message. MessageBody scope matches the JSON body; MessageAttributes scope matches the attributes, written as {"name": {"Type": "String", "Value": "…"}}.',
    editors: [
      { key: 'policy', label: 'Filter policy', hint: 'the FilterPolicy attribute of the subscription' },
      { key: 'message', label: 'Message', hint: 'the message body (MessageBody scope) or the message attributes (MessageAttributes scope)' },
    ],
    choices: [{ key: 'scope', label: 'Filter policy scope', options: ['MessageBody', 'MessageAttributes'] }],
    read: (s) => ({ ...s.sns }),
    write: (s, v) => ({ ...s, sns: { scope: (v.scope ?? s.sns.scope) as FilterScope, policy: v.policy ?? s.sns.policy, message: v.message ?? s.sns.message } }),
    evaluate: (s) => snsVerdict(s.sns),
  },
  {
    id: 'events', tab: 'Event patterns',
    intro: 'An EventBridge event pattern and one event, or Lambda event filtering: FilterCriteria ({"Filters": [{"Pattern": "…"}]}, or a list of patterns) and one record of the chosen event source.',
    editors: [
      { key: 'pattern', label: 'Event pattern or filter criteria', hint: 'an EventBridge pattern, or Lambda FilterCriteria' },
      { key: 'event', label: 'Event or record', hint: 'an EventBridge event, or one record as the event source delivers it to Lambda' },
    ],
    choices: [{ key: 'target', label: 'Match against', options: [EVENTBRIDGE, ...SOURCE_NAMES] }],
    read: (s) => ({ ...s.events }),
    write: (s, v) => ({ ...s, events: { target: v.target ?? s.events.target, pattern: v.pattern ?? s.events.pattern, event: v.event ?? s.events.event } }),
    evaluate: (s) => eventsVerdict(s.events),
  },
  {
    id: 'dp', tab: 'SNS data protection',
    intro: 'A topic data protection policy, a message and who publishes it to which subscriptions. Findings are marked in the message; the statement that denied is marked in the policy.',
    editors: [
      { key: 'policy', label: 'Data protection policy', hint: 'the DataProtectionPolicy attribute of the topic' },
      { key: 'message', label: 'Message', hint: 'the message text as published (plain text or JSON)' },
      { key: 'principals', label: 'Principals', hint: '{"publisher": "arn:…", "subscriptions": {"name": "arn:…"}}' },
    ],
    read: (s) => ({ ...s.dp }),
    write: (s, v) => ({ ...s, dp: { policy: v.policy ?? s.dp.policy, message: v.message ?? s.dp.message, principals: v.principals ?? s.dp.principals } }),
    evaluate: (s) => dpVerdict(s.dp),
  },
  {
    id: 'iam', tab: 'IAM with ABAC',
    intro: 'An identity policy, or a policy set {"identity": […], "resource": […], "boundary": […], "scp": […], "session": […]}, and one request. The deciding statements and every condition with its resolved values are marked.',
    editors: [
      { key: 'policies', label: 'Policies', hint: 'one policy document, or a policy set by kind' },
      { key: 'request', label: 'Request', hint: '{"action", "resource", "principal", "context": {condition key: value}}' },
    ],
    read: (s) => ({ ...s.iam }),
    write: (s, v) => ({ ...s, iam: { policies: v.policies ?? s.iam.policies, request: v.request ?? s.iam.request } }),
    evaluate: (s) => iamVerdict(s.iam),
  },
  {
    id: 'analysis', tab: 'Policy diff',
    intro: 'Two versions of an SNS filter policy or an EventBridge pattern: does NEW let through more or less than OLD? Every claim comes with a message or event, checked against both versions; what cannot be decided says why.',
    editors: [
      { key: 'old', label: 'OLD', hint: 'the policy or pattern before the change' },
      { key: 'new', label: 'NEW', hint: 'the policy or pattern after the change' },
    ],
    choices: [{ key: 'language', label: 'Language', options: ANALYSIS_LANGUAGES }],
    read: (s) => ({ ...s.analysis }),
    write: (s, v) => ({ ...s, analysis: { language: v.language ?? s.analysis.language, old: v.old ?? s.analysis.old, new: v.new ?? s.analysis.new } }),
    evaluate: (s) => analysisVerdict(s.analysis),
  },
];
