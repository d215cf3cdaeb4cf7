export { runCli, buildProgram } from './program.js';
export type { CliIo } from './io.js';
export { EXIT_OK, EXIT_NEGATIVE, EXIT_USAGE, CliInputError } from './io.js';
