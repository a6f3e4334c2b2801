import { TestBed } from '@angular/core/testing';
import { GatewayError } from '@opencp/onboarding';
import {
  buildBinding,
  buildContentConfiguration,
  buildResource,
  contentConfigurationsResult,
  FakeGatewayClient,
  mutationResult,
  toolStateResult,
} from '@opencp/onboarding/testing';
import { DE } from '../i18n/de';
import { EN } from '../i18n/en';
import type { LuigiClientLike } from '../portal/luigi-client';
import { luigiClientStub, type LuigiClientStub } from '../testing/element-fakes';
import { setupToolPage, toolContext } from '../testing/tool-page-setup';

const context = toolContext;
/** The real writes of an operation (dry runs of the permission and form checks left out). */
const writes = (gateway: FakeGatewayClient, operation: string) => gateway.callsOf(operation).filter((call) => !call.variables['dryRun']);
const setup = setupToolPage;
const rgdPages = buildContentConfiguration('opencp-kro-resourcegraphdefinition', [
  ['Resource Graph Definitions', 'resourcegraphdefinitions'],
]);

describe('ToolPage', () => {
  it('works with context set before LuigiClient', async () => {
    const { fixture, page, settle } = setup();
    fixture.componentRef.setInput('context', context());
    fixture.componentRef.setInput('LuigiClient', luigiClientStub({ locale: 'de' }));
    await settle();
    expect(page.step()).toBe('not-activated');
    expect(page.text('status')).toBe(DE.steps['not-activated']);
  });

  it('works with LuigiClient set before context, and follows later locale-less clients', async () => {
    const { fixture, page, settle, gateway } = setup();
    fixture.componentRef.setInput('LuigiClient', luigiClientStub({ locale: 'de-DE' }));
    await settle();
    fixture.componentRef.setInput('context', context());
    await settle();
    expect(page.text('status')).toBe(DE.steps['not-activated']);
    fixture.componentRef.setInput('LuigiClient', luigiClientStub({}));
    await settle();
    expect(page.text('status')).toBe(EN.steps['not-activated']);
    expect(gateway.callsOf('ToolState')).toHaveLength(1); // a new LuigiClient does not restart the flow
  });

  it('shows a context error until a later context brings the gateway URL, then starts once', async () => {
    const { fixture, page, settle, gateway } = setup();
    fixture.componentRef.setInput('context', { token: 'token-1', toolId: 'kro' });
    await settle();
    expect(page.contextError()).toContain(EN.context.missingGateway);
    expect(gateway.calls).toHaveLength(0);
    fixture.componentRef.setInput('context', context());
    await settle();
    expect(page.contextError()).toBeNull();
    expect(page.step()).toBe('not-activated');
    fixture.componentRef.setInput('context', context({ token: 'token-2' })); // same URL and tool: same flow
    await settle();
    expect(gateway.callsOf('ToolState')).toHaveLength(1);
  });

  it('reports a missing token, an unknown tool and a broken catalog instead of rendering nothing', async () => {
    const first = setup();
    first.fixture.componentRef.setInput('context', context({ token: undefined }));
    await first.settle();
    expect(first.page.contextError()).toContain(EN.context.missingToken);
    first.fixture.componentRef.setInput('context', context({ toolId: 'nope' }));
    await first.settle();
    expect(first.page.contextError()).toContain(EN.context.unknownTool('nope'));

    TestBed.resetTestingModule();
    const broken = setup({ catalog: new Error('HTTP 404') });
    broken.fixture.componentRef.setInput('context', context());
    await broken.settle();
    expect(broken.page.contextError()).toContain('HTTP 404');
  });

  it('activates once on a double click and announces the new step', async () => {
    const gateway = new FakeGatewayClient()
      .respond('ToolState', toolStateResult())
      .respond('CreateAPIBinding', () => new Promise(() => undefined)); // stays in flight
    const { fixture, page, settle } = setup({ gateway });
    fixture.componentRef.setInput('context', context());
    await settle();
    const button = page.find('activate')!;
    button.click();
    button.click(); // a double click before anything re-renders
    await settle();
    expect(gateway.callsOf('CreateAPIBinding').map((call) => call.variables)).toEqual([
      { name: 'kro.services.opencp.cloud', dryRun: true }, // the page's one permission check, after the first state
      { name: 'kro.services.opencp.cloud' },
    ]);
    expect(page.step()).toBe('activating');
    expect(page.announcement()).toBe(EN.announcements.step('KRO', EN.steps.activating));
  });

  it('configures: sends the chosen version, keeps the input after a failure and retries it', async () => {
    let creates = 0;
    const gateway = new FakeGatewayClient()
      .respond('ToolState', toolStateResult({ bindings: [buildBinding()] }))
      // The first real create fails; dry runs (the permission check, the form's check) are accepted.
      .respond('CreateKRO', (variables) =>
        variables['dryRun'] || ++creates > 1
          ? mutationResult(buildResource({ phase: null, spec: { version: 'v0.8.5', chartVersion: '0.8.5' } }))
          : new GatewayError('unavailable', 'Service Unavailable', [], 503),
      );
    const { fixture, page, settle } = setup({ gateway });
    fixture.componentRef.setInput('context', context());
    await settle();
    expect(page.step()).toBe('configure');
    await page.form().chooseVersion('v0.8.5');
    await page.form().submit();
    expect(page.errorMessage()).toContain(EN.failure.actions.configure);
    expect(page.errorMessage()).toContain(EN.failure.kinds.unavailable);
    expect(page.form().selectedVersion()).toBe('v0.8.5');
    await page.click('retry');
    expect(writes(gateway, 'CreateKRO').map((call) => call.variables['version'])).toEqual(['v0.8.5', 'v0.8.5']);
    expect(page.step()).toBe('installing');
    expect(page.errorMessage()).toBeNull();
  });

  it("shows someone else's configuration next to the user's and applies the user's on Apply mine", async () => {
    const theirs = buildResource({ resourceVersion: '77', spec: { version: 'v0.9.3', chartVersion: '0.9.3' } });
    const gateway = new FakeGatewayClient()
      .respondOnce('ToolState', toolStateResult({ bindings: [buildBinding()] }))
      .respond('ToolState', toolStateResult({ bindings: [buildBinding()], resources: [theirs] }))
      .respond('CreateKRO', {
        data: null,
        errors: [new GatewayError('already-exists', 'kros.kro.services.opencp.cloud "default" already exists')],
      })
      .respond(
        'UpdateKRO',
        mutationResult(buildResource({ generation: 2, observedGeneration: 1, spec: { version: 'v0.8.5', chartVersion: '0.8.5' } })),
      );
    const { fixture, page, settle } = setup({ gateway });
    fixture.componentRef.setInput('context', context());
    await settle();
    await page.form().chooseVersion('v0.8.5');
    await page.form().submit();
    expect(page.text('conflict-message')).toContain(EN.conflict.resource('KRO', 'v0.9.3', 'v0.8.5'));
    expect(page.has('keep-theirs')).toBe(true);
    await page.click('apply-mine');
    expect(gateway.callsOf('UpdateKRO')[0].variables).toMatchObject({ resourceVersion: '77', version: 'v0.8.5' });
    expect(page.has('conflict-message')).toBe(false);
    expect(page.step()).toBe('installing');
  });

  it('says when the live connection is interrupted and keeps showing the last known state', async () => {
    const gateway = new FakeGatewayClient().respond(
      'ToolState',
      toolStateResult({ bindings: [buildBinding()], resources: [buildResource()] }),
    );
    const { fixture, page, settle } = setup({ gateway });
    fixture.componentRef.setInput('context', context());
    await settle();
    expect(page.has('reconnecting')).toBe(false);
    // No jitter: the reconnect is due at once (a 0 ms timer), so the test waits for no clock.
    const random = jest.spyOn(Math, 'random').mockReturnValue(0);
    gateway.stream('WatchKROs').fail(new TypeError('gateway gone'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    gateway.stream('WatchKROs').fail(new TypeError('gateway gone'));
    await settle();
    random.mockRestore();
    expect(page.text('reconnecting')).toBe(EN.connection.reconnecting);
    expect(page.step()).toBe('ready');
  });

  it('deactivates only after the Luigi confirmation, which names the deletion of every object', async () => {
    const gateway = new FakeGatewayClient()
      .respond('ToolState', toolStateResult({ bindings: [buildBinding()], resources: [buildResource()] }))
      .respond('DeleteAPIBinding', mutationResult(true))
      .respond('DeleteKRO', mutationResult(true));
    const { fixture, page, settle } = setup({ gateway });
    const luigi: LuigiClientStub = luigiClientStub({ confirm: false });
    fixture.componentRef.setInput('LuigiClient', luigi);
    fixture.componentRef.setInput('context', context());
    await settle();
    expect(page.step()).toBe('ready');
    await page.click('deactivate');
    await settle();
    expect(luigi.confirmations[0].body).toBe(EN.deactivation.confirmBody('KRO'));
    expect(luigi.confirmations[0].body).toContain('deletes every object');
    expect(gateway.callsOf('DeleteAPIBinding')).toHaveLength(0);

    luigi.confirmResult = true;
    await page.click('deactivate');
    await settle();
    expect(gateway.callsOf('DeleteAPIBinding')).toHaveLength(1);
    expect(gateway.callsOf('DeleteKRO')).toHaveLength(1);
  });

  it("offers the navigation refresh once the user's configuration became Ready, and alerts through Luigi", async () => {
    const gateway = new FakeGatewayClient()
      .respond('ToolState', toolStateResult({ bindings: [buildBinding()] }))
      .respond('CreateKRO', mutationResult(buildResource({ phase: 'Provisioning', conditions: [] })))
      .respond('ToolContentConfigurations', contentConfigurationsResult([rgdPages]));
    const { fixture, page, settle } = setup({ gateway });
    const luigi = luigiClientStub({});
    fixture.componentRef.setInput('LuigiClient', luigi as LuigiClientLike);
    fixture.componentRef.setInput('context', context());
    await settle();
    await page.form().submit();
    expect(page.step()).toBe('installing');
    expect(page.has('refresh-navigation')).toBe(false);
    gateway.stream('WatchKROs').event('MODIFIED', buildResource());
    await settle();
    expect(page.step()).toBe('ready');
    expect(luigi.alerts).toEqual([{ text: EN.announcements.step('KRO', EN.steps.ready), type: 'success' }]);
    expect(page.text('navigation-offer')).toBe(EN.navigation.available);
    // The new pages are listed by their labels and open through the linkManager.
    expect(page.text('tool-page-link')).toBe('Resource Graph Definitions');
    await page.click('tool-page-link');
    expect(luigi.navigations).toEqual(['resourcegraphdefinitions']);
    luigi.navigations.length = 0;
    await page.click('refresh-navigation');
    await settle();
    expect(luigi.navigations).toEqual(['/current/route']);
    expect(page.has('refresh-navigation')).toBe(false);
  });

  it('lets the user change the configuration while installing and sends a merge patch', async () => {
    const installing = buildResource({ phase: 'Progressing', spec: { version: 'v0.9.3', chartVersion: '0.9.3' }, conditions: [] });
    const gateway = new FakeGatewayClient()
      .respond('ToolState', toolStateResult({ bindings: [buildBinding()], resources: [installing] }))
      .respond('UpdateKRO', mutationResult(buildResource({ phase: 'Progressing', spec: { version: 'v0.8.5', chartVersion: '0.8.5' } })));
    const { fixture, page, settle } = setup({ gateway });
    fixture.componentRef.setInput('context', context());
    await settle();
    await page.click('upgrade');
    expect(page.form().selectedVersion()).toBe('v0.9.3'); // prefilled with the installed spec
    await page.form().chooseVersion('v0.8.5');
    await page.form().submit(); // an older version: blocked until the downgrade is confirmed
    expect(writes(gateway, 'UpdateKRO')).toEqual([]);
    await page.form().confirmDowngrade();
    await page.form().submit();
    expect(writes(gateway, 'UpdateKRO').map((call) => call.variables)).toEqual([
      expect.objectContaining({ name: 'default', resourceVersion: '200', version: 'v0.8.5', chartVersion: '0.8.5' }),
    ]);
  });
});
