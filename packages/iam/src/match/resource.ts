/**
 * Resource matching [RES]: `*` alone matches everything; otherwise ARN parts are matched one by one
 * with `*`/`?` (the resource part may span `/` and `:`), case-sensitively. A request without a
 * resource is matched as `*` (our choice). A pattern whose variable did not resolve matches nothing.
 */
import { matchArn, prepareArnPattern, type ArnPattern } from '../operators/arn.js';
import type { GlobPattern } from '../operators/glob.js';

export type ResourcePattern = 'any' | ArnPattern;

export function prepareResourcePattern(glob: GlobPattern): ResourcePattern {
  return glob.text === '*' && glob.kinds === '*' ? 'any' : prepareArnPattern(glob);
}

export function matchResource(pattern: ResourcePattern, resource: string): boolean {
  return pattern === 'any' || matchArn(resource, pattern);
}
