/** The default engine where Node runs (the `#regex-engine` import without the `browser` condition). */
export { re2Engine as defaultRegexEngine } from './re2-node.js';
