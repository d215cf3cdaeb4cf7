/** A bundled example scenario: runs on files in its folder and checks its own expected outcomes. */
import type { CliIo } from '../io.js';

export interface ScenarioReport {
  title: string;
  /** Lines for people. */
  lines: string[];
  /** Machine-readable results. */
  results: unknown[];
  /** Expectations stated in the example files that did not hold. */
  mismatches: string[];
}

export interface Scenario {
  /** Folder name under examples/. */
  folder: string;
  run(dir: string, io: CliIo): ScenarioReport;
}
