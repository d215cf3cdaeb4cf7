/** `arn-like`: a string that is an ARN matching `pattern` part by part with `*`/`?` (primitives/arn.ts). */
import { compileArnMatcher, matchArn, prepareArnPattern } from '../primitives/arn.js';
import { globFromText } from '../primitives/glob.js';
import { definePredicate } from './definition.js';

export interface ArnLikePredicate {
  op: 'arn-like';
  pattern: string;
  at: string;
}

export const arnLikeDefinition = definePredicate<ArnLikePredicate>({
  op: 'arn-like',
  description: 'an ARN matching `pattern` part by part (six colon-separated parts, `*`/`?` wildcards; a pattern of fewer parts is matched whole)',
  schema: { properties: { pattern: { type: 'string' } }, required: ['pattern'] },
  test: (p, value) => typeof value === 'string' && matchArn(value, prepareArnPattern(globFromText(p.pattern))),
  compile: (p) => {
    const match = compileArnMatcher(prepareArnPattern(globFromText(p.pattern)));
    return (v) => typeof v === 'string' && match(v);
  },
  print: (p) => `arn-like ${JSON.stringify(p.pattern)}`,
});
