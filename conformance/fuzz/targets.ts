/**
 * The fuzz targets: one family per evaluator package. A family generates *setups* (a policy, a
 * pattern, a scanner's identifiers) and *inputs* (messages, events, requests, texts); each setup
 * is prepared once (validated and compiled by every implementation) and every input of the batch
 * goes through it, so the run spends its time evaluating, not compiling. Every evaluator of a
 * family answers each input with a string; answers that differ are a disagreement.
 */
import type fc from 'fast-check';
import { dpFamily } from './targets/data-protection.js';
import { eventPatternFamily } from './targets/event-pattern.js';
import { iamFamily } from './targets/iam.js';
import { lambdaFamily } from './targets/lambda-records.js';
import { snsFamily } from './targets/sns-filter.js';
import { templateFamily } from './targets/template.js';

/** One setup, validated and compiled by every implementation. */
export interface Prepared<I> {
  /** Each evaluator's answer to one input (equal strings mean agreement). */
  evaluate: ReadonlyArray<readonly [evaluator: string, answer: (input: I) => string]>;
  /** Set when the implementations already disagree on the setup (one refuses what another accepts). */
  problem?: string;
  /** The setup (and input, when there is one) as corpus cases, with the first evaluator's answer as `expect`. */
  asCases(input: I | undefined, answers: Readonly<Record<string, string>>): Array<Record<string, unknown>>;
}

export interface Family<S, I> {
  /** Counterexamples go to `conformance/local/fuzz-<name>.jsonl`. */
  name: string;
  /** The evaluators' names, as `prepare` returns them. */
  evaluators: readonly string[];
  setups: fc.Arbitrary<S>;
  inputs: fc.Arbitrary<I>;
  /** Setups and inputs per batch: every input goes through every setup. */
  batch: { setups: number; inputs: number };
  /** Size in characters, for time per byte. */
  setupSize(setup: S): number;
  inputSize(input: I): number;
  prepare(setup: S): Prepared<I>;
}

export type AnyFamily = Family<unknown, unknown>;

export const FAMILIES: readonly AnyFamily[] = [snsFamily, dpFamily, iamFamily, eventPatternFamily, lambdaFamily, templateFamily] as unknown as AnyFamily[];
