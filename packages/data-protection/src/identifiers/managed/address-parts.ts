/**
 * The pieces of the Address grammar, per national format. Bounded repetition everywhere (no
 * nested unbounded quantifiers), so the pattern stays linear on hostile input.
 */
const CAP = "\\p{Lu}[\\p{L}'’.-]{0,30}";
const WORD = "[\\p{L}'’.-]{1,30}";
const SEP = '(?:, ?|,?\\n| )';
/** A place name word: no trailing full stop unless an abbreviation ("St. John's"). */
const PLACE_WORD = "\\p{Lu}(?:[\\p{L}'’-]{0,30}|[a-z]{1,3}\\.)";
const CITY = `${PLACE_WORD}(?: ${PLACE_WORD}){0,2}`;
const NUMBER = '\\d{1,6}[A-Za-z]?(?:[/-]\\d{1,5}[A-Za-z]?)?';

/** Street types of the English street line ("123 Main St"). */
const SUFFIX_WORDS =
  'St Street Ave Avenue Rd Road Blvd Boulevard Dr Drive Ln Lane Way Ct Court Pl Place Ter Terrace Pkwy Parkway Hwy Highway Sq Square Cir Circle Trl Trail Row Close Crescent Cres Gardens Mews Hill Walk Park Loop Grove Parade Esplanade Quay Wharf Green Broadway'.split(' ');
const SUFFIX = `(?:${SUFFIX_WORDS.join('|')})\\.?`;
/** Street types written before the name in Canadian French ("1234 Rue Sainte-Catherine O"). */
const PREFIX_WORDS = ['Rue', 'Boulevard', 'Chemin', 'Avenue', 'Route'];
const DIRECTION = '(?: (?:N|S|E|W|NE|NW|SE|SW|O)\\b\\.?)?';
const UNIT = '(?:Unit|Flat|Apartment|Apt|Suite|Ste|Shop|Level)\\.? [\\w-]{1,6}';
/** Unit after the street: "Apt 12B", "Suite 3300", "#210", ", Suite 800". */
const UNIT_AFTER = `(?:,? (?:${UNIT}|#\\s?[\\w-]{1,6}))?`;
/** "123 Main St", "2500 W Lake Street Apt 12B", "1234 Rue Sainte-Catherine O", "1000 Broadway #210". */
const ENGLISH_STREET = `${NUMBER} (?:(?:N|S|E|W)\\.? )?(?:(?:${CAP}|\\d{1,3}(?:st|nd|rd|th)) ){0,4}${SUFFIX}${DIRECTION}|${NUMBER} (?:${PREFIX_WORDS.join('|')}) (?:${WORD} ){0,3}${CAP}${DIRECTION}`;
const PO_BOX = '(?:P\\.? ?O\\.?|Post Office) Box \\d{1,6}(?:, Station [A-Z])?';
/**
 * Every street line of the English form holds one of these words, each after a space and before a
 * non-word character: its street type, or `Box` of a PO box.
 */
export const ENGLISH_STREET_WORDS: readonly string[] = [...SUFFIX_WORDS, ...PREFIX_WORDS, 'Box'];
/** Street line of US/CA/GB/AU addresses, with a unit before ("Flat 3, ") or after it. */
export const ENGLISH_STREET_LINE = `(?:${UNIT},? )?(?:(?:${ENGLISH_STREET})${UNIT_AFTER}|${PO_BOX})`;

const US_ZIP = '\\d{5}(?:-\\d{4})?';
const UK_POSTCODE = '[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}';
const CA_POSTCODE = '[A-Z]\\d[A-Z] ?\\d[A-Z]\\d';
const AU_STATE = '(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)';
/** "Springfield, IL 62704" / "Toronto, ON M5H 2S6" / "London NW1 6XE" / "Sydney NSW 2000"; up to two place names. */
export const ENGLISH_PLACE = `${SEP}${CITY}(?:, ${CITY})?(?:,? [A-Z]{2},? ${US_ZIP}|,? ${US_ZIP}(?:,? [A-Z]{2}(?![\\p{L}\\p{N}]))?|,? [A-Z]{2},? ${CA_POSTCODE}|,?\\s${UK_POSTCODE}|,? ${AU_STATE},? \\d{4})`;

/** "10115 Berlin", "60313 Frankfurt am Main", "80121 Napoli NA": postcode before the city, as in FR DE IT ES. */
const EU_PLACE = `${SEP}(?:- )?\\d{5} ${CITY}(?: (?:am|an der|sur|sul|de) ${CAP})?(?: [A-Z]{2}(?![\\p{L}\\p{N}]))?`;
/** "18 rue de la Paix", "3 bis rue Victor Hugo", "5, place Bellecour", "BP 42". */
const FRENCH = `(?:\\d{1,4}(?: bis| ter)?,? (?:rue|avenue|av\\.|boulevard|bd|place|chemin|allée|impasse|quai|route|cours|square) (?:${WORD} ){0,4}${WORD}|BP \\d{1,5})`;
/** "Musterstraße 12", "Unter den Linden 77", "Goethestr. 14", "Am Markt 3", "Postfach 10 12 34". */
/**
 * Implied by the German street form (at most 37 name characters, then ` ` and the house number),
 * so it changes no match; it rejects an ordinary capitalised word at once, instead of trying every
 * suffix at every split of it (the Address pattern runs twice as fast with it).
 */
export const GERMAN_STREET_CHECK = "(?=[\\p{L}'’.-]{0,37} \\d)";
const GERMAN = `(?:(?:\\p{Lu}${GERMAN_STREET_CHECK}[\\p{L}'’.-]{0,30}(?:straße|strasse|str\\.|weg|allee|platz|gasse|ring|damm|ufer|markt)|(?:Am|An der|Auf der|Im|In der|Unter den|Zum|Zur) ${CAP}) \\d{1,4}[a-z]?|Postfach \\d{1,3}(?: \\d{2}){0,3})`;
/** "Via Roma 10", "Via Giuseppe Garibaldi, 25", "Calle de Alcalá 45", "C/ Gran Vía, 28", "Passeig de Gràcia 43". */
const SOUTHERN = `(?:Via|Viale|Piazza|Piazzale|Corso|Largo|Vicolo|Calle|C/|Avenida|Avda\\.|Plaza|Paseo|Passeig|Carrer|Camino|Ronda|Rambla|Rua) (?:${WORD} ){0,4}${WORD},? \\d{1,4}[A-Za-z]?(?:, \\d{1,2}º ?[A-Z]?)?`;
export const CONTINENTAL = `(?:${FRENCH}|${GERMAN}|${SOUTHERN})${EU_PLACE}`;
