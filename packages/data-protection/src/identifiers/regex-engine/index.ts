/** The regex interface and the back ends safe to import anywhere (re2js is pure JavaScript). */
export type { EngineRegex, RegexEngine, RegexMatcher } from './types.js';
export { isCompileError } from './types.js';
export { re2jsEngine } from './re2js.js';
