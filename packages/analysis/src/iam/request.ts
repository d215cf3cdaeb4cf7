/**
 * Witness requests: an assignment of request variables becomes the request `arbiter iam authorize
 * --request` reads — action and condition keys spelled as the policies spell them, context values
 * as strings or lists. Variables the search left unassigned (the goal held without them) take their
 * first state; a principal no policy tests is a user of an account no policy names.
 */
import type { IamRequest } from '@arbiter/iam';
import type { Spellings } from './policies.js';
import { foreignAccount, WITNESS_NAME } from './principals.js';
import type { RequestAssignment, RequestSpace } from './search.js';
import { ACTION, PRINCIPAL, RESOURCE } from './variables.js';

export function toRequest(found: RequestAssignment, space: RequestSpace, names: Spellings): IamRequest {
  const assignment: RequestAssignment = new Map(found);
  for (const v of space.variables) {
    if (!assignment.has(v.id) && (v.id === ACTION || v.id === RESOURCE)) assignment.set(v.id, space.statesOf(v, assignment).states[0]);
  }
  const action = String(assignment.get(ACTION));
  const request: IamRequest = { action: names.actions.get(action) ?? action, resource: String(assignment.get(RESOURCE)) };
  const hasPrincipal = space.variables.some((v) => v.id === PRINCIPAL);
  const principal = assignment.get(PRINCIPAL);
  if (typeof principal === 'string') request.principal = principal;
  else if (!hasPrincipal) request.principal = `arn:aws:iam::${foreignAccount(names.texts)}:user/${WITNESS_NAME}`;
  const context: Record<string, unknown> = {};
  for (const [id, value] of assignment) {
    if (!id.startsWith('ctx:') || value === undefined) continue;
    const key = id.slice(4);
    context[names.keys.get(key) ?? key] = typeof value === 'string' ? value : [...value];
  }
  if (Object.keys(context).length > 0) request.context = context;
  return request;
}
