/**
 * Access Analyzer's WILDCARD_USAGE_TOO_PERMISSIVE and VARIABLE_USAGE_TOO_PERMISSIVE (both ERROR) for
 * the keys the IAM User Guide lists as sensitive ("Sensitive condition keys", global condition keys
 * page: no wildcard has a valid use there, and AA treats a variable as an effective wildcard) and for
 * `aws:userid` (a wildcard or variable only right of the colon, or alone left of it). The rule of
 * six literal characters for OIDC `sub` keys is in kinds/oidc.ts.
 */
import type { Diagnostic } from '@arbiter/ir';
import type { IamCondition, IamStatement, PolicyValue } from '../types.js';
import { AaCheckCodes } from './codes.js';
import { finding } from './finding.js';

const SENSITIVE_KEYS: ReadonlySet<string> = new Set([
  'aws:principalaccount', 'aws:principalorgid', 'aws:resourceaccount', 'aws:resourceorgid', 'aws:sourceaccount',
  'aws:sourceorgid', 'aws:sourcevpc', 'aws:sourcevpce', 'aws:vpceaccount', 'aws:vpceorgid',
]);
const KEYS_PAGE = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html';

type Widener = 'wildcard' | 'variable';
/** Stand-ins for what widens a value: a variable, and (under a Like operator only) `*` or `?`. */
export const WIDENED: Readonly<Record<Widener, string>> = { variable: '\u0001', wildcard: '\u0002' };

/** The value with each variable and each pattern wildcard replaced by its stand-in (escapes like `${*}` stay literal). */
export function widenedShape(v: PolicyValue, like: boolean): string {
  return v.parts.map((p) => (p.kind === 'var' ? WIDENED.variable : p.literal || !like ? p.text : p.text.replace(/[*?]/g, WIDENED.wildcard))).join('');
}

/** `aws:userid` is `<unique id>:<session>`: a widener may stand right of the colon, or alone left of it. */
function userIdTooBroad(text: string, mark: string): boolean {
  const colon = text.indexOf(':');
  const left = colon < 0 ? text : text.slice(0, colon);
  return left.includes(mark) && !(colon >= 0 && left === mark);
}

const TITLE: Record<Widener, string> = { wildcard: 'Wildcard usage too permissive', variable: 'Variable usage too permissive' };

function sensitiveText(w: Widener, key: string): string {
  return w === 'wildcard'
    ? `${TITLE[w]}: The wildcard is not allowed in the condition key ${key}. We consider the key to be sensitive and wildcards are not allowed to be used with sensitive keys. Refer to ${KEYS_PAGE} for the list of sensitive keys.`
    : `${TITLE[w]}: The policy variable is not allowed in the condition key ${key}. We consider the key to be sensitive and policy variables can be evaluated as effective wildcards. Therefore policy variables are not allowed to be used with sensitive keys. Refer to ${KEYS_PAGE} for the list of sensitive keys.`;
}

function userIdText(w: Widener): string {
  const what = w === 'wildcard' ? 'wildcard' : 'policy variable';
  return `${TITLE[w]}: Overly permissive use of ${what} with aws:userID. Use the ${what} on the right side of colon or as the only character on the left side of a colon.`;
}

function findingFor(c: IamCondition, v: PolicyValue, w: Widener, message: string, help: string): Diagnostic {
  const code = w === 'wildcard' ? AaCheckCodes.wildcardUsage : AaCheckCodes.variableUsage;
  const aa = w === 'wildcard' ? 'WILDCARD_USAGE_TOO_PERMISSIVE' : 'VARIABLE_USAGE_TOO_PERMISSIVE';
  return finding(code, v.at, message, help, { code: aa, type: 'ERROR' }, { key: c.key, value: v.text });
}

export function checkPermissiveValues(st: IamStatement): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const c of st.conditions) {
    const sensitive = SENSITIVE_KEYS.has(c.lowerKey);
    if (!sensitive && c.lowerKey !== 'aws:userid') continue;
    const like = c.operator.includes('Like');
    for (const v of c.values) {
      const text = widenedShape(v, like);
      for (const w of ['wildcard', 'variable'] as const) {
        if (sensitive && text.includes(WIDENED[w])) out.push(findingFor(c, v, w, sensitiveText(w, c.key), `write the exact ${c.key} value${c.values.length > 1 ? 's' : ''}, without \`*\`, \`?\` or \`\${…}\``));
        else if (!sensitive && userIdTooBroad(text, WIDENED[w])) out.push(findingFor(c, v, w, userIdText(w), 'spell out the unique id left of the colon (`AIDACKCEVSQ6C2EXAMPLE:*`), or use the wildcard alone there (`*:session`)'));
      }
    }
  }
  return out;
}
