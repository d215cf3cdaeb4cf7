/**
 * One message against one policy: the message-level rules SNS applies before matching (invalid
 * attributes or body, an empty attribute set), then the evaluator, then the reason.
 */
import type { Expr, FieldResolver } from '@arbiter/ir';
import { attributeMap, hasFilterableAttribute, readAttribute } from '../message/attributes.js';
import { bodyFromValue, hasProperty, parseBody, type BodyState } from '../message/payload.js';
import { fieldKey, listClauses, type PolicyModel } from '../policy/model.js';
import type { FilterDecision, SnsMessage } from '../types.js';
import { explainFailure } from './explain.js';
import { attributeResolver, bodyResolver } from './resolvers.js';

export type Evaluate = (resolve: FieldResolver) => boolean;

const DELIVERED: FilterDecision = Object.freeze({ delivered: true });

function filteredOut(model: PolicyModel, reason: string): FilterDecision {
  const metric = model.scope === 'MessageBody' ? 'NumberOfNotificationsFilteredOut-MessageBody' : 'NumberOfNotificationsFilteredOut-MessageAttributes';
  return { delivered: false, metric, reason };
}

/** The resolver for the message, or the decision when the message cannot be matched at all. */
function prepare(model: PolicyModel, message: SnsMessage, parsed?: BodyState): FieldResolver | FilterDecision {
  const msg: Partial<SnsMessage> = message !== null && typeof message === 'object' ? message : {};
  if (model.scope === 'MessageBody') {
    const body = parsed ?? parseBody(msg.body);
    if (!body.ok) return { delivered: false, metric: 'NumberOfNotificationsFilteredOut-InvalidMessageBody', reason: body.reason };
    if (!hasProperty(body.root)) return filteredOut(model, 'message body is an empty object: a filter policy matches only bodies with at least one property');
    return bodyResolver(body.root);
  }
  const attributes = attributeMap(msg.attributes);
  if (!attributes) return { delivered: false, metric: 'NumberOfNotificationsFilteredOut-InvalidAttributes', reason: 'message attributes are not an object' };
  for (const clause of listClauses(model.root)) {
    const name = fieldKey(clause.field);
    const state = readAttribute(attributes, name);
    if (state.kind === 'invalid') {
      return { delivered: false, metric: 'NumberOfNotificationsFilteredOut-InvalidAttributes', reason: `\`${name}\`: ${state.reason}` };
    }
  }
  if (!hasFilterableAttribute(attributes)) return filteredOut(model, 'message has no attributes: a filter policy matches only messages with at least one attribute');
  return attributeResolver(attributes);
}

export function decideMessage(model: PolicyModel, expr: Expr, message: SnsMessage, evaluate: Evaluate, parsedBody?: { value: unknown }): FilterDecision {
  if (model.deliverAll) return DELIVERED;
  const prepared = prepare(model, message, parsedBody && model.scope === 'MessageBody' ? bodyFromValue(parsedBody.value) : undefined);
  if (typeof prepared !== 'function') return prepared;
  if (evaluate(prepared)) return DELIVERED;
  return { ...filteredOut(model, ''), ...explainFailure(model, expr, prepared) };
}
