/**
 * Full names (Latin script). AWS uses machine learning; this detector reports two or three
 * capitalised name words when the context says "person": a JSON member whose name is a person
 * field (`name`, `customerName`, `driver`…) holding exactly the name, or a cue word just before it
 * (`Dear`, `Patient`, `Signed by`, `From:`…).
 */
import type { CandidateContext, ManagedIdentifier } from '../types.js';

const PART = "(?:[A-Z][a-z]?['’][A-Z][a-z]+|[A-Z][a-z]+(?:-[A-Z][a-z]+)?)";
const STOP = '(?!(?:Dear|Patient|Mr|Mrs|Ms|Miss|Dr|Signed|Approved|Reviewed|From|To|Hi|Hello|Attn|Customer|Contact)\\b)';
const PERSON_KEY = /(?:^|[a-z_-])(?:name|fullname|customer|requester|driver|patient|employee|owner|author|assignee|recipient|sender|contact|insured|member|passenger|guest|applicant|holder|beneficiary|signer|approver|reporter)$/i;
const NOT_PERSON_KEY = /(?:user|host|file|bucket|service|team|product|company|org|queue|topic|function|stack|table|event|type|display|device|app|key|role|group|project|cluster|domain|region|repo|branch|tag|job|task|step|state)name$/i;
const CUE = /(?:\b(?:dear|patient|mr|mrs|ms|miss|dr|signed by|approved by|reviewed by|by|from|to|cc|attn|customer|name|contact|hi|hello)[.:,]?\s{1,3})$/i;
const NOT_NAME_WORD = new Set(
  'Customer Customers Team Service Services Amazon Simple Notification Platform Reliability New York Times Apache Kafka The This That Dear Order Account Admin User Support Sales Billing Manager Director Engineering Inc Ltd Corp Company Group Department University Hospital Clinic Street Avenue Road Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(' '),
);

function hasPersonContext(ctx: CandidateContext): boolean {
  const before = ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start);
  // A JSON string that is exactly the name, under a person-like member name.
  const json = /"([^"\\]{1,60})"\s*:\s*"$/.exec(before);
  if (json) {
    const key = json[1]!;
    return ctx.text[ctx.end] === '"' && PERSON_KEY.test(key) && !NOT_PERSON_KEY.test(key);
  }
  return CUE.test(before);
}

export const name: ManagedIdentifier = {
  name: 'Name',
  category: 'Personal',
  pattern: new RegExp(`(?<![\\p{L}\\p{N}'’-])${STOP}${PART}(?: ${STOP}${PART}){1,2}(?![\\p{L}\\p{N}'’-])`, 'gu'),
  hint: (text) => /[A-Z][a-z]+ [A-Z]/.test(text),
  validate: (candidate, ctx) => {
    if (candidate.split(' ').some((w) => NOT_NAME_WORD.has(w))) return false;
    return hasPersonContext(ctx);
  },
  note: 'ML at AWS; capitalised words in a person context here',
};
