/** Public parse/validate entry points and loading a whole policy set (each policy validated once). */
import { Arg, diagnostic, fail, ok, readGuarded, readOptions, resultOf, sortDiagnostics, type Diagnostic, type Result, type RuleSet } from '@arbiter/ir';
import { IamCodes } from '../codes.js';
import type { IamPolicy, PolicyKind, PolicySet } from '../types.js';
import { readPolicyJson } from './parse.js';
import { withAaCodes } from '../checks/aa-map.js';
import { runAccessAnalyzerChecks } from '../checks/run.js';
import { policyToIr } from './to-ir.js';
import { validatePolicyDocument } from './validate.js';
import { POLICY_KINDS, readValidateOptions, type ValidateOptions } from '../kinds/options.js';
import { runKindChecks } from '../kinds/run.js';
import { adjustForKind } from '../kinds/adjust-findings.js';

/** Parses and validates one policy (raw text or a JSON value). Errors make it a failure. */
export function parseIamPolicy(text: string | unknown, given: { kind?: PolicyKind } = {}): Result<IamPolicy> {
  const read = readOptions<{ kind?: PolicyKind }>(given, { kind: Arg.oneOf<PolicyKind>(...POLICY_KINDS) });
  if (!read.ok) return read;
  return parseWithJson(text, read.value.kind ?? 'identity').policy;
}

function parseWithJson(text: string | unknown, kind: PolicyKind): { policy: Result<IamPolicy>; json?: unknown } {
  const json = readPolicyJson(text);
  if (!json.ok) return { policy: json };
  const { policy, diagnostics } = validatePolicyDocument(json.value, kind);
  return { policy: resultOf(policy, [...json.warnings, ...diagnostics]), json: json.value };
}

/**
 * Access-Analyzer-style validation: every error and warning, sorted by pointer. `options.kind` says
 * where the policy is attached (its grammar, principal and trust checks, size quota); see ValidateOptions.
 */
export function validateIamPolicy(text: string | unknown, options: ValidateOptions = {}): { valid: boolean; diagnostics: Diagnostic[] } {
  const read = readValidateOptions(options);
  if (!read.ok) return { valid: false, diagnostics: read.diagnostics };
  const { policy: r, json } = parseWithJson(text, read.value.kind ?? 'identity');
  if (!r.ok) return { valid: false, diagnostics: withAaCodes(r.diagnostics) };
  const found = [...withAaCodes(r.warnings), ...adjustForKind(r.value.kind, runAccessAnalyzerChecks(r.value, text)), ...runKindChecks(r.value, text, json, read.value)];
  return { valid: !found.some((d) => d.severity === 'error'), diagnostics: sortDiagnostics(found) };
}

export interface LoadedPolicy {
  kind: PolicyKind;
  index: number;
  level?: number;
  policy: IamPolicy;
  /** The policy lowered to the IR (one rule per statement, in order): what both evaluators run. */
  ruleSet: RuleSet;
}

export interface LoadedSet {
  identity: LoadedPolicy[];
  resource: LoadedPolicy[];
  boundary?: LoadedPolicy[];
  session?: LoadedPolicy[];
  scpLevels?: LoadedPolicy[][];
}

const SET_KEYS = ['identity', 'resource', 'boundary', 'scp', 'scpLevels', 'session'] as const;

/** Validates every policy of a set; diagnostics carry `policyKind`/`policyIndex`(/`level`) params. */
export function loadPolicySet(set: PolicySet): Result<LoadedSet> {
  // A getter or proxy in the caller's set that throws is a diagnostic, not a throw.
  return readGuarded(() => loadReadable(set), 'policies');
}

function loadReadable(set: PolicySet): Result<LoadedSet> {
  const diagnostics: Diagnostic[] = [];
  if (set === null || typeof set !== 'object' || Array.isArray(set)) {
    return fail([diagnostic(IamCodes.policySetWrongType, 'input', '', 'the policy set must be an object such as {"identity": [...]}', { help: 'group policies by kind: identity, resource, boundary, scp, scpLevels, session' })]);
  }
  for (const key of Object.keys(set)) {
    const v = (set as Record<string, unknown>)[key];
    if (!(SET_KEYS as readonly string[]).includes(key)) {
      diagnostics.push(diagnostic(IamCodes.policySetWrongType, 'input', `/${key}`, `unknown policy kind \`${key}\``, { help: `use one of ${SET_KEYS.join(', ')}` }));
    } else if (v !== undefined && !Array.isArray(v)) {
      diagnostics.push(diagnostic(IamCodes.policySetWrongType, 'input', `/${key}`, `\`${key}\` must be an array of policies`, { help: `write \`"${key}": [policy, …]\`` }));
    }
  }
  if (diagnostics.length) return fail(diagnostics);
  const load = (kind: PolicyKind, list: unknown[], level?: number): LoadedPolicy[] =>
    list.map((input, index) => {
      const r = parseIamPolicy(input, { kind });
      const ds = r.ok ? r.warnings : r.diagnostics;
      for (const d of ds) {
        d.params = { ...d.params, policyKind: kind, policyIndex: index, ...(level !== undefined ? { level } : {}) };
        diagnostics.push(d);
      }
      const policy: IamPolicy = r.ok ? r.value : { kind, expandsVariables: false, statements: [] };
      const loaded: LoadedPolicy = { kind, index, policy, ruleSet: policyToIr(policy) };
      if (level !== undefined) loaded.level = level;
      return loaded;
    });
  const out: LoadedSet = { identity: load('identity', set.identity ?? []), resource: load('resource', set.resource ?? []) };
  if (set.boundary?.length) out.boundary = load('boundary', set.boundary);
  if (set.session?.length) out.session = load('session', set.session);
  const levels = set.scpLevels ?? (set.scp?.length ? [set.scp] : undefined);
  if (levels) {
    out.scpLevels = levels.map((lvl, i) => {
      if (!Array.isArray(lvl)) {
        diagnostics.push(diagnostic(IamCodes.policySetWrongType, 'input', `/scpLevels/${i}`, 'each SCP level must be an array of policies', { help: 'write `"scpLevels": [[root SCPs], [OU SCPs], [account SCPs]]`' }));
        return [];
      }
      return load('scp', lvl, i);
    });
  }
  return resultOf(out, sortDiagnostics(diagnostics));
}

export { ok };
