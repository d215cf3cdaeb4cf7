/// <reference lib="dom" />
/**
 * The playground in a real browser: every example's verdict and marks, an edit, inline diagnostics,
 * keyboard use, a share link, offline loading, the time from keystroke to verdict, and a screenshot
 * of each pane (packages/playground/screenshots/, shown in the READMEs).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SnsCodes } from '@arbiter/sns-filter';
import { CHROMIUM_PRESENT, SCREENSHOTS, SKIP_REASON, startHarness, type Harness } from './browser-harness.js';

if (!CHROMIUM_PRESENT) console.warn(`playground browser tests skipped: ${SKIP_REASON}`);

/** Each seed example and what its verdict must say (the scenarios' stated outcomes, examples/). */
const EXPECTED: Array<{ id: string; pane: string; headline: string; mark?: { editor: string; kind: string; contains: string } }> = [
  { id: 'insurance-auto', pane: 'sns', headline: 'Delivered' },
  { id: 'insurance-home', pane: 'sns', headline: 'Filtered out', mark: { editor: 'message', kind: 'fail', contains: 'home-insurance-2314.xml' } },
  { id: 'attributes-store', pane: 'sns', headline: 'Filtered out', mark: { editor: 'policy', kind: 'decide', contains: 'example_corp' } },
  { id: 'ec2-state', pane: 'events', headline: 'No match', mark: { editor: 'event', kind: 'fail', contains: 'pending' } },
  { id: 'lambda-sqs', pane: 'events', headline: 'Record passed to the function', mark: { editor: 'pattern', kind: 'decide', contains: 'BBBB' } },
  { id: 'clinic-ssn', pane: 'dp', headline: 'Publish denied', mark: { editor: 'message', kind: 'finding', contains: '123-12-1234' } },
  { id: 'clinic-address', pane: 'dp', headline: 'Published; 1 of 2 deliveries denied', mark: { editor: 'policy', kind: 'decide', contains: 'deny-outbound-scheduling' } },
  { id: 'custom-employee-id', pane: 'dp', headline: 'Published and delivered', mark: { editor: 'message', kind: 'finding', contains: 'EID-123456789-US' } },
  { id: 'abac-other-project', pane: 'iam', headline: 'ImplicitDeny', mark: { editor: 'request', kind: 'fail', contains: 'eagle' } },
  { id: 'abac-create-tagged', pane: 'iam', headline: 'Allow', mark: { editor: 'policies', kind: 'decide', contains: 'CreateFunctionWithProjectTag' } },
  { id: 'abac-deny-guard', pane: 'iam', headline: 'ExplicitDeny', mark: { editor: 'policies', kind: 'decide', contains: 'DenyOtherProjects' } },
  { id: 'diff-auto-leads', pane: 'analysis', headline: 'Broader: NEW lets through everything OLD does, and more' },
  { id: 'diff-ec2-states', pane: 'analysis', headline: 'Narrower: NEW lets through a strict subset of what OLD does' },
];

/** The machine is shared: wait generously for the page, never for a fixed time. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000 });
const headline = (page: Page, pane: string) => page.locator(`#pane-${pane} [data-headline]`);
const markText = async (page: Page, pane: string, editor: string, kind: string): Promise<string> =>
  (await page.locator(`#pane-${pane} [data-editor=${editor}] [data-mark=${kind}]`).allTextContents()).join('');

/** Replaces an editor's text the way a paste does, with the keyboard. */
async function replaceText(page: Page, pane: string, editor: string, text: string): Promise<void> {
  await page.locator(`#pane-${pane} [data-editor=${editor}] .cm-content`).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
}

