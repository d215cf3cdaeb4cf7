/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The page: tabs of panes, live verdicts (debounced) as the user types, and a share link that is
 * always the URL (the state compressed into the hash). Everything runs here; nothing is sent.
 */
import { h } from './dom.js';
import { EXAMPLES, seedState } from './examples.js';
import { PANES } from './panes/index.js';
import { createPaneView, type PaneView } from './panes/view.js';
import { decodeState, encodeState } from './share.js';
import type { PaneId, PlaygroundState } from './state.js';
import type { PaneResult } from './verdicts/types.js';

/** Long enough to skip work between keystrokes of a fast typist, short enough to feel live. */
const DEBOUNCE_MS = 120;

/** The libraries never throw on input; should one have a bug, the pane says so instead of freezing. */
function safely(evaluate: () => PaneResult): PaneResult {
  try {
    return evaluate();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { verdict: { tone: 'invalid', headline: 'Internal error (please report it)', details: [message] }, marks: [], diagnostics: [] };
  }
}

function start(root: HTMLElement): void {
  let state: PlaygroundState = decodeState(location.hash, seedState()) ?? seedState();
  const views = new Map<PaneId, PaneView>();
  const timers = new Map<PaneId, ReturnType<typeof setTimeout>>();

  const evaluate = (id: PaneId): void => {
    const spec = PANES.find((p) => p.id === id)!;
    const view = views.get(id)!;
    const started = performance.now();
    state = spec.write(state, view.values());
    view.render(safely(() => spec.evaluate(state)));
    // Read by the browser tests: how long validation, evaluation and marking took.
    performance.measure(`arbiter:verdict:${id}`, { start: started });
    history.replaceState(null, '', encodeState(state));
  };
  const schedule = (id: PaneId): void => {
    clearTimeout(timers.get(id));
    timers.set(id, setTimeout(() => evaluate(id), DEBOUNCE_MS));
  };

  const tabs = h('div', { role: 'tablist', 'aria-label': 'Policy languages', class: 'tabs' });
  const select = (id: PaneId, focus = false): void => {
    state = { ...state, pane: id };
    for (const b of tabs.querySelectorAll<HTMLButtonElement>('[role=tab]')) {
      const on = b.dataset.pane === id;
      b.setAttribute('aria-selected', String(on));
      b.tabIndex = on ? 0 : -1;
      if (on && focus) b.focus();
    }
    for (const [pid, v] of views) v.element.hidden = pid !== id;
    history.replaceState(null, '', encodeState(state));
  };
  PANES.forEach((spec, i) => {
    const tab = h('button', { type: 'button', role: 'tab', id: `tab-${spec.id}`, 'aria-controls': `pane-${spec.id}`, 'data-pane': spec.id }, spec.tab);
    tab.addEventListener('click', () => select(spec.id));
    // Arrow keys move between tabs, as the WAI-ARIA tabs pattern has it.
    tab.addEventListener('keydown', (e) => {
      const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (step) select(PANES[(i + step + PANES.length) % PANES.length]!.id, true);
    });
    tabs.append(tab);
  });

  const shareField = h('input', { id: 'share-link', readonly: '', class: 'share-field', 'aria-label': 'Share link' });
  const shareButton = h('button', { type: 'button', id: 'share' }, 'Copy share link');
  shareButton.addEventListener('click', () => {
    shareField.value = location.href;
    shareField.select();
    void navigator.clipboard?.writeText(location.href).then(
      () => (shareButton.textContent = 'Link copied'),
      () => (shareButton.textContent = 'Copy the link from the field'),
    );
  });

  root.append(h('div', { class: 'toolbar' }, tabs, h('div', { class: 'share' }, shareButton, shareField)));
  for (const spec of PANES) {
    const view = createPaneView(spec, EXAMPLES.filter((e) => e.pane === spec.id), state, {
      onEdit: () => schedule(spec.id),
      onExample: (example) => {
        state = example.apply(state);
        view.load(state);
        evaluate(spec.id);
      },
    });
    views.set(spec.id, view);
    root.append(view.element);
    evaluate(spec.id);
  }
  select(state.pane);
  // A share link pasted into the same tab changes only the hash.
  window.addEventListener('hashchange', () => {
    const next = decodeState(location.hash, state);
    if (!next) return;
    state = next;
    for (const [id, v] of views) {
      v.load(state);
      evaluate(id);
    }
    select(state.pane);
  });
}

start(document.getElementById('app')!);
