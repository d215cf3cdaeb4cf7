/**
 * Principal forms. A policy lists `*`, 12-digit account ids, account roots, roles and users
 * [doc S1]. A caller principal (IAM user/role, account root, or STS assumed-role session) is
 * expanded into every policy form it satisfies, so matching is set membership [inferred, spec]:
 * - itself; an assumed-role session also as its role (`role:<account>:<name>`);
 * - any principal of an account also as that account's id and root ARN.
 */
const ACCOUNT = '(\\d{12})';
const POLICY_FORMS = [
  new RegExp(`^${ACCOUNT}$`),
  new RegExp(`^arn:aws[\\w-]*:iam::${ACCOUNT}:root$`),
  new RegExp(`^arn:aws[\\w-]*:iam::${ACCOUNT}:(?:role|user)/(?:[\\w+=,.@-]+/)*[\\w+=,.@-]+$`),
];

/** Whether `entry` is a principal a policy may list. */
export function isPolicyPrincipal(entry: string): boolean {
  return entry === '*' || POLICY_FORMS.some((re) => re.test(entry));
}

/** The key a policy entry is compared under: roles by account and name (sessions drop the path). */
export function principalKey(entry: string): string {
  const role = /^arn:aws[\w-]*:iam::(\d{12}):role\/(?:[^/]+\/)*([^/]+)$/.exec(entry);
  if (role) return `role:${role[1]}:${role[2]}`;
  const root = /^arn:aws[\w-]*:iam::(\d{12}):root$/.exec(entry);
  if (root) return `account:${root[1]}`;
  if (/^\d{12}$/.test(entry)) return `account:${entry}`;
  return `arn:${entry}`;
}

/** Every key a caller satisfies (see the module comment). */
export function callerKeys(caller: string): string[] {
  const keys = new Set<string>([principalKey(caller)]);
  const session = /^arn:aws[\w-]*:sts::(\d{12}):assumed-role\/([^/]+)(?:\/.*)?$/.exec(caller);
  if (session) keys.add(`role:${session[1]}:${session[2]}`);
  const account = /^arn:aws[\w-]*:(?:iam|sts)::(\d{12}):/.exec(caller)?.[1] ?? (/^\d{12}$/.test(caller) ? caller : undefined);
  if (account) keys.add(`account:${account}`);
  return [...keys];
}
