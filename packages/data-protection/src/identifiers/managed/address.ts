/**
 * Postal addresses. AWS finds them with machine learning and requires a city/place and a postal
 * code; this is a deterministic street-address grammar: a house number and street (US/UK/AU/CA
 * order, or FR/DE/IT/ES forms), then a city and a postal code in either order, optionally a state.
 */
import type { ManagedIdentifier } from '../types.js';

const CAP = "[A-ZÀ-Ý][a-zà-ÿß'’-]+";
const WORD = "[A-Za-zÀ-ÿß'’-]+";
const SUFFIX =
  '(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Ter|Terrace|Pkwy|Parkway|Hwy|Highway|Sq|Square|Cir|Circle|Trl|Trail|Row|Close|Crescent|Cres|Gardens|Mews|Hill|Walk|Park)\\.?';
const DIRECTION = '(?: (?:N|S|E|W|NE|NW|SE|SW)\\b\\.?)?';
const STATE = '[A-Z]{2}';
const US_ZIP = '\\d{5}(?:-\\d{4})?';
const UK_POSTCODE = '[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}';
const EU_POSTCODE = '\\d{4,5}';
const CA_POSTCODE = '[A-Z]\\d[A-Z] ?\\d[A-Z]\\d';
const CITY = `${CAP}(?: ${CAP}){0,2}`;

/** "123 Main St, Springfield, IL 62704" / "410 Terry Ave N, Seattle 98109, WA" / "221B Baker Street, London NW1 6XE". */
const ENGLISH_STREET = `\\d{1,6}[A-Za-z]? (?:${CAP} ){1,3}${SUFFIX}${DIRECTION}`;
const ENGLISH_PLACE =
  `,? ${CITY}(?:,? ${STATE},? ${US_ZIP}|,? ${US_ZIP}(?:,? ${STATE}(?![A-Za-z]))?|,? ${UK_POSTCODE}|,? ${STATE},? ${CA_POSTCODE}|,? ${CA_POSTCODE})`;
/** "Musterstraße 12, 10115 Berlin". */
const GERMAN = `${CAP}(?:straße|strasse|str\\.|weg|allee|platz|gasse|ring|damm) \\d{1,4}[a-z]?,? ${EU_POSTCODE} ${CITY}`;
/** "18 rue de la Paix, 75002 Paris". */
const FRENCH = `\\d{1,4}(?: bis| ter)?,? (?:rue|avenue|av\\.|boulevard|bd|place|chemin|allée|impasse|quai|route) (?:${WORD} ){0,4}${CAP},? ${EU_POSTCODE} ${CITY}`;
/** "Via Roma 10, 00184 Roma" / "Calle Mayor 5, 28013 Madrid". */
const SOUTHERN = `(?:Via|Viale|Piazza|Corso|Calle|Avenida|Plaza|Paseo|Carrer|Rua) (?:${WORD} ){0,4}\\d{1,4}[A-Za-z]?,? ${EU_POSTCODE} ${CITY}`;

export const address: ManagedIdentifier = {
  name: 'Address',
  category: 'Personal',
  pattern: new RegExp(`(?<![\\w-])(?:${ENGLISH_STREET}${ENGLISH_PLACE}|${GERMAN}|${FRENCH}|${SOUTHERN})(?![\\w-])`, 'g'),
  hint: (text) => /\d/.test(text),
  note: 'ML at AWS; deterministic street grammar here (needs a city and a postal code)',
};
