/// <reference lib="dom" />
/**
 * The DOM of one pane: its example buttons, choices, labelled editors and the verdict region
 * (announced politely to screen readers). It reports edits; main.ts decides when to evaluate.
 */
import { h } from '../dom.js';
import { createJsonEditor, type JsonEditor } from '../editor.js';
import type { Example } from '../examples.js';
import type { PlaygroundState } from '../state.js';
import type { PaneResult } from '../verdicts/types.js';
import type { PaneSpec } from './spec.js';

export interface PaneView {
  readonly element: HTMLElement;
  /** The current texts and choices, by key. */
  values(): Record<string, string>;
  /** Replaces the inputs (an example or a share link). */
  load(state: PlaygroundState): void;
  render(result: PaneResult): void;
}

export interface PaneHandlers {
  onEdit: () => void;
  onExample: (example: Example) => void;
}

export function createPaneView(spec: PaneSpec, examples: readonly Example[], state: PlaygroundState, handlers: PaneHandlers): PaneView {
  const values = spec.read(state);
  const element = h('section', { id: `pane-${spec.id}`, role: 'tabpanel', 'aria-labelledby': `tab-${spec.id}`, class: 'pane', 'data-pane': spec.id });
  element.append(h('p', { class: 'intro' }, spec.intro));

  const exampleBar = h('div', { class: 'examples', role: 'group', 'aria-label': 'Examples' }, h('span', { class: 'examples-label' }, 'Examples:'));
  for (const ex of examples) {
    const button = h('button', { type: 'button', 'data-example': ex.id }, ex.title);
    button.addEventListener('click', () => handlers.onExample(ex));
    exampleBar.append(button);
  }
  element.append(exampleBar);

  const selects = new Map<string, HTMLSelectElement>();
  for (const choice of spec.choices ?? []) {
    const id = `${spec.id}-${choice.key}`;
    const select = h('select', { id, 'data-choice': choice.key }, ...choice.options.map((o) => h('option', { value: o }, o)));
    select.value = values[choice.key] ?? choice.options[0]!;
    select.addEventListener('change', handlers.onEdit);
    selects.set(choice.key, select);
    element.append(h('div', { class: 'choice' }, h('label', { for: id }, choice.label), select));
  }

  const grid = h('div', { class: `editors editors-${spec.editors.length}` });
  const editors = new Map<string, JsonEditor>();
  for (const e of spec.editors) {
    const labelId = `${spec.id}-${e.key}-label`;
    const host = h('div', { class: 'editor', 'data-editor': e.key });
    grid.append(h('div', { class: 'editor-box' }, h('h3', { id: labelId, class: 'editor-label' }, e.label), h('p', { class: 'hint' }, e.hint), host));
    editors.set(e.key, createJsonEditor(host, labelId, values[e.key] ?? '', handlers.onEdit));
  }
  element.append(grid);

  const verdict = h('div', { class: 'verdict', role: 'status', 'aria-live': 'polite', 'data-verdict': '' });
  element.append(h('h3', { class: 'verdict-title' }, 'Verdict'), verdict);

  return {
    element,
    values() {
      const out: Record<string, string> = {};
      for (const [k, ed] of editors) out[k] = ed.text();
      for (const [k, s] of selects) out[k] = s.value;
      return out;
    },
    load(next) {
      const v = spec.read(next);
      for (const [k, ed] of editors) if (ed.text() !== v[k]) ed.setText(v[k] ?? '');
      for (const [k, s] of selects) s.value = v[k] ?? s.value;
    },
    render(result) {
      for (const [k, ed] of editors) ed.show(result.marks.filter((m) => m.doc === k), result.diagnostics.filter((d) => d.doc === k));
      verdict.dataset.tone = result.verdict.tone;
      verdict.dataset.renders = String(Number(verdict.dataset.renders ?? 0) + 1);
      const problems = result.diagnostics.map((d) => {
        const link = h('button', { type: 'button', class: `problem problem-${d.severity}` }, `${d.severity} ${d.code}: ${d.message}`);
        link.addEventListener('click', () => editors.get(d.doc)?.reveal(d.from));
        return h('li', {}, link);
      });
      verdict.replaceChildren(
        h('p', { class: 'headline', 'data-headline': '' }, result.verdict.headline),
        h('ul', { class: 'details' }, ...result.verdict.details.map((d) => h('li', {}, d))),
        ...(problems.length ? [h('ul', { class: 'problems', 'aria-label': 'Problems (select one to jump to it)' }, ...problems)] : []),
      );
    },
  };
}
