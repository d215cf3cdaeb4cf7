/**
 * The IAM package's data model: a validated policy (plain data, every part with the JSON pointer it
 * came from), the policy set and request given to `authorize`, and the decision it returns.
 */
import type { Diagnostic } from '@arbiter/ir';

/**
 * Where a policy is attached; it decides which elements are allowed (Principal only in `resource`,
 * `trust` and `rcp`) and its size quota. `authorize` takes identity, resource, boundary, scp and
 * session policies; `trust` (a role's AssumeRolePolicyDocument) and `rcp` are validated only.
 */
export type PolicyKind = 'identity' | 'resource' | 'trust' | 'boundary' | 'scp' | 'rcp' | 'session';

export type Effect = 'Allow' | 'Deny';
export type Qualifier = 'ForAllValues' | 'ForAnyValue';

/** A policy string split into literal text and `${…}` variables (see variables.ts). */
export type TemplatePart =
  /** `literal` text came from an escape (`${*}`) and never acts as a wildcard. */
  | { kind: 'text'; text: string; literal?: boolean }
  | { kind: 'var'; key: string; lowerKey: string; fallback?: string };

/** A policy value: its text as written and its parts (one text part unless Version 2012-10-17 has `${…}`). */
export interface PolicyValue {
  text: string;
  parts: TemplatePart[];
  /** True when a part is a variable that is substituted per request. */
  hasVariables: boolean;
  at: string;
}

export interface IamCondition {
  /** The operator as written: `ForAllValues:StringEqualsIfExists`. */
  operatorText: string;
  /** Canonical base operator name: `StringEquals`. */
  operator: string;
  qualifier?: Qualifier;
  ifExists: boolean;
  key: string;
  /** Lower-cased key: condition keys are case-insensitive. */
  lowerKey: string;
  values: PolicyValue[];
  at: string;
}

/** Principal element: `*`, or lists per principal type (`AWS`, `Service`, `Federated`, `CanonicalUser`). */
export interface IamPrincipal {
  wildcard: boolean;
  values: Record<string, string[]>;
  at: string;
}

export interface IamStatement {
  index: number;
  at: string;
  sid?: string;
  effect: Effect;
  action?: PolicyValue[];
  notAction?: PolicyValue[];
  resource?: PolicyValue[];
  notResource?: PolicyValue[];
  principal?: IamPrincipal;
  notPrincipal?: IamPrincipal;
  conditions: IamCondition[];
}

export interface IamPolicy {
  kind: PolicyKind;
  /** `undefined` when absent (which IAM reads as 2008-10-17). */
  version?: string;
  id?: string;
  /** True when `${…}` is substituted (Version 2012-10-17 only). */
  expandsVariables: boolean;
  statements: IamStatement[];
}

/** A policy as given to `authorize`: raw text, a parsed JSON object, or an already parsed policy. */
export type PolicyInput = string | unknown;

/** Every policy that takes part in one decision (IAM's single-account evaluation logic). */
export interface PolicySet {
  identity?: PolicyInput[];
  /** Resource-based policies of the resource (same-account evaluation; cross-account needs both sides). */
  resource?: PolicyInput[];
  /** Permissions boundary: never grants, only limits. */
  boundary?: PolicyInput[];
  /** SCPs attached at one level of the organization: one of them must allow. */
  scp?: PolicyInput[];
  /** SCPs per level of the organization, root first: every level must allow; `[]` allows nothing. */
  scpLevels?: PolicyInput[][];
  /** Session policies of a role or federated-user session. */
  session?: PolicyInput[];
}

export interface IamRequest {
  action: string;
  resource?: string;
  principal?: string;
  /** Condition keys to values: a string, or an array of strings for a multivalued key. */
  context?: Record<string, unknown>;
  /** Account that owns the resource; when it differs from the principal's, both sides must allow. */
  resourceAccount?: string;
}

export type DecisionKind = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';

/** Names one statement: which policy (kind, index, SCP level) and where in that policy. */
export interface StatementRef {
  policyKind: PolicyKind;
  policyIndex: number;
  /** SCP level (0 = root) when the policy came from `scpLevels` or `scp` (level 0). */
  level?: number;
  statementIndex: number;
  sid?: string;
  effect: Effect;
  /** JSON pointer of the statement inside its policy document. */
  pointer: string;
}

/** One condition's evaluation with variables substituted. */
export interface ConditionTrace {
  operator: string;
  key: string;
  pointer: string;
  /** The request's values for the key; `null` when the key is missing. */
  requestValues: string[] | null;
  /** Policy values after substitution; `null` for a value whose variable did not resolve. */
  policyValues: Array<string | null>;
  result: boolean;
  /** Why, when a rule other than comparison decided: `missing-key`, `if-exists`, `multivalued-without-qualifier`. */
  reason?: string;
}

export interface StatementTrace {
  ref: StatementRef;
  actionMatched: boolean;
  resourceMatched: boolean;
  /** Resource patterns after variable substitution (`null` = unresolved variable). */
  resources?: Array<string | null>;
  /** Resource-based policies only. */
  principalMatched?: boolean;
  conditions: ConditionTrace[];
  /** Action, resource, principal and every condition matched. */
  applies: boolean;
}

export type Blocker = 'deny' | 'scp' | 'identity' | 'boundary' | 'session' | 'cross-account' | 'invalid-request' | 'none';

export interface Explanation {
  /** One line for people: `ExplicitDeny by identity[0] /Statement/1 (DenyIf)`. */
  summary: string;
  /** What decided: the deny, or which policy type lacked an Allow. */
  blockedBy: Blocker;
  /** The SCP level without an Allow, when `blockedBy` is `scp`. */
  scpLevel?: number;
  /** Every statement whose action matched the request, in evaluation order. */
  statements: StatementTrace[];
  /** With `authorizeWithServiceData`: what the service authorization data says about the request. */
  dataNotes?: string[];
}

export interface Decision {
  decision: DecisionKind;
  /** The matching Deny statements, or the Allow statements that granted. Empty for a plain implicit deny. */
  deciding: StatementRef[];
  explanation: Explanation;
}

export type { Diagnostic };
