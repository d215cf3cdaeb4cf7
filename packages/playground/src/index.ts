/**
 * @arbiter/playground, Node side: serves the built page (`dist/page/`). The page itself runs
 * every evaluator in the browser; see build-page.mjs and src/page/.
 */
export { servePlayground, pageRoot, type ServeOptions, type RunningServer } from './server/serve.js';
