/**
 * Context vocabulary of the Name detector: what before a run of capitalised words says "person",
 * and which words in or right after it say "place, organisation, product or phrase" instead.
 */

/** JSON member names for a person ("customerName", "driver", "requester"). */
export const PERSON_KEY =
  /(?:^|[a-z_-])(?:name|fullname|customer|requester|driver|patient|employee|owner|author|assignee|recipient|sender|contact|insured|member|passenger|guest|applicant|holder|beneficiary|signer|approver|reporter|from|to|cc)$/i;
/** Member names ending in "name" that name things, not people. */
export const NOT_PERSON_KEY =
  /(?:user|host|file|bucket|service|team|product|company|org|queue|topic|function|stack|table|event|type|device|app|key|role|group|project|cluster|domain|region|repo|branch|tag|job|task|step|state|alarm|metric|city|street|brand|hotel|store)name$/i;
/** A cue word (title, salutation, role, signature) just before the name. */
export const CUE_BEFORE =
  /(?:\b(?:dear|patient|mr|mrs|ms|miss|mx|dr|prof|sir|madam|signed by|approved by|reviewed by|assigned to|prescribed by|filed by|issued to|meeting with|by|from|to|cc|attn|customer|client|name|contact|hi|hello|driver|nurse|doctor|regards|thanks|sincerely|best wishes|called|with)[.:,]?\s{1,3})$/i;

/** A street type word right before the candidate: the "name" is a street's. */
export const STREET_BEFORE =
  /\b(?:rue|avenue|av|boulevard|bd|place|quai|allée|impasse|chemin|via|viale|piazza|corso|largo|calle|avenida|avda|plaza|paseo|passeig|carrer|rua)\.? (?:(?:de|des|du|la|le|dei|del|della|di)\s)?$/i;

/**
 * Words that are never part of a person's name as written in messages: organisation, place and
 * product words, calendar words, function words of title-cased phrases.
 */
const NON_NAME = new Set(
  `Customer Customers Team Teams Service Services Support Sales Billing Account Accounts Admin User Users Manager Director
Department Engineering Platform Reliability Cloud Amazon Google Microsoft Apple Simple Notification Inc Ltd LLC GmbH Corp Co
Company Group Holdings Capital Partners Bank Trust Fund Foundation Institute University College School Academy Hospital Clinic
Museum Gallery Library Center Centre Station Airport International National Federal State County City Town Village District
Street St Avenue Ave Road Rd Lane Drive Boulevard Way Court Place Square Terrace Bridge Tunnel Garden Gardens Beach Lake River
Mount Mountain Valley Island Bay Port Harbour Harbor Hills Tower Plaza Hotel Inn Resort Suites Motel Restaurant Cafe Bar
Church Cathedral Day Eve Week Month Year Holiday Christmas Easter New Old Monday Tuesday Wednesday Thursday Friday Saturday Sunday
January February March April May June July August September October November December The This That These Those And Or Of For
With From In On At By To Your Our My His Her Their Its Is Are Was Be Not No Yes All Any Please Thank Thanks Welcome Dear Hi Hello
Order Orders Invoice Report Review Meeting Event Alarm Error Warning Notice Policy Data Protection Card Gift Model Pro Mini
Air Plus Prime Edition Series Version Pipeline Build Cluster Server Instance Function Queue Topic Bucket Table Stack Project
Times Post Journal News Press Media Studio Studios Records Pictures Motors Motor Airlines Airways Express Energy Foods Pharma
World Global North South East West Central Royal Grand Great Saint San Santa Los Las Fort Lord Queen Prince Princess
Cup Final League Club Tour Festival Show Fire Water Power Light Dark Museum Secret Alert Valley`.split(/\s+/),
);

/** Whether `word` (or a hyphen half of it) rules out a person name. */
export function isNonNameWord(word: string): boolean {
  return NON_NAME.has(word) || (word.includes('-') && word.split('-').some((w) => NON_NAME.has(w)));
}
