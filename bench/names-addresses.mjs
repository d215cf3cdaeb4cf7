// `node bench/names-addresses.mjs` (after `npm run build`): precision, recall and speed of Name and
// Address detection on the hand-labelled set packages/data-protection/test/fixtures/names-addresses.jsonl
// (labelling rules in names-addresses.src.txt), for (a) the first heuristic detectors (frozen copy
// below), (b) compromise's people()/places() on candidate windows, (c) the package's detectors
// through its compiled scanner. Speed: MB/s over the set's texts and over 64 KB JSON messages.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createScanner, findManagedIdentifier } from '@arbiter/data-protection';
import { makeJsonMessage } from './dp-messages.mjs';

const require = createRequire(new URL('../packages/data-protection/package.json', import.meta.url));
const nlp = require('compromise');
const cases = readFileSync(new URL('../packages/data-protection/test/fixtures/names-addresses.jsonl', import.meta.url), 'utf8')
  .trim().split('\n').map((l) => JSON.parse(l));

// (a) The first detectors (commit 7212e13), condensed: a capitalised run with a cue word or person
// JSON key before it; an English/German/French/Southern street grammar with a city and postcode.
const V0_PART = "(?:[A-Z][a-z]?['’][A-Z][a-z]+|[A-Z][a-z]+(?:-[A-Z][a-z]+)?)";
const V0_STOP = '(?!(?:Dear|Patient|Mr|Mrs|Ms|Miss|Dr|Signed|Approved|Reviewed|From|To|Hi|Hello|Attn|Customer|Contact)\\b)';
const V0_NAME = new RegExp(`(?<![\\p{L}\\p{N}'’-])${V0_STOP}${V0_PART}(?: ${V0_STOP}${V0_PART}){1,2}(?![\\p{L}\\p{N}'’-])`, 'gu');
const V0_KEY = /(?:^|[a-z_-])(?:name|fullname|customer|requester|driver|patient|employee|owner|author|assignee|recipient|sender|contact|insured|member|passenger|guest|applicant|holder|beneficiary|signer|approver|reporter)$/i;
const V0_NOT_KEY = /(?:user|host|file|bucket|service|team|product|company|org|queue|topic|function|stack|table|event|type|display|device|app|key|role|group|project|cluster|domain|region|repo|branch|tag|job|task|step|state)name$/i;
const V0_CUE = /(?:\b(?:dear|patient|mr|mrs|ms|miss|dr|signed by|approved by|reviewed by|by|from|to|cc|attn|customer|name|contact|hi|hello)[.:,]?\s{1,3})$/i;
const V0_NOT_WORD = new Set('Customer Customers Team Service Services Amazon Simple Notification Platform Reliability New York Times Apache Kafka The This That Dear Order Account Admin User Support Sales Billing Manager Director Engineering Inc Ltd Corp Company Group Department University Hospital Clinic Street Avenue Road Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(' '));
const CAP = "[A-ZÀ-Ý][a-zà-ÿß'’-]+";
const WORD = "[A-Za-zÀ-ÿß'’-]+";
const SUFFIX = '(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Ter|Terrace|Pkwy|Parkway|Hwy|Highway|Sq|Square|Cir|Circle|Trl|Trail|Row|Close|Crescent|Cres|Gardens|Mews|Hill|Walk|Park)\\.?';
const CITY = `${CAP}(?: ${CAP}){0,2}`;
const V0_ADDRESS = new RegExp(`(?<![\\w-])(?:\\d{1,6}[A-Za-z]? (?:${CAP} ){1,3}${SUFFIX}(?: (?:N|S|E|W|NE|NW|SE|SW)\\b\\.?)?` +
  `,? ${CITY}(?:,? [A-Z]{2},? \\d{5}(?:-\\d{4})?|,? \\d{5}(?:-\\d{4})?(?:,? [A-Z]{2}(?![A-Za-z]))?|,? [A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}|,? [A-Z]{2},? [A-Z]\\d[A-Z] ?\\d[A-Z]\\d|,? [A-Z]\\d[A-Z] ?\\d[A-Z]\\d)` +
  `|${CAP}(?:straße|strasse|str\\.|weg|allee|platz|gasse|ring|damm) \\d{1,4}[a-z]?,? \\d{4,5} ${CITY}` +
  `|\\d{1,4}(?: bis| ter)?,? (?:rue|avenue|av\\.|boulevard|bd|place|chemin|allée|impasse|quai|route) (?:${WORD} ){0,4}${CAP},? \\d{4,5} ${CITY}` +
  `|(?:Via|Viale|Piazza|Corso|Calle|Avenida|Plaza|Paseo|Carrer|Rua) (?:${WORD} ){0,4}\\d{1,4}[A-Za-z]?,? \\d{4,5} ${CITY})(?![\\w-])`, 'g');

function v0Name(text, start, end) {
  if (text.slice(start, end).split(' ').some((w) => V0_NOT_WORD.has(w))) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  const json = /"([^"\\]{1,60})"\s*:\s*"$/.exec(before);
  if (json) return text[end] === '"' && V0_KEY.test(json[1]) && !V0_NOT_KEY.test(json[1]);
  return V0_CUE.test(before);
}
function matches(re, text, name, keep = () => true) {
  const out = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) if (keep(text, m.index, m.index + m[0].length)) out.push({ name, start: m.index, end: m.index + m[0].length - 1 });
  return out;
}
const v0 = (text) => [...matches(V0_NAME, text, 'Name', v0Name), ...matches(V0_ADDRESS, text, 'Address')];

