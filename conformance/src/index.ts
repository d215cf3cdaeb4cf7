export * from './load.js';
export * from './known-failing.js';
export * from './run.js';
export * from './report.js';
export { caseRunners } from './runners.js';
