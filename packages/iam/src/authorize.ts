/**
 * `authorize` and `compilePolicySet`: validate the policies (any error refuses to decide), check the
 * request, evaluate (reference or compiled), and combine with IAM's evaluation logic.
 */
import { Arg, diagnostic, fail, ok, readGuarded, readOptions, type Diagnostic, type Result } from '@arbiter/ir';
import { IamCodes } from './codes.js';
import { normalizeContext } from './context.js';
import { decide } from './decide.js';
import { CompiledEvaluator } from './evaluate/compiled.js';
import { evaluatePolicyReference } from './evaluate/reference.js';
import { EMPTY_CONTEXT, readStringContext } from './evaluate/request-context.js';
import { prepareRequest, type EvaluatedSet, type PreparedRequest } from './evaluate/request.js';
import { buildExplanation } from './explain.js';
import { loadPolicySet, type LoadedPolicy, type LoadedSet } from './policy/load.js';
import type { Decision, DecisionKind, Explanation, IamRequest, PolicySet, StatementRef } from './types.js';

/** Checks a request's types; errors mean it cannot be decided. */
export function checkRequest(request: unknown): Result<PreparedRequest> {
  // A getter or proxy in the caller's request that throws is a diagnostic, not a throw.
  return readGuarded(() => checkReadable(request), 'request', 'request');
}

function checkReadable(request: unknown): Result<PreparedRequest> {
  if (request === null || typeof request !== 'object' || Array.isArray(request)) {
    return fail([diagnostic(IamCodes.requestWrongType, 'request', '', 'the request must be an object with `action`', { help: 'write `{"action": "s3:GetObject", "resource": "arn:…"}`' })]);
  }
  const r = request as Record<string, unknown>;
  const wellFormed = prepareWellFormed(r);
  if (wellFormed) return { ok: true, value: wellFormed, warnings: NO_WARNINGS };
  const ds: Diagnostic[] = [];
  if (typeof r.action !== 'string' || r.action === '') {
    ds.push(diagnostic(IamCodes.requestWrongType, 'request', '/action', 'request `action` must be a non-empty string such as `s3:GetObject`', { help: 'name the action as `service:Action`' }));
  }
  for (const k of ['resource', 'principal', 'resourceAccount']) {
    if (r[k] !== undefined && typeof r[k] !== 'string') {
      ds.push(diagnostic(IamCodes.requestWrongType, 'request', `/${k}`, `request \`${k}\` must be a string`, { help: `give \`${k}\` as a string` }));
    }
  }
  const ctx = normalizeContext(r.context);
  ds.push(...ctx.diagnostics);
  if (ds.some((d) => d.severity === 'error')) return fail(ds);
  return ok(prepareRequest(r.action as string, r.resource as string | undefined, r.principal as string | undefined, r.resourceAccount as string | undefined, ctx.values), ds);
}

const NO_WARNINGS: Diagnostic[] = [];

/** The fast path: a well-formed request whose context values are all strings (no diagnostics); else `undefined`. */
function prepareWellFormed(r: Record<string, unknown>): PreparedRequest | undefined {
  const { action, resource, principal, resourceAccount, context: c } = r;
  if (typeof action !== 'string' || action === '' || !isOptionalString(resource) || !isOptionalString(principal) || !isOptionalString(resourceAccount)) return undefined;
  const ctx = c === undefined ? EMPTY_CONTEXT : c !== null && typeof c === 'object' && !Array.isArray(c) ? readStringContext(c) : undefined;
  return ctx && prepareRequest(action, resource as string | undefined, principal as string | undefined, resourceAccount as string | undefined, ctx);
}

function isOptionalString(v: unknown): boolean {
  return v === undefined || typeof v === 'string';
}

function evaluateReferenceSet(set: LoadedSet, req: PreparedRequest): EvaluatedSet {
  const run = (list: LoadedPolicy[]) => list.flatMap((p) => evaluatePolicyReference(p, req));
  return {
    identity: run(set.identity),
    resource: run(set.resource),
    boundary: set.boundary && run(set.boundary),
    session: set.session && run(set.session),
    scpLevels: set.scpLevels?.map(run),
  };
}

