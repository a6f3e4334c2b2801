import { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { GatewayError, type OnboardingFailure, type ToolCardState } from '@opencp/onboarding';
import { buildBinding, buildResource, buildState, condition } from '@opencp/onboarding/testing';
import { EN } from '../i18n/en';
import { ToolCard } from '../overview/tool-card/tool-card';
import { DomHarness } from '../testing/dom-harness';
import { ConditionsList } from '../tool-page/conditions-list/conditions-list';
import { FailureMessage } from '../tool-page/failure-message/failure-message';
import { PermissionClaims } from '../tool-page/permission-claims/permission-claims';
import { ReadyPanel } from '../tool-page/ready-panel/ready-panel';
import { StatusHeader } from '../tool-page/status-header/status-header';
import { LONG_TEXT_CHARACTERS, LongText } from './long-text';

/** 10,000 characters without a break opportunity: what a hostile or broken server may send. */
const HUGE = 'x'.repeat(10_000);

async function render<T>(component: Type<T>, inputs: Record<string, unknown>) {
  const fixture = TestBed.createComponent(component);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  return { root, harness: new DomHarness(root, () => fixture.whenStable()) };
}

/** Every long text below `root` that shows `text` in full in the DOM, and whether each is clamped. */
function longTexts(root: HTMLElement, text: string): { clamped: boolean; toggle: string | null }[] {
  return Array.from(root.querySelectorAll('openmcp-long-text'))
    .filter((host) => host.querySelector('[data-testid="long-text"]')?.textContent === text)
    .map((host) => ({
      clamped: host.querySelector('[data-testid="long-text"]')!.classList.contains('clamped'),
      toggle: host.querySelector('[data-testid="long-text-toggle"]')?.textContent?.trim() ?? null,
    }));
}

describe('LongText', () => {
  it('shows a short text as it is, without a toggle', async () => {
    const { root, harness } = await render(LongText, { text: 'Ready', texts: EN });
    expect(harness.text('long-text')).toBe('Ready');
    expect(harness.has('long-text-toggle')).toBe(false);
    expect(root.querySelector('.clamped')).toBeNull();
  });

  it('clamps a text longer than the limit and toggles between the full text and the clamp', async () => {
    const { root, harness } = await render(LongText, { text: HUGE, texts: EN, lines: 2 });
    const text = harness.find('long-text')!;
    expect(text.textContent).toBe(HUGE); // the whole text stays in the DOM
    expect(text.classList.contains('clamped')).toBe(true);
    expect(text.style.getPropertyValue('--long-text-lines')).toBe('2');
    expect(harness.text('long-text-toggle')).toBe(EN.longText.more);
    expect(harness.find('long-text-toggle')!.getAttribute('aria-expanded')).toBe('false');

    await harness.click('long-text-toggle');
    expect(root.querySelector('.clamped')).toBeNull();
    expect(harness.text('long-text-toggle')).toBe(EN.longText.less);
    expect(harness.find('long-text-toggle')!.getAttribute('aria-expanded')).toBe('true');

    await harness.click('long-text-toggle');
    expect(text.classList.contains('clamped')).toBe(true);
  });

  it('clamps from one character past the limit', async () => {
    const atLimit = await render(LongText, { text: 'y'.repeat(LONG_TEXT_CHARACTERS), texts: EN });
    expect(atLimit.harness.has('long-text-toggle')).toBe(false);
    const past = await render(LongText, { text: 'y'.repeat(LONG_TEXT_CHARACTERS + 1), texts: EN });
    expect(past.harness.has('long-text-toggle')).toBe(true);
  });
});

describe('10,000-character server and catalog texts', () => {
  it('a condition message is clamped with a way to read it; type and reason wrap', async () => {
    const conditions = [condition('Ready', 'False', HUGE.slice(0, 500), HUGE)];
    const { root } = await render(ConditionsList, { conditions, errors: conditions, texts: EN });
    expect(longTexts(root, HUGE)).toEqual([{ clamped: true, toggle: EN.longText.more }]);
    expect(root.querySelector('[data-testid="condition"] .reason')?.textContent).toBe(HUGE.slice(0, 500));
  });

  it('a gateway error text in the failure strip is clamped, Retry and Dismiss stay', async () => {
    const failure: OnboardingFailure = { action: 'configure', error: new GatewayError('unknown', HUGE), retryable: true };
    const { root, harness } = await render(FailureMessage, { failure, texts: EN });
    expect(longTexts(root, HUGE)).toEqual([{ clamped: true, toggle: EN.longText.more }]);
    expect(harness.has('retry')).toBe(true);
    expect(harness.has('dismiss-error')).toBe(true);
  });

  it('the status header clamps a long label and description and keeps the status tag', async () => {
    const state = buildState({ step: 'ready', resource: buildResource({ phase: 'Ready' }), controlPlanePhase: HUGE });
    const tool = { ...state.tool, label: { en: HUGE, de: HUGE }, description: { en: HUGE, de: HUGE } };
    const { root, harness } = await render(StatusHeader, { state: { ...state, tool }, texts: EN, locale: 'en' });
    expect(longTexts(root, HUGE)).toEqual([
      { clamped: true, toggle: EN.longText.more },
      { clamped: true, toggle: EN.longText.more },
    ]);
    expect(harness.text('status')).toBe(EN.steps.ready);
  });

  it('the ready panel clamps a long installed version to one line', async () => {
    const state = buildState({ step: 'ready', resource: buildResource({ phase: 'Ready', spec: { version: HUGE } }) });
    const { root } = await render(ReadyPanel, { state, texts: EN, label: 'KRO' });
    expect(longTexts(root, HUGE)).toEqual([{ clamped: true, toggle: EN.longText.more }]);
  });

  it('the claims table shows long claim names in full (they wrap)', async () => {
    const binding = buildBinding({ exportClaims: [{ group: HUGE, resource: HUGE, identityHash: '', verbs: [HUGE] }] });
    const { harness } = await render(PermissionClaims, {
      state: buildState({ step: 'permission-claims', binding }),
      texts: EN,
      label: 'KRO',
    });
    const cells = Array.from(harness.find('claim')!.querySelectorAll('td'), (cell) => cell.textContent?.trim());
    expect(cells.map((cell) => cell === HUGE)).toEqual([true, true, true]);
  });

  it('an overview card clamps a long label, description and version', async () => {
    const state = buildState({ step: 'ready', resource: buildResource({ phase: 'Ready' }) });
    const tool = { ...state.tool, label: { en: HUGE, de: HUGE }, description: { en: HUGE, de: HUGE } };
    const card: ToolCardState = {
      tool,
      step: 'ready',
      status: null,
      bindingStatus: null,
      installedVersion: HUGE,
      binding: null,
      resource: null,
    } as unknown as ToolCardState;
    const { root } = await render(ToolCard, { card, texts: EN, locale: 'en' });
    expect(longTexts(root, HUGE)).toEqual([
      { clamped: true, toggle: EN.longText.more },
      { clamped: true, toggle: EN.longText.more },
    ]);
    expect(longTexts(root, EN.overview.version(HUGE))).toEqual([{ clamped: true, toggle: EN.longText.more }]);
  });
});
