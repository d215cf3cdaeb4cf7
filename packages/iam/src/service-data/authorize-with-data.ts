/**
 * `authorize` with the service authorization data (opt-in; plain `authorize` never loads it). IAM
 * expands wildcards against the real actions, so a request for an action that does not exist is
 * matched by no statement, `*` and `s3:Get*` included: it is not allowed. The explanation says what
 * the data knows about the action and the resource type.
 */
import { diagnostic, type Result } from '@arbiter/ir';
import { authorize } from '../authorize.js';
import type { Decision, IamRequest, PolicySet } from '../types.js';
import { loadServiceData } from './load.js';
import { requestFacts } from './request-facts.js';
import { DATA_PACKAGE } from './types.js';

export interface DataAuthorizeOptions {
  mode?: 'reference' | 'compiled';
  /** Read the service authorization data (default true here; `false` is plain `authorize`). */
  serviceData?: boolean;
  /** `false`: only explain (the data's notes), keep the decision plain `authorize` gives. Default true. */
  decide?: boolean;
}

export function authorizeWithServiceData(policies: PolicySet, request: IamRequest, options: DataAuthorizeOptions = {}): Result<Decision> {
  const { serviceData = true, decide = true, ...rest } = options ?? {};
  const r = authorize(policies, request, rest);
  if (!r.ok || !serviceData) return r;
  const data = loadServiceData();
  if (data instanceof Error) {
    return { ...r, warnings: [...r.warnings, diagnostic('iam.service-data-unavailable', 'request', '', `the request was decided without ${DATA_PACKAGE}: ${data.message}`, { severity: 'warning', help: `reinstall it: \`npm install ${DATA_PACKAGE}\`` })] };
  }
  let facts;
  try {
    facts = requestFacts(request, data);
  } catch (e) {
    return { ...r, warnings: [...r.warnings, diagnostic('iam.service-data-unavailable', 'request', '', `${DATA_PACKAGE} is corrupt (${e instanceof Error ? e.message : String(e)})`, { severity: 'warning' })] };
  }
  const decision: Decision = { ...r.value, explanation: { ...r.value.explanation, dataNotes: facts.notes } };
  if (!facts.actionExists && decide) {
    const was = r.value.decision;
    decision.decision = 'ImplicitDeny';
    decision.deciding = [];
    // The statements listed matched the action as text only: with the data, none applies.
    const statements = decision.explanation.statements.map((t) => ({ ...t, actionMatched: false, applies: false }));
    decision.explanation = { ...decision.explanation, statements, blockedBy: 'invalid-request', summary: `ImplicitDeny: \`${request.action}\` is not an action IAM knows, so no statement's action matches it${was === 'ImplicitDeny' ? '' : ` (without the data: ${was})`}` };
  }
  return { ...r, value: decision };
}
