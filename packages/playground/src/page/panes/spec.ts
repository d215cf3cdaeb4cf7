/**
 * A pane: which editors it has, how they read and write the page state, and the pure function
 * that turns its inputs into a verdict. Adding a language (the event-pattern and analysis panes)
 * means adding one spec to panes/index.ts, a state slice and a verdict function.
 */
import type { PaneId, PlaygroundState } from '../state.js';
import type { PaneResult } from '../verdicts/types.js';

export interface EditorSpec {
  /** Matches `Mark.doc` / `InlineDiagnostic.doc`. */
  key: string;
  label: string;
  hint: string;
}

export interface ChoiceSpec {
  key: string;
  label: string;
  options: readonly string[];
}

export interface PaneSpec {
  id: PaneId;
  tab: string;
  intro: string;
  editors: readonly EditorSpec[];
  choices?: readonly ChoiceSpec[];
  /** The texts and choices of this pane, by key. */
  read(state: PlaygroundState): Record<string, string>;
  write(state: PlaygroundState, values: Record<string, string>): PlaygroundState;
  evaluate(state: PlaygroundState): PaneResult;
}
