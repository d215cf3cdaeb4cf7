/**
 * Values that intrinsic functions make unknowable before deployment. Inside a policy each call
 * becomes a placeholder so the rest can be validated: `Fn::Sub`/`Fn::Join` keep their literal text
 * around a token (a "partial" placeholder), every other call becomes a token string. `Ref
 * AWS::NoValue` removes its property, as CloudFormation does.
 */
import { joinPointer } from '@arbiter/ir';
import { intrinsicOf, type Intrinsic } from './intrinsics.js';

export interface Unresolved {
  /** Pointer into the policy. */
  pointer: string;
  fn: string;
  /** Literal text around the unknown parts survives (`Fn::Sub`, `Fn::Join`). */
  partial: boolean;
}

export interface PlaceholderPolicy {
  value: unknown;
  unresolved: Unresolved[];
}

/**
 * Pseudo parameters get plausible values so `arn:${AWS::Partition}:…:${AWS::AccountId}:…` keeps
 * its shape; other names get `token`.
 */
const PSEUDO: Readonly<Record<string, string>> = {
  'AWS::AccountId': '123456789012',
  'AWS::Region': 'us-east-1',
  'AWS::Partition': 'aws',
  'AWS::URLSuffix': 'amazonaws.com',
  'AWS::StackName': 'stack',
};

const NO_VALUE = Symbol('no value');

/** Replaces every intrinsic call in `value` with a placeholder built from `token`. */
export function withPlaceholders(value: unknown, token: string): PlaceholderPolicy {
  const unresolved: Unresolved[] = [];
  const walk = (v: unknown, at: string): unknown => {
    const call = intrinsicOf(v);
    if (call) {
      if (call.fn === 'Ref' && call.arg === 'AWS::NoValue') return NO_VALUE;
      const text = partialText(call, token);
      if (text === undefined || text.unknown) unresolved.push({ pointer: at, fn: call.fn, partial: text !== undefined });
      return text?.value ?? token;
    }
    if (Array.isArray(v)) return v.map((x, i) => walk(x, joinPointer(at, i))).filter((x) => x !== NO_VALUE);
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        const r = walk(x, joinPointer(at, k));
        if (r !== NO_VALUE) Object.defineProperty(out, k, { value: r, enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    return v;
  };
  const out = walk(value, '');
  return { value: out === NO_VALUE ? undefined : out, unresolved };
}

/** The string a `Fn::Sub`/`Fn::Join` yields with unknown parts as `token`; `unknown` when any part was. */
function partialText(call: Intrinsic, token: string): { value: string; unknown: boolean } | undefined {
  if (call.fn === 'Fn::Sub') {
    const [template, vars] = Array.isArray(call.arg) ? call.arg : [call.arg, {}];
    if (typeof template !== 'string') return undefined;
    let unknown = false;
    const value = template.replace(/\$\{(!?)([^}]*)\}/g, (_, bang: string, name: string) => {
      if (bang) return `\${${name}}`; // `${!Literal}` is the literal `${Literal}`
      const given = vars !== null && typeof vars === 'object' ? (vars as Record<string, unknown>)[name] : undefined;
      if (typeof given === 'string') return given;
      const pseudo = PSEUDO[name];
      unknown = true;
      return pseudo ?? token;
    });
    return { value, unknown };
  }
  if (call.fn === 'Fn::Join' && Array.isArray(call.arg) && typeof call.arg[0] === 'string' && Array.isArray(call.arg[1])) {
    let unknown = false;
    const parts = call.arg[1].map((p: unknown) => {
      if (typeof p === 'string') return p;
      unknown = true;
      return partialText(intrinsicOf(p) ?? { fn: '', arg: undefined }, token)?.value ?? token;
    });
    return { value: parts.join(call.arg[0]), unknown };
  }
  return undefined;
}
