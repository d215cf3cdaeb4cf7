/**
 * `glob`: `*` and `?` wildcards over a string, optionally ignoring case (primitives/glob.ts).
 * No SNS operator lowers to it; kept for IAM's `StringLike`/`ArnLike` lowering.
 */
import { foldCase, globMatch } from '../primitives/text.js';
import { definePredicate } from './definition.js';

export interface GlobPredicate {
  op: 'glob';
  pattern: string;
  ignoreCase: boolean;
  at: string;
}

export const globDefinition = definePredicate<GlobPredicate>({
  op: 'glob',
  description: '`*` and `?` wildcards over a string, optionally ignoring case',
  schema: { properties: { pattern: { type: 'string' }, ignoreCase: { type: 'boolean' } }, required: ['pattern', 'ignoreCase'] },
  test: (p, value) => typeof value === 'string' && globMatch(p.pattern, value, p.ignoreCase),
  compile: ({ pattern, ignoreCase }) => {
    if (!/[*?]/.test(pattern)) {
      const folded = ignoreCase ? foldCase(pattern) : pattern;
      return ignoreCase ? (v) => typeof v === 'string' && foldCase(v) === folded : (v) => v === pattern;
    }
    return (v) => typeof v === 'string' && globMatch(pattern, v, ignoreCase);
  },
  print: (p) => `${p.ignoreCase ? 'like-ignore-case' : 'like'} ${JSON.stringify(p.pattern)}`,
});