/** The reference decision with its full explanation. */
export function decideReference(set: LoadedSet, req: PreparedRequest): Decision {
  const evaluated = evaluateReferenceSet(set, req);
  const v = decide(evaluated, req);
  return { decision: v.decision, deciding: v.deciding, explanation: buildExplanation(v, evaluated) };
}

/** A compiled decision: the explanation is computed (by the reference evaluator) only when read. */
class CompiledDecision implements Decision {
  private cached: Explanation | undefined;
  constructor(
    readonly decision: DecisionKind,
    readonly deciding: StatementRef[],
    private readonly set: LoadedSet,
    private readonly req: PreparedRequest,
  ) {}
  get explanation(): Explanation {
    return (this.cached ??= decideReference(this.set, this.req).explanation);
  }
  toJSON(): Decision {
    return { decision: this.decision, deciding: this.deciding, explanation: this.explanation };
  }
}

/** Policies validated and compiled once; `authorize` decides one request fast. */
export class CompiledPolicySet {
  private readonly evaluator: CompiledEvaluator;
  constructor(private readonly set: LoadedSet) {
    this.evaluator = new CompiledEvaluator(set);
  }

  /** Decides a checked request. */
  decidePrepared(req: PreparedRequest): Decision {
    const v = decide(this.evaluator.evaluate(req), req);
    return new CompiledDecision(v.decision, v.deciding, this.set, req);
  }

  /** Decides one request; a malformed request is refused with its diagnostics. */
  authorizeChecked(request: IamRequest): Result<Decision> {
    const req = checkRequest(request);
    return req.ok ? ok(this.decidePrepared(req.value), req.warnings) : req;
  }

  /**
   * Decides one request. Never throws: a malformed request (see `authorizeChecked`) yields
   * `ImplicitDeny` whose explanation summary names the first problem.
   */
  authorize(request: IamRequest): Decision {
    let wellFormed: PreparedRequest | undefined;
    try {
      wellFormed = request !== null && typeof request === 'object' && !Array.isArray(request) ? prepareWellFormed(request as unknown as Record<string, unknown>) : undefined;
    } catch {
      // A throwing getter or proxy: `checkRequest` reports it.
    }
    if (wellFormed) return this.decidePrepared(wellFormed);
    const req = checkRequest(request);
    if (req.ok) return this.decidePrepared(req.value);
    const first = req.diagnostics[0];
    return { decision: 'ImplicitDeny', deciding: [], explanation: { summary: `invalid request: ${first?.message ?? 'unknown problem'}`, blockedBy: 'invalid-request', statements: [] } };
  }
}

/** Validates and compiles a policy set; fails with every policy error. */
export function compilePolicySet(policies: PolicySet): Result<CompiledPolicySet> {
  const loaded = loadPolicySet(policies);
  return loaded.ok ? ok(new CompiledPolicySet(loaded.value), loaded.warnings) : loaded;
}

/** Decides one request against a policy set; fails with diagnostics when a policy or the request is invalid. */
export function authorize(policies: PolicySet, request: IamRequest, given: { mode?: 'reference' | 'compiled' } = {}): Result<Decision> {
  const read = readOptions<{ mode?: 'reference' | 'compiled' }>(given, { mode: Arg.oneOf('reference', 'compiled') });
  if (!read.ok) return read;
  const options = read.value;
  const loaded = loadPolicySet(policies);
  if (!loaded.ok) return loaded;
  const req = checkRequest(request);
  if (!req.ok) return req;
  const warnings = [...loaded.warnings, ...req.warnings];
  if (options.mode === 'compiled') return ok(new CompiledPolicySet(loaded.value).decidePrepared(req.value), warnings);
  return ok(decideReference(loaded.value, req.value), warnings);
}
