/**
 * What a pane shows for its inputs: the verdict, marks on the deciding path, and diagnostics at
 * their place. Computed by pure functions (verdicts/*.ts) so Node tests can check them directly.
 */

/** `decide`: what decided (failing key, deciding statement); `finding`: a sensitive-data span; `pass`/`fail`: a condition's outcome. */
export type MarkKind = 'decide' | 'finding' | 'pass' | 'fail';

export interface Mark {
  /** The editor the mark belongs to (`policy`, `message`, `principals`, `policies`, `request`). */
  doc: string;
  from: number;
  to: number;
  kind: MarkKind;
  /** Shown on hover: the reason or the resolved values. */
  title: string;
}

export interface InlineDiagnostic {
  doc: string;
  from: number;
  to: number;
  severity: 'error' | 'warning';
  code: string;
  /** AWS's text where AWS has one. */
  message: string;
}

export interface Verdict {
  /** `pass`: delivered/published/allowed; `fail`: filtered out/denied; `invalid`: an input does not validate. */
  tone: 'pass' | 'fail' | 'invalid';
  headline: string;
  details: string[];
}

export interface PaneResult {
  verdict: Verdict;
  marks: Mark[];
  diagnostics: InlineDiagnostic[];
}