// (b) compromise on candidate windows only: capitalised runs (with 30 characters of context before)
// for people; "number … postcode" stretches for places, kept when compromise tags a term in it as
// an Address or Place.
const NAME_WINDOW = /\p{Lu}[\p{L}'’.-]+(?: (?:\p{Lu}[\p{L}'’.-]*|van|der|de|di|da|von)){1,4}/gu;
const ADDRESS_WINDOW = /(?<![\p{L}\p{N}])(?:(?:PO|P\.O\.) Box |BP |Postfach )?\d{1,6}[^\n"]{0,60}?(?:\b\d{5}(?:-\d{4})?\b(?: [\p{Lu}][\p{L}]+){0,2}|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b|\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b|\b\d{4}\b)/gu;
function viaCompromise(text) {
  const out = [];
  NAME_WINDOW.lastIndex = 0;
  for (let m = NAME_WINDOW.exec(text); m; m = NAME_WINDOW.exec(text)) {
    const from = Math.max(0, m.index - 30);
    const window = text.slice(from, m.index + m[0].length);
    for (const p of nlp(window).people().out('offset')) {
      const terms = p.terms.filter((t) => /^\p{Lu}/u.test(t.text));
      if (terms.length < 2) continue;
      const first = terms[0].offset.start + from;
      const last = terms[terms.length - 1];
      out.push({ name: 'Name', start: first, end: from + last.offset.start + last.offset.length - 1 });
    }
  }
  ADDRESS_WINDOW.lastIndex = 0;
  for (let m = ADDRESS_WINDOW.exec(text); m; m = ADDRESS_WINDOW.exec(text)) {
    const terms = nlp(m[0]).terms().out('offset').flatMap((t) => t.terms);
    if (terms.some((t) => t.tags.includes('Address') || t.tags.includes('Place'))) out.push({ name: 'Address', start: m.index, end: m.index + m[0].length - 1 });
  }
  return out;
}

// (c) The package's detectors through the compiled scanner.
const scanner = createScanner({ identifiers: ['Name', 'Address'] });
if (!scanner.ok) throw new Error('scanner');
const current = (text) => scanner.value.scan(text);
// (c) again in (a)'s harness (pattern + validate, no scanner around it), for a like-for-like speed.
const ids = ['Name', 'Address'].map((n) => findManagedIdentifier(n));
const currentRaw = (text) => ids.flatMap((id) => matches(id.pattern, text, id.name, (t, start, end) => !id.validate || id.validate(t.slice(start, end), { text: t, start, end })));

function score(detect) {
  const counts = { Name: { tp: 0, found: 0, expected: 0 }, Address: { tp: 0, found: 0, expected: 0 } };
  for (const c of cases) {
    const want = new Set(c.expect.map((s) => `${s.name}:${s.start}:${s.end}`));
    for (const s of c.expect) counts[s.name].expected++;
    const seen = new Set();
    for (const f of detect(c.text)) {
      const k = `${f.name}:${f.start}:${f.end}`;
      if (seen.has(k)) continue;
      seen.add(k);
      counts[f.name].found++;
      if (want.has(k)) counts[f.name].tp++;
    }
  }
  return counts;
}

function mbPerSecond(detect, texts, minMs) {
  const bytes = texts.reduce((n, t) => n + t.length, 0);
  let rounds = 0;
  const t0 = performance.now();
  do {
    for (const t of texts) detect(t);
    rounds++;
  } while (performance.now() - t0 < minMs);
  return (bytes * rounds) / 2 ** 20 / ((performance.now() - t0) / 1000);
}

const quick = process.argv.includes('--quick');
const texts = cases.map((c) => c.text);
const json = [makeJsonMessage(64 * 1024, 1), makeJsonMessage(64 * 1024, 2)];
const rows = [];
for (const [label, detect] of [['(a) first heuristics', v0], ['(b) compromise on candidate windows', viaCompromise], ['(c) grammar + lexicon (adopted), scan path', current], ['(c) same, pattern + validate only', currentRaw]]) {
  const s = score(detect);
  const f = (c, k) => (k === 'P' ? c.tp / Math.max(1, c.found) : c.tp / c.expected).toFixed(3);
  rows.push(`| ${label} | ${f(s.Name, 'P')} | ${f(s.Name, 'R')} | ${f(s.Address, 'P')} | ${f(s.Address, 'R')} | ${mbPerSecond(detect, texts, quick ? 300 : 1500).toFixed(2)} | ${mbPerSecond(detect, json, quick ? 300 : 1500).toFixed(2)} |`);
}
console.log(`Name and Address on ${cases.length} hand-labelled cases (${cases.flatMap((c) => c.expect).length} spans; exact start/end match)\n`);
console.log('| detector | Name P | Name R | Address P | Address R | MB/s, set texts | MB/s, 64 KB JSON |\n|---|---:|---:|---:|---:|---:|---:|');
console.log(rows.join('\n'));
