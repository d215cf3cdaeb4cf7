/**
 * Scans a message once for the union of the identifiers of the selected statements [inferred:
 * spec, evaluation step 2], then hands each statement the findings of its own identifiers.
 */
import type { EvaluationMode } from '@arbiter/ir';
import type { DataProtectionPolicy, PolicyStatement } from '../policy/types.js';
import type { Finding } from '../scan/detector.js';
import { createScanner, type Scanner } from '../scan/scanner.js';

/** No cut in findings or regex work (a cut would let sensitive data through unmasked). */
export const UNLIMITED = { maxFindings: Number.MAX_SAFE_INTEGER, maxWorkPerMessage: Number.MAX_SAFE_INTEGER };

const scanners = new WeakMap<DataProtectionPolicy, Map<string, Scanner>>();

function scannerFor(policy: DataProtectionPolicy, names: string[], mode: EvaluationMode): Scanner {
  let cache = scanners.get(policy);
  if (!cache) scanners.set(policy, (cache = new Map()));
  const key = `${mode}:${names.join(',')}`;
  let scanner = cache.get(key);
  if (!scanner) {
    const customNames = new Set(policy.custom.map((c) => c.name));
    const created = createScanner({
      identifiers: names.filter((n) => !customNames.has(n)),
      custom: policy.custom.filter((c) => names.includes(c.name)).map((c) => ({ name: c.name, regex: c.regex })),
      mode,
      // Deny and de-identification must see every finding: SNS's 256 KB message limit bounds the work.
      limits: UNLIMITED,
    });
    // The policy was validated, so every name resolves; an empty scanner is the safe fallback.
    scanner = created.ok ? created.value : { names: [], scan: () => [], scanChecked: () => ({ ok: true, value: [], warnings: [] }) };
    cache.set(key, scanner);
  }
  return scanner;
}

/** Findings of every selected statement, keyed by statement, from one scan of `message`. */
export function scanForStatements(policy: DataProtectionPolicy, statements: readonly PolicyStatement[], message: string, mode: EvaluationMode): Map<PolicyStatement, Finding[]> {
  const names = [...new Set(statements.flatMap((s) => s.identifiers))].sort();
  const findings = names.length === 0 ? [] : scannerFor(policy, names, mode).scan(message);
  return new Map(statements.map((s) => [s, findings.filter((f) => s.identifiers.includes(f.name))]));
}
