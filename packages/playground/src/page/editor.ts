/// <reference lib="dom" />
/**
 * One JSON editor: CodeMirror 6 with JSON highlighting, inline diagnostics (@codemirror/lint) and
 * marks on the deciding path (a decoration field replaced on every verdict).
 */
import { basicSetup } from 'codemirror';
import { json } from '@codemirror/lang-json';
import { lintGutter, setDiagnostics, type Diagnostic as LintDiagnostic } from '@codemirror/lint';
import { StateEffect, StateField, type Range } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';
import type { InlineDiagnostic, Mark } from './verdicts/types.js';

const setMarks = StateEffect.define<DecorationSet>();

const marksField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    for (const e of tr.effects) if (e.is(setMarks)) return e.value;
    return marks.map(tr.changes);
  },
  provide: (field) => EditorView.decorations.from(field),
});

export interface JsonEditor {
  readonly view: EditorView;
  text(): string;
  setText(text: string): void;
  show(marks: readonly Mark[], diagnostics: readonly InlineDiagnostic[]): void;
  /** Moves the cursor to `from` and focuses the editor (diagnostic links use it). */
  reveal(from: number): void;
}

export function createJsonEditor(parent: HTMLElement, labelId: string, text: string, onChange: () => void): JsonEditor {
  const view = new EditorView({
    parent,
    doc: text,
    extensions: [
      basicSetup,
      json(),
      lintGutter(),
      marksField,
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-labelledby': labelId }),
      EditorView.updateListener.of((u) => {
        if (u.docChanged) onChange();
      }),
    ],
  });
  const clamp = (n: number): number => Math.max(0, Math.min(n, view.state.doc.length));
  return {
    view,
    text: () => view.state.doc.toString(),
    setText(next) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next } });
    },
    show(marks, diagnostics) {
      const ranges: Array<Range<Decoration>> = [];
      for (const m of marks) {
        const from = clamp(m.from);
        const to = clamp(m.to);
        if (to > from) ranges.push(Decoration.mark({ class: `arb-mark arb-${m.kind}`, attributes: { title: m.title, 'data-mark': m.kind } }).range(from, to));
      }
      const lint: LintDiagnostic[] = diagnostics.map((d) => {
        const from = clamp(d.from);
        return { from, to: Math.max(from, clamp(d.to)), severity: d.severity, message: d.message, source: d.code };
      });
      const effects: Array<StateEffect<unknown>> = [setMarks.of(Decoration.set(ranges, true))];
      // Bring the deciding path into sight, but never scroll the editor the user is typing in.
      const first = ranges[0];
      if (first && !view.hasFocus) effects.push(EditorView.scrollIntoView(first.from, { y: 'center' }));
      view.dispatch(setDiagnostics(view.state, lint), { effects });
    },
    reveal(from) {
      view.dispatch({ selection: { anchor: clamp(from) }, scrollIntoView: true });
      view.focus();
    },
  };
}
