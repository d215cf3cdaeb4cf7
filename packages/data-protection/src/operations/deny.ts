/** Deny: inbound, the publish fails with AuthorizationError (403); outbound, that delivery fails. */

export interface PublishError {
  code: 'AuthorizationError';
  statusCode: 403;
  message: string;
}

export interface DeliveryFailure {
  status: 'FAILURE';
  statusCode: 403;
  providerResponse: string;
}

/** The Publish error for a message an inbound Deny statement blocks [doc S1: 403 AuthorizationError]. */
export function inboundDenyError(statementId: string): PublishError {
  return {
    code: 'AuthorizationError',
    statusCode: 403,
    message: `The topic's data protection policy prohibits this message from being published (statement \`${statementId}\`)`,
  };
}

/** The delivery-status entry for a subscription an outbound Deny statement blocks [doc S1, exact text]. */
export function outboundDenyFailure(subscriptionArn: string): DeliveryFailure {
  return {
    status: 'FAILURE',
    statusCode: 403,
    providerResponse: `The topic's data protection policy prohibits this message from being delivered to ${subscriptionArn}`,
  };
}
