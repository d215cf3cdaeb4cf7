/** Actions against the service authorization data: unknown service, unknown action, dead wildcards. */
import type { Diagnostic } from '@arbiter/ir';
import type { IamStatement } from '../types.js';
import type { ServiceData } from '../service-data/types.js';
import { AaCheckCodes } from './codes.js';
import { finding, wildcardRegex } from './finding.js';

export function checkActions(st: IamStatement, data: ServiceData): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const v of [...(st.action ?? []), ...(st.notAction ?? [])]) {
    const text = v.text;
    const colon = text.indexOf(':');
    if (text === '*' || colon <= 0 || text.includes(',')) continue; // grammar checks report malformed actions
    const prefix = text.slice(0, colon);
    const name = text.slice(colon + 1);
    const svc = data.service(prefix);
    if (!svc) {
      out.push(finding(AaCheckCodes.invalidServiceInAction, v.at, `Invalid service in action: The service \`${prefix}\` specified in the action \`${text}\` does not exist.`, 'check the service prefix in the Service Authorization Reference (e.g. `s3`, `ec2`, `iam`)', { code: 'INVALID_SERVICE_IN_ACTION', type: 'ERROR' }, { action: text, service: prefix }));
      continue;
    }
    if (/[*?]/.test(name)) {
      const re = wildcardRegex(name);
      if (![...svc.actions.values()].some((a) => re.test(a.name))) {
        out.push(finding(AaCheckCodes.wildcardMatchesNoAction, v.at, `Invalid action: The action pattern \`${text}\` matches no action of \`${prefix}\`.`, `fix the pattern so it matches an action of \`${prefix}\``, { code: 'INVALID_ACTION', type: 'ERROR' }, { action: text }));
      }
    } else if (!svc.actions.has(name.toLowerCase())) {
      const hint = suggest(name, [...svc.actions.values()].map((a) => a.name));
      out.push(finding(AaCheckCodes.unknownAction, v.at, `Invalid action: The action \`${text}\` does not exist.${hint ? ` Did you mean \`${prefix}:${hint}\`?` : ''}`, `use an action that \`${prefix}\` defines`, { code: 'INVALID_ACTION', type: 'ERROR' }, hint ? { action: text, suggestion: `${prefix}:${hint}` } : { action: text }));
    }
  }
  return out;
}

/** The closest name by edit distance, when it is close (at most a third of the length). */
function suggest(name: string, names: string[]): string | undefined {
  let best: string | undefined;
  let bestD = Math.max(2, Math.floor(name.length / 3)) + 1;
  const a = name.toLowerCase();
  for (const n of names) {
    const d = distance(a, n.toLowerCase(), bestD);
    if (d < bestD) [best, bestD] = [n, d];
  }
  return best;
}

function distance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}
