import { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { GatewayError, PREVIOUS_SPEC_ANNOTATION, type OnboardingState } from '@opencp/onboarding';
import { buildBinding, buildProvidersTool, buildResource, buildState, condition } from '@opencp/onboarding/testing';
import { DE } from '../i18n/de';
import { EN } from '../i18n/en';
import { ConditionDetails } from './condition-details/condition-details';
import { DeactivatingPanel } from './deactivating-panel/deactivating-panel';
import { InstallingPanel } from './installing-panel/installing-panel';
import { ReadyPanel } from './ready-panel/ready-panel';
import { StatusHeader } from './status-header/status-header';
import { ELAPSED_TICK_MS, StepsIndicator } from './steps-indicator/steps-indicator';
import { ToolPageHarness } from './tool-page.harness';

async function render<T>(component: Type<T>, inputs: Record<string, unknown>) {
  const fixture = TestBed.createComponent(component);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  await fixture.whenStable();
  return {
    fixture,
    page: new ToolPageHarness(fixture.nativeElement, () => fixture.whenStable()),
    root: fixture.nativeElement as HTMLElement,
  };
}

const NOW = Date.parse('2026-11-29T12:00:00Z');
const stepItems = (root: HTMLElement) =>
  Array.from(root.querySelectorAll('li[data-step-id]')).map((item) => ({
    id: item.getAttribute('data-step-id'),
    current: item.getAttribute('aria-current'),
    text: item.textContent?.replace(/\s+/g, ' ').trim(),
  }));

describe('steps indicator', () => {
  afterEach(() => jest.useRealTimers());

  it('marks the current step with aria-current="step" and says done / current / upcoming in words', async () => {
    const { root } = await render(StepsIndicator, {
      state: buildState({ step: 'configure' }),
      texts: EN,
      label: 'KRO',
      locale: 'en',
    });
    expect(stepItems(root)).toEqual([
      { id: 'activate', current: null, text: 'Activate (done)' },
      { id: 'configure', current: 'step', text: '2 Configure (current step)' },
      { id: 'outcome', current: null, text: '3 Active (upcoming)' },
    ]);
  });

  it('names the permission review in Activate and speaks German', async () => {
    const binding = buildBinding({ phase: 'Bound', exportClaims: [{ group: '', resource: 'secrets', identityHash: '', verbs: ['get'] }] });
    const { root } = await render(StepsIndicator, {
      state: buildState({ step: 'permission-claims', binding }),
      texts: DE,
      label: 'Crossplane',
      locale: 'de',
    });
    expect(stepItems(root)[0]).toEqual({
      id: 'activate',
      current: 'step',
      text: '1 Aktivieren und Berechtigungen prüfen (aktueller Schritt)',
    });
  });

  it('says what the platform does, for how long (every second, fake clock) and what comes next', async () => {
    // Only the interval is faked: Angular's zoneless scheduler keeps its real setTimeout/rAF.
    jest.useFakeTimers({
      doNotFake: [
        'setTimeout',
        'clearTimeout',
        'requestAnimationFrame',
        'cancelAnimationFrame',
        'queueMicrotask',
        'nextTick',
        'setImmediate',
        'clearImmediate',
        'Date',
        'performance',
        'hrtime',
      ],
    });
    let now = NOW;
    const resource = buildResource({ phase: 'Progressing', conditions: [], spec: { version: 'v1.20.1' } });
    const state = buildState({ tool: buildProvidersTool(), step: 'installing', resource });
    const { page, fixture } = await render(StepsIndicator, { state, texts: EN, label: 'Crossplane', locale: 'en', clock: () => now });
    expect(page.text('activity-text')).toBe('Installing Crossplane v1.20.1 into your control plane');
    expect(page.text('elapsed')).toBe('Running for 0 sec');
    now += 65_000;
    jest.advanceTimersByTime(ELAPSED_TICK_MS);
    await fixture.whenStable();
    expect(page.text('elapsed')).toBe('Running for 1 min, 5 sec');
    expect(page.text('next')).toBe(EN.flow.next.active('Crossplane'));
    expect(jest.getTimerCount()).toBe(1);
    fixture.destroy();
    expect(jest.getTimerCount()).toBe(0); // the timer stops with the element
  });

  it('words a change of version as Updating with current → target', async () => {
    const resource = buildResource({
      phase: 'Progressing',
      generation: 2,
      observedGeneration: 1,
      conditions: [],
      spec: { version: 'v1.20.1' },
    });
    const annotated = {
      ...resource,
      metadata: { ...resource.metadata, annotations: { [PREVIOUS_SPEC_ANNOTATION]: '{"version":"v1.20.0"}' } },
    };
    const state = buildState({ step: 'installing', resource: annotated });
    const { page } = await render(StepsIndicator, { state, texts: EN, label: 'Crossplane', locale: 'en', clock: () => NOW });
    expect(page.text('activity-text')).toBe('Updating Crossplane v1.20.0 → v1.20.1');
    const header = await render(StatusHeader, { state, texts: EN, locale: 'en' });
    expect(header.page.text('status')).toBe('Updating');
    const panel = await render(InstallingPanel, { state, texts: EN, label: 'Crossplane' });
    expect(panel.root.querySelector('h3')?.textContent).toBe('Updating Crossplane v1.20.0 → v1.20.1');
    expect(panel.root.textContent).toContain(EN.installing.outdated);
  });

  it('shows the failure as the outcome', async () => {
    const failure = { action: 'configure' as const, error: new GatewayError('invalid', 'is invalid'), retryable: false };
    const resource = buildResource({ phase: 'Progressing', conditions: [condition('Ready', 'False', 'InstallFailed', 'x')] });
    const { root } = await render(StepsIndicator, {
      state: buildState({ step: 'installing', resource, failure }),
      texts: EN,
      label: 'KRO',
      locale: 'en',
    });
    expect(stepItems(root)[2]).toEqual({ id: 'outcome', current: 'step', text: 'Failed (current step, failed)' });
  });
});

describe('status for people', () => {
  it('says one summary sentence per state', async () => {
    const crossplane = buildProvidersTool();
    const resource = buildResource({ spec: { version: 'v1.20.0', providers: [{ name: 'provider-kubernetes', version: 'v0.15.0' }] } });
    const { page } = await render(StatusHeader, {
      state: buildState({ tool: crossplane, step: 'ready', resource }),
      texts: EN,
      locale: 'en',
    });
    expect(page.text('summary')).toBe('Crossplane v1.20.0 is running with 1 provider.');
    const binding = buildBinding({ deletionTimestamp: '2026-11-29T11:00:00Z' });
    const removing = await render(StatusHeader, {
      state: buildState({ tool: crossplane, step: 'deactivating', binding }),
      texts: EN,
      locale: 'en',
    });
    expect(removing.page.text('summary')).toBe('Crossplane is being removed: waiting until the objects of its APIs are deleted.');
    const german = await render(StatusHeader, {
      state: buildState({ tool: crossplane, step: 'ready', resource }),
      texts: DE,
      locale: 'de',
    });
    expect(german.page.text('summary')).toBe('Crossplane v1.20.0 läuft mit 1 Provider.');
  });

  it('groups binding and tool conditions in a closed Details section with relative times', async () => {
    const binding = buildBinding({
      deletionTimestamp: '2026-11-29T11:00:00Z',
      conditions: [{ ...condition('Ready', 'True'), lastTransitionTime: '2026-11-29T11:57:00Z' }],
    });
    const resource = buildResource({ phase: 'Terminating', conditions: [condition('Ready', 'False', 'Deleting', 'waiting')] });
    const state = buildState({ step: 'deactivating', binding, resource });
    const { root } = await render(ConditionDetails, { state, texts: EN, label: 'KRO', locale: 'en', clock: () => NOW });
    const details = root.querySelector('details')!;
    expect(details.open).toBe(false);
    const groups = Array.from(root.querySelectorAll('section[data-testid^="conditions-"]'));
    expect(groups.map((group) => [group.getAttribute('aria-label'), group.querySelectorAll('[data-testid="condition"]').length])).toEqual([
      ['APIBinding', 1],
      ['KRO (enablement resource)', 1],
    ]);
    const time = root.querySelector('time')!;
    expect(time.textContent).toBe('3 minutes ago');
    const absolute = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'medium' }).format(Date.parse('2026-11-29T11:57:00Z'));
    expect(time.getAttribute('title')).toBe(absolute);
    expect(time.getAttribute('aria-label')).toBe(`changed 3 minutes ago (${absolute})`);
  });

  it('opens the Details section when a condition is an error', async () => {
    const resource = buildResource({ phase: 'Progressing', conditions: [condition('Ready', 'False', 'ReconcileError', 'boom')] });
    const { root } = await render(ConditionDetails, {
      state: buildState({ step: 'installing', resource }),
      texts: EN,
      label: 'KRO',
    });
    expect(root.querySelector('details')!.open).toBe(true);
  });

  it('deactivating shows the groups separately, not one mixed list', async () => {
    const binding = buildBinding({ deletionTimestamp: 'x', conditions: [condition('Ready', 'True')] });
    const resource = buildResource({
      phase: 'Terminating',
      deletionTimestamp: 'x',
      conditions: [condition('Ready', 'False', 'Terminating', 'wait')],
    });
    const { page } = await render(DeactivatingPanel, {
      state: buildState({ step: 'deactivating', binding, resource }),
      texts: EN,
      label: 'KRO',
    });
    expect(page.find('conditions-binding')?.querySelectorAll('[data-testid="condition"]')).toHaveLength(1);
    expect(page.find('conditions-tool')?.querySelectorAll('[data-testid="condition"]')).toHaveLength(1);
  });

  it('ready: a busy state while the binding reports no APIs, then the APIs; update available opens Change version', async () => {
    const state = (overrides: Partial<OnboardingState>) =>
      buildState({ step: 'ready', resource: buildResource({ spec: { version: 'v0.8.5' } }), ...overrides });
    const { page, fixture } = await render(ReadyPanel, {
      state: state({ binding: buildBinding({ boundResources: [] }) }),
      texts: EN,
      label: 'KRO',
    });
    expect(page.has('apis-pending')).toBe(true);
    expect(fixture.nativeElement.textContent).not.toContain(EN.ready.apis);
    expect(page.text('update-available')).toContain('Update available: v0.9.3');
    const opened: string[] = [];
    fixture.componentInstance.updateRequested.subscribe((version) => opened.push(version));
    await page.click('change-version');
    expect(opened).toEqual(['v0.9.3']);
    fixture.componentRef.setInput(
      'state',
      state({ binding: buildBinding({ boundResources: [{ group: 'kro.run', resource: 'resourcegraphdefinitions' }] }) }),
    );
    await fixture.whenStable();
    expect(page.has('apis-pending')).toBe(false);
    expect(page.boundResources()).toEqual(['resourcegraphdefinitions.kro.run']);
  });

  it('ready: offers "Roll back to" the annotated version, hides it without the annotation or an unusable one', async () => {
    const changed = (annotations?: Record<string, string>) =>
      buildState({ step: 'ready', resource: buildResource({ generation: 2, spec: { version: 'v0.9.3' }, annotations }) });
    const { page, fixture } = await render(ReadyPanel, {
      state: changed({ [PREVIOUS_SPEC_ANNOTATION]: '{"version":"v0.8.5","chartVersion":"0.8.5"}' }),
      texts: EN,
      label: 'KRO',
    });
    expect(page.text('rollback')).toBe('Roll back to v0.8.5');
    let requested = 0;
    fixture.componentInstance.rollbackRequested.subscribe(() => requested++);
    await page.click('rollback');
    expect(requested).toBe(1);
    fixture.componentRef.setInput('texts', DE);
    await fixture.whenStable();
    expect(page.text('rollback')).toBe('Zurück zu v0.8.5');
    const without: (Record<string, string> | undefined)[] = [
      undefined,
      { [PREVIOUS_SPEC_ANNOTATION]: 'not json' },
      { other: '{"version":"v0.8.5"}' },
    ];
    for (const annotations of without) {
      fixture.componentRef.setInput('state', changed(annotations));
      await fixture.whenStable();
      expect(page.has('rollback')).toBe(false);
    }
  });

  it('ready: no update offered when the newest version is installed; providers listed', async () => {
    const tool = buildProvidersTool();
    const resource = buildResource({ spec: { version: 'v2.0.2', providers: [{ name: 'provider-helm', version: 'v0.20.0' }] } });
    const { page } = await render(ReadyPanel, {
      state: buildState({ tool, step: 'ready', resource }),
      texts: EN,
      label: 'Crossplane',
    });
    expect(page.has('update-available')).toBe(false);
    expect(page.text('configured-extensions')).toBe('provider-helm v0.20.0');
  });
});
