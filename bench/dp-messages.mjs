// Deterministic JSON messages for the data protection benchmark: arrays of customer, patient and
// order records (names, e-mails, phones, addresses, card numbers, SSNs, dates, ids) with free-text
// notes, so most bytes are ordinary text and PII appears at the density of a typical event; plus
// the adversarial inputs of issue #3 (a run of digits, of `@`, of keywords).

import { seededRandom as random } from '@arbiter/ir';

const FIRST = ['Maria', 'James', 'Aiko', 'Oliver', 'Fatima', 'Lucas', 'Chloe', 'Mateo', 'Priya', 'Noah', 'Elena', 'Samuel'];
const LAST = ['Garcia', 'Smith', 'Tanaka', 'Brown', 'Haddad', 'Silva', 'Martin', 'Rossi', 'Patel', 'Johnson', 'Novak', 'Okafor'];
const STREETS = ['Main St', 'Oak Avenue', 'Maple Rd', 'Cedar Lane', 'Pine Street', 'Lake Drive', 'Hill Road', 'Park Place'];
const CITIES = [['Springfield', 'IL'], ['Portland', 'OR'], ['Austin', 'TX'], ['Madison', 'WI'], ['Columbus', 'OH'], ['Denver', 'CO']];
const WORDS = (
  'the customer asked about the delivery window and whether the package could be left with a neighbour ' +
  'we confirmed the order and scheduled a follow up call for next week after the warehouse restocks ' +
  'patient reports mild headache since monday no fever appetite normal advised rest and fluids ' +
  'review the invoice totals before the end of the quarter and update the shared tracker with notes ' +
  'replacement part shipped from the regional centre tracking will be available once the carrier scans it ' +
  'please keep the original receipt the return policy allows thirty days for unopened items'
).split(' ');
const DIAGNOSES = ['seasonal allergies', 'sprained ankle', 'routine check-up', 'hypertension follow-up', 'migraine'];
const STATUSES = ['pending', 'shipped', 'delivered', 'cancelled', 'refunded'];

/** Appends the Luhn check digit to `body`. */
function withLuhn(body) {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return body + ((10 - (sum % 10)) % 10);
}

function makeRecords(rnd) {
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const digits = (n) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');
  const sentence = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const [city, state] = pick(CITIES);
  const address = () => `${100 + Math.floor(rnd() * 9000)} ${pick(STREETS)}, ${city}, ${state} ${digits(5)}`;
  const date = () => `19${50 + Math.floor(rnd() * 50)}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`;
  const id = (prefix) => `${prefix}_${Math.floor(rnd() * 2 ** 32).toString(36)}`;
  const ssn = () => `${100 + Math.floor(rnd() * 500)}-${10 + Math.floor(rnd() * 89)}-${1000 + Math.floor(rnd() * 8999)}`;
  const phone = () => `+1 ${200 + Math.floor(rnd() * 700)} 555 0${100 + Math.floor(rnd() * 99)}`;
  const name = person();
  const email = `${name.toLowerCase().replace(' ', '.')}@example.com`;
  switch (Math.floor(rnd() * 3)) {
    case 0:
      return {
        type: 'customer', id: id('cus'), name, email, phone: phone(), address: address(),
        card: withLuhn(`4${digits(14)}`), ssn: ssn(), dob: date(), createdAt: '2024-03-01T12:00:00Z',
        notes: sentence(40 + Math.floor(rnd() * 40)),
      };
    case 1:
      return {
        type: 'patient', id: id('pat'), patientName: name, mrn: `MRN-${digits(8)}`, visitDate: '2024-05-14',
        diagnosis: pick(DIAGNOSES), provider: `Dr. ${pick(LAST)}`, contact: { email, phone: phone() },
        notes: `${sentence(50 + Math.floor(rnd() * 50))}. Patient born ${date()}; SSN ${ssn()} on file.`,
      };
    default:
      return {
        type: 'order', orderId: id('ord'), customerId: id('cus'), status: pick(STATUSES),
        items: Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => ({ sku: `SKU-${digits(6)}`, qty: 1 + Math.floor(rnd() * 4), price: Number(`${digits(2)}.${digits(2)}`) })),
        shippingAddress: address(), ip: `10.${digits(1)}.${digits(2)}.${1 + Math.floor(rnd() * 250)}`,
        notes: sentence(30 + Math.floor(rnd() * 60)),
      };
  }
}

/** A JSON array of records of exactly `bytes` characters (padded with a free-text note), from `seed`. */
export function makeJsonMessage(bytes, seed = 1) {
  const rnd = random(seed);
  const parts = [];
  let length = 2; // the brackets
  for (;;) {
    const part = JSON.stringify(makeRecords(rnd));
    if (length + part.length + 1 + 16 > bytes) break;
    parts.push(part);
    length += part.length + (parts.length > 1 ? 1 : 0);
  }
  const room = bytes - length - (parts.length > 0 ? 1 : 0) - '{"notes":""}'.length;
  parts.push(JSON.stringify({ notes: Array.from({ length: Math.max(0, room) }, (_, i) => ' eta'[i % 4]).join('') }));
  return asReceived(`[${parts.join(',')}]`);
}

/**
 * A message body as a service receives it: decoded from bytes into one flat string (a string built
 * by concatenation is a rope, which every character access would pay for).
 */
function asReceived(text) {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/**
 * The adversarial inputs: `bytes` of digits, of `@`, and of keywords; and the worst cases of the
 * Address anchors (issue #16): street type words everywhere (each one an anchor, in a run of
 * capitalised words the pattern tries to extend), continental postcodes before a capital (the
 * digit anchor), and capitalised words (what Name and Address start on).
 */
export function makeAdversarial(bytes) {
  const repeat = (unit) => asReceived(unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes));
  return [
    { name: 'digits', text: repeat('0123456789') },
    { name: '@', text: repeat('@') },
    { name: 'keywords', text: repeat('ssn credit card phone passport dob iban ') },
    { name: 'street words', text: repeat('12 Main St Park Rd Oak Avenue Hill Way ') },
    { name: 'postcodes', text: repeat('12 75002 Paris 10115 Berlin ') },
    { name: 'capitalised words', text: repeat('Maria Garcia Lopez Van Der Berg ') },
  ];
}
