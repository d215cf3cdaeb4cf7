/** Hostile values shared by the reproducer tests and the fuzz run. */
import * as sns from '@arbiter/sns-filter';
import * as dp from '@arbiter/data-protection';
import * as iam from '@arbiter/iam';

/** `levels` doublings of one array: `levels + 1` objects in memory that read as 2^levels leaves. */
export function sharedTower(levels: number): unknown {
  let a: unknown = ['x'];
  for (let i = 0; i < levels; i++) a = [a, a];
  return a;
}

const trap = () => {
  throw new Error('trap');
};
const cyclic: Record<string, unknown> = {};
cyclic.self = cyclic;

/** What a JavaScript caller or a config file can pass where the types say otherwise. */
export const ODD_VALUES: readonly unknown[] = [
  null, undefined, 0, Number.NaN, -1, 'x', '', true, 1n, Symbol('s'), [], [null], {}, () => 1,
  new Date(Number.NaN), { custom: null }, { custom: [null] }, { identifiers: 'x' }, { identifiers: [null] },
  { scope: null }, { mode: 7 }, { random: () => 'x' }, { random: trap }, { now: 'today' }, { message: null },
  { subscriptions: { s: null } }, cyclic, sharedTower(40), new Proxy({}, { get: trap, ownKeys: trap, getPrototypeOf: trap }),
  Object.defineProperty({}, 'x', { enumerable: true, get: trap }),
];

type Call = { fn: (...args: unknown[]) => unknown; args: unknown[] };
const call = (fn: unknown, ...args: unknown[]): Call => ({ fn: fn as Call['fn'], args });
const filter = { a: ['x'] };
const dpPolicy = { Name: 'p', Version: '2021-06-01', Statement: [] };
const iamSet = { identity: [{ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }] };

/** Every public entry point with well-formed arguments; tests replace one at a time. */
export const PUBLIC_CALLS: Record<string, Call> = {
  validateFilterPolicy: call(sns.validateFilterPolicy, filter, {}),
  compileFilterPolicy: call(sns.compileFilterPolicy, filter, {}),
  matchFilterPolicy: call(sns.matchFilterPolicy, filter, { attributes: {} }, {}),
  createRouter: call(sns.createRouter, [{ id: 's', policy: filter }], {}),
  formatAwsError: call(sns.formatAwsError, { code: 'x', message: 'y' }, 'Subscribe'),
  scanText: call(dp.scanText, 'abc', {}),
  createScanner: call(dp.createScanner, {}),
  parseDataProtectionPolicy: call(dp.parseDataProtectionPolicy, dpPolicy, {}),
  publishMessage: call(dp.publishMessage, dpPolicy, { message: 'x', principal: 'p' }),
  parseIamPolicy: call(iam.parseIamPolicy, '{}', {}),
  validateIamPolicy: call(iam.validateIamPolicy, '{}', {}),
  loadPolicySet: call(iam.loadPolicySet, iamSet),
  authorize: call(iam.authorize, iamSet, { action: 's3:GetObject' }, {}),
  compilePolicySet: call(iam.compilePolicySet, iamSet),
  checkRequest: call(iam.checkRequest, { action: 's3:GetObject' }),
  formatExplanation: call(iam.formatExplanation, { explanation: { summary: 's', statements: [] } }),
};
