/** `wildcard`: a whole string matching a pattern where `*` is any run and `\*`, `\\` are literal (EventBridge). */
import { wildcardMatch, wildcardToGlob } from '../primitives/wildcard.js';
import { definePredicate } from './definition.js';

export interface WildcardPredicate {
  op: 'wildcard';
  pattern: string;
  at: string;
}

export const wildcardDefinition = definePredicate<WildcardPredicate>({
  op: 'wildcard',
  description: 'a string matching `pattern` whole, where `*` matches any run of characters and `\\*`, `\\\\` are a literal star and backslash',
  schema: { properties: { pattern: { type: 'string' } }, required: ['pattern'] },
  test: (p, value) => typeof value === 'string' && wildcardMatch(p.pattern, value),
  compile: (p) => {
    const glob = wildcardToGlob(p.pattern);
    if (!glob.kinds.includes('*')) return (v) => v === glob.text;
    return (v) => typeof v === 'string' && wildcardMatch(glob, v);
  },
  print: (p) => `wildcard ${JSON.stringify(p.pattern)}`,
});
