/** The default engine in browser bundles (the `#regex-engine` import under the `browser` condition). */
export { re2jsEngine as defaultRegexEngine } from './re2js.js';