describe.skipIf(!CHROMIUM_PRESENT)(`playground in Chromium${CHROMIUM_PRESENT ? '' : ` (skipped: ${SKIP_REASON})`}`, () => {
  let h: Harness;
  let page: Page;

  beforeAll(async () => {
    h = await startHarness();
    page = await h.context.newPage();
    await page.goto(h.server.url);
  }, 180_000);
  afterAll(async () => h?.close(), 60_000);

  it('opens on the SNS pane with the first seed example decided', async () => {
    await poll(() => headline(page, 'sns').textContent()).toBe('Delivered');
    expect(await page.locator('#tab-sns').getAttribute('aria-selected')).toBe('true');
  });

  it.each(EXPECTED)('example $id: $headline, with its marks', async ({ id, pane, headline: expected, mark }) => {
    await page.locator(`#tab-${pane}`).click();
    await page.locator(`#pane-${pane} [data-example=${id}]`).click();
    await poll(() => headline(page, pane).textContent()).toBe(expected);
    if (mark) await poll(() => markText(page, pane, mark.editor, mark.kind)).toContain(mark.contains);
  });

  it('saves a screenshot of each pane', async () => {
    for (const [pane, example] of [['sns', 'insurance-home'], ['events', 'ec2-state'], ['dp', 'clinic-ssn'], ['iam', 'abac-other-project'], ['analysis', 'diff-ec2-states']] as const) {
      await page.locator(`#tab-${pane}`).click();
      await page.locator(`#pane-${pane} [data-example=${example}]`).click();
      await page.locator(`#pane-${pane} [data-headline]`).waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, `${pane}.png`) });
    }
  });

  it('updates the verdict and the marks as a policy is edited, with errors inline in AWS words', async () => {
    await page.locator('#tab-sns').click();
    await page.locator('#pane-sns [data-example=insurance-home]').click();
    await poll(() => markText(page, 'sns', 'policy', 'decide')).toContain('auto-');
    await replaceText(page, 'sns', 'policy', '{"Records": {"s3": {"object": {"key": [{"prefix": "home-"}]}}}}');
    await poll(() => headline(page, 'sns').textContent()).toBe('Delivered');
    expect(await markText(page, 'sns', 'message', 'fail')).toBe('');

    await replaceText(page, 'sns', 'policy', '{"Records": {"s3": {"object": {"key": [{"suffix": 100}]}}}}');
    await poll(() => headline(page, 'sns').textContent()).toBe('The filter policy is invalid');
    await poll(() => page.locator('#pane-sns [data-editor=policy] .cm-lintRange-error').allTextContents()).toEqual(['"suffix": 100']);
    expect(await page.locator('#pane-sns .problem').allTextContents()).toEqual([
      `error ${SnsCodes.operandNotString}: Invalid parameter: Attributes Reason: FilterPolicy: suffix match pattern must be a string`,
    ]);
  });

  it('diffs two policies as they are edited: relation, witnesses, the language switch', async () => {
    await page.locator('#tab-analysis').click();
    await page.locator('#pane-analysis [data-example=diff-ec2-states]').click();
    await poll(() => page.locator('#pane-analysis .details').textContent()).toMatch(/An event only OLD lets through: \{.*"state":"stopped"/);
    await replaceText(page, 'analysis', 'new', '{"source": ["aws.ec2"], "detail-type": ["EC2 Instance State-change Notification"], "detail": {"state": ["running", "stopped", "pending"]}}');
    await poll(() => headline(page, 'analysis').textContent()).toBe('Broader: NEW lets through everything OLD does, and more');
    expect(await page.locator('#pane-analysis .details').textContent()).toContain('"state":"pending"');
    await replaceText(page, 'analysis', 'old', '{"a": ["x", "y"]}');
    await replaceText(page, 'analysis', 'new', '{"$or": [{"a": ["x"]}, {"a": ["y"]}]}');
    await page.locator('#analysis-language').selectOption('SNS MessageAttributes');
    await poll(() => headline(page, 'analysis').textContent()).toBe('Equivalent: NEW lets through exactly what OLD does');
    await replaceText(page, 'analysis', 'new', '{"a": [{"prefix": 5}]}');
    await poll(() => page.locator('#pane-analysis [data-editor=new] .cm-lintRange-error').count()).toBe(1);
    await page.locator('#tab-sns').click(); // the next test types into the SNS pane
  });

  it('measures the time from keystroke to verdict, and the debounce holds', async () => {
    await page.locator('#pane-sns [data-example=insurance-auto]').click();
    await replaceText(page, 'sns', 'policy', '{"Records": {"s3": {"object": {"key": [{"prefix": "auto-"}]}}}');
    await poll(() => headline(page, 'sns').textContent()).toBe('The filter policy is invalid');
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      await page.evaluate(() => {
        const w = window as unknown as { t0?: number; t1?: number };
        w.t0 = w.t1 = undefined;
        document.addEventListener('keydown', () => (w.t0 = performance.now()), { capture: true, once: true });
        const verdict = document.querySelector('#pane-sns [data-verdict]')!;
        new MutationObserver((_, observer) => {
          w.t1 = performance.now();
          observer.disconnect();
        }).observe(verdict, { attributes: true, attributeFilter: ['data-renders'] });
      });
      await page.keyboard.press(i % 2 === 0 ? '}' : 'Backspace');
      await page.waitForFunction(() => (window as unknown as { t1?: number }).t1 !== undefined);
      times.push(await page.evaluate(() => { const w = window as unknown as { t0: number; t1: number }; return w.t1 - w.t0; }));
      expect(await headline(page, 'sns').textContent()).toBe(i % 2 === 0 ? 'Delivered' : 'The filter policy is invalid');
    }
    const evaluations = await page.evaluate(() => performance.getEntriesByName('arbiter:verdict:sns').map((e) => e.duration));
    const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    console.log(`keystroke → verdict: median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms (120 ms of it the debounce); evaluation alone: median ${median(evaluations).toFixed(2)} ms over ${evaluations.length}`);
    expect(times.every((t) => t >= 120)).toBe(true); // the debounce holds: no verdict before the typist pauses
  });

  it('round-trips a share link', async () => {
    await page.locator('#tab-dp').click();
    await page.locator('#pane-dp [data-example=clinic-address]').click();
    await replaceText(page, 'dp', 'message', 'Call 206-555-0100 — SSN 123-12-1234');
    await poll(() => headline(page, 'dp').textContent()).toBe('Publish denied');
    await page.locator('#share').click();
    const link = await page.locator('#share-link').inputValue();
    expect(link).toMatch(/#s=[A-Za-z0-9+\-$]+$/);
    const other = await h.context.newPage();
    await other.goto(link);
    await poll(() => headline(other, 'dp').textContent()).toBe('Publish denied');
    expect(await other.locator('#tab-dp').getAttribute('aria-selected')).toBe('true');
    expect(await markText(other, 'dp', 'message', 'finding')).toContain('123-12-1234');
    expect(await other.evaluate(() => location.hash)).toBe(new URL(link).hash); // every input came back
    await other.close();
  });

  it('is usable from the keyboard and labelled for screen readers', async () => {
    await page.locator('#tab-sns').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-events');
    expect(await page.locator('#pane-events').isVisible()).toBe(true);
    expect(await page.locator('#pane-sns').isVisible()).toBe(false);
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('.cm-content')].filter((c) => !document.getElementById(c.getAttribute('aria-labelledby') ?? '')?.textContent).length,
    );
    expect(unlabelled).toBe(0);
    expect(await page.locator('[data-verdict][role=status][aria-live=polite]').count()).toBe(await page.locator('[role=tab]').count());
  });

  it('loads nothing from any other origin (works offline)', () => {
    const foreign = h.requests.filter((u) => !u.startsWith(h.server.url) && !u.startsWith('data:'));
    expect(h.requests.length).toBeGreaterThan(2);
    expect(foreign).toEqual([]);
  });
});
