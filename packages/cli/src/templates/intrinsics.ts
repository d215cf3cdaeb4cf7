/**
 * CloudFormation intrinsic functions: the YAML short tags (`!Sub`) and the long JSON form
 * (`{"Fn::Sub": …}`). Loaders turn every short tag into the long form, so the rest of the code
 * knows only one shape.
 */

/** Short tag (without `!`) → long-form key. */
export const INTRINSIC_TAGS: Readonly<Record<string, string>> = Object.fromEntries(
  [
    'Base64', 'Cidr', 'FindInMap', 'GetAtt', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub',
    'Transform', 'If', 'Equals', 'Not', 'And', 'Or', 'Length', 'ToJsonString', 'ForEach',
  ]
    .map((n) => [n, `Fn::${n}`])
    .concat([['Ref', 'Ref'], ['Condition', 'Condition']]),
);

export interface Intrinsic {
  /** Long-form name: `Ref`, `Condition`, `Fn::Sub`, … */
  fn: string;
  arg: unknown;
}

/** The intrinsic call `value` is, if it is one: an object whose only key is `Ref`, `Condition` (with a name) or `Fn::…`. */
export function intrinsicOf(value: unknown): Intrinsic | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const fn = keys[0] as string;
  const arg = (value as Record<string, unknown>)[fn];
  // `Condition` is also the IAM statement element (an object); as an intrinsic it names a condition.
  if (fn === 'Ref' || (fn === 'Condition' && typeof arg === 'string') || fn.startsWith('Fn::')) return { fn, arg };
  return undefined;
}

/** The argument of a short tag in long form: `!GetAtt Res.Attr` is `["Res", "Attr"]`. */
export function longFormArgument(tag: string, arg: unknown): unknown {
  if (tag === 'GetAtt' && typeof arg === 'string') {
    const dot = arg.indexOf('.');
    return dot < 0 ? [arg] : [arg.slice(0, dot), arg.slice(dot + 1)];
  }
  return arg;
}
