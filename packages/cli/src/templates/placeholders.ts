/**
 * Values that intrinsic functions make unknowable before deployment. Inside a policy each call
 * becomes a placeholder so the rest can be validated: `Fn::Sub`/`Fn::Join` with literal text keep
 * it around a token (a "partial" placeholder), every other call becomes a whole-value token. `Ref
 * AWS::NoValue` removes its property, as CloudFormation does.
 */
import { joinPointer } from '@arbiter/ir';
import { intrinsicOf, type Intrinsic } from './intrinsics.js';

export interface Unresolved {
  /** Pointer into the policy. */
  pointer: string;
  fn: string;
  /** Literal text around the unknown parts is kept in the placeholder (`Fn::Sub`, `Fn::Join`), keeping its shape. */
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

/** What stands in for unknown values: whole values (numbered, so no two are equal) and substituted text. */
export interface PlaceholderTokens {
  whole: (index: number) => unknown;
  text: string;
}

/** Replaces every intrinsic call in `value` with a placeholder built from `tokens`. */
export function withPlaceholders(value: unknown, tokens: PlaceholderTokens): PlaceholderPolicy {
  const unresolved: Unresolved[] = [];
  const walk = (v: unknown, at: string): unknown => {
    const call = intrinsicOf(v);
    if (call) {
      if (call.fn === 'Ref' && call.arg === 'AWS::NoValue') return NO_VALUE;
      const text = partialText(call, tokens.text);
      if (text && !text.unknown) return text.value;
      unresolved.push({ pointer: at, fn: call.fn, partial: text?.literal === true });
      return text?.literal ? text.value : tokens.whole(unresolved.length);
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

interface PartialText {
  value: string;
  /** Some part was unknown. */
  unknown: boolean;
  /** Some literal text surrounds the unknown parts. */
  literal: boolean;
}

/** The string a `Fn::Sub`/`Fn::Join` yields with unknown parts as `token`. */
function partialText(call: Intrinsic, token: string): PartialText | undefined {
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
    return { value, unknown, literal: template.replace(/\$\{[^}]*\}/g, '') !== '' };
  }
  if (call.fn === 'Fn::Join' && Array.isArray(call.arg) && typeof call.arg[0] === 'string' && Array.isArray(call.arg[1])) {
    let unknown = false;
    const parts = call.arg[1].map((p: unknown) => {
      if (typeof p === 'string') return p;
      unknown = true;
      return partialText(intrinsicOf(p) ?? { fn: '', arg: undefined }, token)?.value ?? token;
    });
    const literal = call.arg[0] !== '' || call.arg[1].some((p: unknown) => typeof p === 'string' && p !== '');
    return { value: parts.join(call.arg[0]), unknown, literal };
  }
  return undefined;
}
