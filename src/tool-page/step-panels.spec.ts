import { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { GatewayError, type OnboardingState } from '@opencp/onboarding';
import { buildBinding, buildResource, buildState, condition } from '@opencp/onboarding/testing';
import { EN } from '../i18n/en';
import { ActivationPanel } from './activation-panel/activation-panel';
import { DeactivatingPanel } from './deactivating-panel/deactivating-panel';
import { FailureMessage } from './failure-message/failure-message';
import { InstallingPanel } from './installing-panel/installing-panel';
import { PermissionClaims } from './permission-claims/permission-claims';
import { ReadyPanel } from './ready-panel/ready-panel';
import { StatusHeader } from './status-header/status-header';
import { ToolPageHarness } from './tool-page.harness';

async function render<T>(component: Type<T>, inputs: Record<string, unknown>) {
  const fixture = TestBed.createComponent(component);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  await fixture.whenStable();
  return { fixture, page: new ToolPageHarness(fixture.nativeElement, () => fixture.whenStable()) };
}

const panel = (state: OnboardingState) => ({ state, texts: EN, label: 'KRO' });

describe('step components', () => {
  it('status header shows step, display-rule kind and control-plane phase', async () => {
    const state = buildState({
      step: 'installing',
      resource: buildResource({ phase: 'Provisioning', conditions: [] }),
      controlPlanePhase: 'Ready',
    });
    const { page, fixture } = await render(StatusHeader, { state, texts: EN, locale: 'en' });
    expect(page.step()).toBe('installing');
    expect(page.statusKind()).toBe('in-progress');
    expect(page.text('status')).toBe(EN.steps.installing);
    expect(fixture.nativeElement.textContent).toContain(EN.controlPlane.phase('Ready'));
  });

  it('activation: disabled while the control plane is prepared, enabled when not activated', async () => {
    const { page, fixture } = await render(
      ActivationPanel,
      panel(buildState({ step: 'control-plane-not-ready', controlPlanePhase: 'Provisioning' })),
    );
    let requests = 0;
    fixture.componentInstance.activateRequested.subscribe(() => requests++);
    expect(page.isDisabled('activate')).toBe(true);
    await page.click('activate');
    expect(requests).toBe(0);
    fixture.componentRef.setInput('state', buildState({ step: 'not-activated' }));
    await fixture.whenStable();
    expect(page.isDisabled('activate')).toBe(false);
    await page.click('activate');
    expect(requests).toBe(1);
  });

  it('activating: shows the binding phase and its conditions instead of the button', async () => {
    const binding = buildBinding({
      phase: 'Binding',
      conditions: [condition('APIExportValid', 'False', 'APIExportNotFound', 'export missing')],
    });
    const { page, fixture } = await render(ActivationPanel, panel(buildState({ step: 'activating', binding })));
    expect(page.has('activate')).toBe(false);
    expect(fixture.nativeElement.textContent).toContain(EN.activation.bindingPhase('Binding'));
    expect(page.conditions().map((c) => c.type)).toEqual(['APIExportValid']);
  });

  it('permission claims: lists group, resource and verbs of each pending claim and accepts', async () => {
    const binding = buildBinding({
      exportClaims: [
        { group: '', resource: 'secrets', identityHash: '', verbs: ['get', 'list', 'watch'] },
        { group: 'apps', resource: 'deployments', identityHash: '', verbs: ['get'] },
      ],
    });
    const { page, fixture } = await render(PermissionClaims, panel(buildState({ step: 'permission-claims', binding })));
    let accepted = 0;
    fixture.componentInstance.acceptRequested.subscribe(() => accepted++);
    expect(page.claims()).toEqual(['core/secrets: get, list, watch', 'apps/deployments: get']);
    await page.click('accept-claims');
    expect(accepted).toBe(1);
  });

  it('installing: phase, reason/message and conditions with errors highlighted', async () => {
    const resource = buildResource({
      phase: 'Progressing',
      conditions: [
        condition('Ready', 'False', 'ReconcileError', 'requested version is not available: "v9.9.9"'),
        condition('CrossplaneReady', 'True', 'Healthy', ''),
      ],
    });
    const { page, fixture } = await render(InstallingPanel, panel(buildState({ step: 'installing', resource })));
    expect(page.text('phase')).toBe('Progressing');
    expect(fixture.nativeElement.textContent).toContain('requested version is not available');
    expect(page.conditions()).toEqual([
      expect.objectContaining({ type: 'Ready', error: true }),
      expect.objectContaining({ type: 'CrossplaneReady', error: false }),
    ]);
  });

  it('ready: installed version, APIs from boundResources, conditions, Upgrade and Deactivate', async () => {
    const binding = buildBinding({ boundResources: [{ group: 'kro.run', resource: 'resourcegraphdefinitions' }] });
    const resource = buildResource({ spec: { version: 'v0.9.3' } });
    const { page, fixture } = await render(ReadyPanel, panel(buildState({ step: 'ready', binding, resource })));
    const events: string[] = [];
    fixture.componentInstance.upgradeRequested.subscribe(() => events.push('upgrade'));
    fixture.componentInstance.deactivateRequested.subscribe(() => events.push('deactivate'));
    expect(page.installedVersion()).toBe('v0.9.3');
    expect(page.boundResources()).toEqual(['resourcegraphdefinitions.kro.run']);
    expect(page.conditions().map((c) => c.type)).toEqual(['Ready']);
    await page.click('upgrade');
    await page.click('deactivate');
    expect(events).toEqual(['upgrade', 'deactivate']);
  });

  it('deactivating: shows the blocker message of the terminating resource', async () => {
    const blocker = 'deletion blocked: waiting for 2 kro ResourceGraphDefinition(s) to be removed from the control plane';
    const resource = buildResource({
      phase: 'Terminating',
      deletionTimestamp: '2025-01-02T00:00:00Z',
      conditions: [condition('Ready', 'False', 'Terminating', blocker)],
    });
    const { page } = await render(DeactivatingPanel, panel(buildState({ step: 'deactivating', resource })));
    expect(page.findAll('blocker').map((item) => item.textContent)).toEqual([expect.stringContaining(blocker)]);
  });

  it('failure: what failed, how to retry, the gateway text, Retry only where retrying helps', async () => {
    const conflict = new GatewayError(
      'conflict',
      'Operation cannot be fulfilled on kros.kro.services.opencp.cloud "default": the object has been modified',
    );
    const { page, fixture } = await render(FailureMessage, { failure: { action: 'upgrade', error: conflict, retryable: true }, texts: EN });
    const events: string[] = [];
    fixture.componentInstance.retryRequested.subscribe(() => events.push('retry'));
    fixture.componentInstance.dismissed.subscribe(() => events.push('dismiss'));
    expect(page.errorMessage()).toContain(EN.failure.actions.upgrade);
    expect(page.errorMessage()).toContain(EN.failure.kinds.conflict);
    expect(page.errorMessage()).toContain('the object has been modified');
    await page.click('retry');
    await page.click('dismiss-error');
    expect(events).toEqual(['retry', 'dismiss']);

    const forbidden = new GatewayError(
      'forbidden',
      'kros.kro.services.opencp.cloud "default" is forbidden: User "x" cannot create resource',
    );
    fixture.componentRef.setInput('failure', { action: 'configure', error: forbidden, retryable: false });
    await fixture.whenStable();
    expect(page.has('retry')).toBe(false);
    expect(page.errorMessage()).toContain(EN.failure.kinds.forbidden);
  });
});
