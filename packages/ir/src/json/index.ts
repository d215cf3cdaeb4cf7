/**
 * The JSON reading kit: one grammar, read straight from text by index, shared by the safe parser
 * (safe-json.ts), the SNS router's lazy body walk and the data protection scanner's leaf index.
 * Readers return the index after what they read, or -1 when the text is not JSON there.
 */
export { isHexDigit, literalValue, skipLiteral, skipWhitespace, startsNumber } from './lexer.js';
export { isJsonText, skipEscape, skipNumber, skipScalar, skipString, skipValue, SKIP_TOO_DEEP } from './skip.js';
export { ARRAY_PATTERN_DEPTH, ARRAY_PATTERN_MAX_TEXT, matchMemberRun, matchNumberArray, matchShallowValue, memberRunPattern } from './shallow-pattern.js';
export { decodeStringContent, readString, type TokenEnd } from './read-string.js';
export { exactNumber, scanNumber, type NumberToken } from './read-number.js';
export { isBytes, textOfBytes } from './text-of-bytes.js';
