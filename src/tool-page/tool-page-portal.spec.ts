import { GatewayError, type FetchFn } from '@opencp/onboarding';
import {
  buildBinding,
  buildCatalog,
  buildContentConfiguration,
  buildResource,
  buildTool,
  condition,
  contentConfigurationsResult,
  FakeGatewayClient,
  mutationResult,
  toolStateResult,
} from '@opencp/onboarding/testing';
import { DE } from '../i18n/de';
import { EN } from '../i18n/en';
import { luigiClientStub } from '../testing/element-fakes';
import { setupToolPage, toolContext } from '../testing/tool-page-setup';

/** The tool page where it meets the portal: resources link, load failures, context problems, error status. */
const ROUTE = { route: '/team-a/openmcp/kro', contextRoute: '/team-a/openmcp' };
// A Ready tool whose ContentConfiguration exists, as the operator writes it before phase Ready (docs/platform.md §5.6).
const readyPages = [buildContentConfiguration('opencp-kro-resourcegraphdefinition', [['Resource Graph Definitions', 'kro-rgds']])];
const readyGateway = () =>
  new FakeGatewayClient().respond(
    'ToolState',
    toolStateResult({ bindings: [buildBinding()], resources: [buildResource()], pages: readyPages }),
  );

describe('ToolPage in the portal', () => {
  describe('Open resources', () => {
    it('is offered while Ready when the portal has the catalog path below the control-plane node, and navigates there', async () => {
      const catalog = buildCatalog([buildTool({ resourcesPath: 'kro-rgds' })]);
      const { fixture, page, settle } = setupToolPage({ catalog, gateway: readyGateway() });
      const luigi = luigiClientStub({ ...ROUTE, paths: ['/team-a/openmcp', '/team-a/openmcp/kro-rgds'] });
      fixture.componentRef.setInput('LuigiClient', luigi);
      fixture.componentRef.setInput('context', toolContext());
      await settle();
      expect(page.step()).toBe('ready');
      expect(page.text('open-resources')).toBe(EN.ready.resources);
      await page.click('open-resources');
      expect(luigi.navigations).toEqual(['/team-a/openmcp/kro-rgds']);
    });

    it("lists the tool's pages on a fresh load of a Ready tool (read with the first state) and opens one", async () => {
      const gateway = readyGateway();
      const { fixture, page, settle } = setupToolPage({ gateway });
      const luigi = luigiClientStub({ ...ROUTE, paths: ['/team-a/openmcp'] });
      fixture.componentRef.setInput('LuigiClient', luigi);
      fixture.componentRef.setInput('context', toolContext());
      await settle();
      expect(page.step()).toBe('ready');
      expect(page.text('tool-page-link')).toBe('Resource Graph Definitions');
      expect(page.has('navigation-offer')).toBe(false);
      await page.click('tool-page-link');
      expect(luigi.navigations).toEqual(['/team-a/openmcp/kro-rgds']);
      // No request for the pages besides the first state (the dry run is the page's permission check).
      const requests = gateway.calls.filter((call) => call.kind !== 'subscribe' && !call.variables['dryRun']);
      expect(requests.map((call) => call.operationName)).toEqual(['ToolState']);
    });

    it('is not offered while the portal lacks the page', async () => {
      const catalog = buildCatalog([buildTool({ resourcesPath: 'kro-rgds' })]);
      const { fixture, page, settle } = setupToolPage({ catalog, gateway: readyGateway() });
      fixture.componentRef.setInput('LuigiClient', luigiClientStub({ ...ROUTE, paths: ['/team-a/openmcp'] }));
      fixture.componentRef.setInput('context', toolContext());
      await settle();
      expect(page.step()).toBe('ready');
      expect(page.has('open-resources')).toBe(false);
    });

    it('is gone after a removal: the refresh is offered once the ContentConfigurations are gone, without Open resources', async () => {
      const gateway = readyGateway()
        .respond('DeleteAPIBinding', mutationResult(true))
        .respond('DeleteKRO', mutationResult(true))
        .respond('ToolContentConfigurations', contentConfigurationsResult([]));
      const { fixture, page, settle } = setupToolPage({ gateway });
      // The portal still has the page until the navigation is refreshed: the flow, not pathExists, rules it out.
      const luigi = luigiClientStub({ ...ROUTE, paths: ['/team-a/openmcp', '/team-a/openmcp/kro'] });
      fixture.componentRef.setInput('LuigiClient', luigi);
      fixture.componentRef.setInput('context', toolContext());
      await settle();
      await page.click('deactivate');
      await settle();
      gateway.stream('WatchAPIBindings').event('DELETED', buildBinding());
      gateway.stream('WatchKROs').event('DELETED', buildResource());
      await settle();
      expect(page.step()).toBe('not-activated');
      expect(page.has('refresh-navigation')).toBe(true);
      // The removal is announced as information, not as a success.
      expect(luigi.alerts).toEqual([{ text: EN.announcements.step('KRO', EN.steps['not-activated']), type: 'info' }]);
      expect(page.text('navigation-offer')).toBe(EN.navigation.available);
      expect(page.has('open-resources')).toBe(false);
    });
  });

  describe('a failed first load', () => {
    it.each([
      ['unavailable', new GatewayError('unavailable', 'Service Unavailable', [], 503)],
      ['unauthorized', new GatewayError('unauthorized', 'Unauthorized', [], 401)],
      ['network', new GatewayError('network', 'Failed to fetch')],
      ['forbidden', new GatewayError('forbidden', 'Forbidden', [], 403)],
      ['unknown-workspace', new GatewayError('unknown-workspace', '404 page not found', [], 404)],
      ['unknown', new GatewayError('unknown', 'The gateway answered HTTP 200 without a GraphQL response: <html>', [], 200)],
    ])('%s: says what failed and why, offers Retry and Dismiss, and Retry loads', async (kind, error) => {
      const gateway = new FakeGatewayClient().respondOnce('ToolState', error).respond('ToolState', toolStateResult());
      const { fixture, page, settle } = setupToolPage({ gateway });
      fixture.componentRef.setInput('context', toolContext());
      await settle();
      expect(page.step()).toBe('load-failed');
      expect(page.errorMessage()).toContain(EN.failure.actions.load);
      expect(page.errorMessage()).toContain(EN.failure.kinds[kind as keyof typeof EN.failure.kinds]);
      expect(page.errorMessage()).toContain(error.message);
      expect(page.has('dismiss-error')).toBe(true);
      await page.click('retry');
      expect(gateway.callsOf('ToolState')).toHaveLength(2);
      expect(page.step()).toBe('not-activated');
      expect(page.errorMessage()).toBeNull();
    });

    it('a dismissed load failure leaves a Retry on the page', async () => {
      const gateway = new FakeGatewayClient()
        .respondOnce('ToolState', new GatewayError('forbidden', 'Forbidden', [], 403))
        .respond('ToolState', toolStateResult());
      const { fixture, page, settle } = setupToolPage({ gateway });
      fixture.componentRef.setInput('context', toolContext());
      await settle();
      await page.click('dismiss-error');
      expect(page.errorMessage()).toBeNull();
      expect(page.has('not-loaded')).toBe(true);
      await page.click('retry');
      expect(gateway.callsOf('ToolState')).toHaveLength(2);
      expect(page.step()).toBe('not-activated');
    });
  });

  describe('context problems', () => {
    const answer =
      (body: string): FetchFn =>
      async () => ({ ok: true, status: 200, text: async () => body });

    it.each([
      ['a 404', undefined, new Error('Not Found'), /HTTP 404/],
      ['invalid JSON', answer('{ not json'), undefined, /is not JSON/],
      ['a schema error', answer(JSON.stringify({ schemaVersion: 1, tools: [] })), undefined, /\/tools/],
    ])('a catalog with %s names the problem and what to do, and Retry loads it again', async (_name, catalogFetch, catalog, detail) => {
      let fixed = false;
      const fetchFn: FetchFn = (url, init) =>
        fixed
          ? answer(JSON.stringify(buildCatalog([buildTool()])))(url, init)
          : (catalogFetch ?? (async () => ({ ok: false, status: 404, statusText: catalog!.message, text: async () => '' })))(url, init);
      const { fixture, page, settle } = setupToolPage({ catalogFetch: fetchFn });
      fixture.componentRef.setInput('context', toolContext());
      await settle();
      const message = page.contextError()!;
      expect(message).toMatch(detail);
      expect(message).toContain('Retry loads it again');
      expect(message).toContain(EN.context.howToFix);
      fixed = true;
      await page.click('retry');
      await settle();
      expect(page.contextError()).toBeNull();
      expect(page.step()).toBe('not-activated');
    });

    it('says in German what is missing and what to do, without Retry where it cannot help', async () => {
      const { fixture, page, settle } = setupToolPage();
      fixture.componentRef.setInput('LuigiClient', luigiClientStub({ locale: 'de-DE' }));
      fixture.componentRef.setInput('context', toolContext({ portalContext: {} }));
      await settle();
      expect(page.contextError()).toContain(DE.context.missingGateway);
      expect(page.has('retry')).toBe(false);
      fixture.componentRef.setInput('context', toolContext({ token: '' }));
      await settle();
      expect(page.contextError()).toContain(DE.context.missingToken);
      fixture.componentRef.setInput('context', toolContext({ toolId: 'argo' }));
      await settle();
      expect(page.contextError()).toContain(DE.context.unknownTool('argo'));
      expect(page.contextError()).toContain('context.toolId');
    });
  });

  it('moves focus to the upgrade form heading and back to the ready heading, so focus is never lost', async () => {
    const { fixture, page, settle } = setupToolPage({ gateway: readyGateway() });
    fixture.componentRef.setInput('context', toolContext());
    await settle();
    const focused = () => (fixture.nativeElement.shadowRoot as ShadowRoot).activeElement?.textContent?.trim();
    await page.click('upgrade');
    await settle();
    expect(focused()).toBe(EN.form.upgradeTitle);
    await page.click('cancel-upgrade');
    await settle();
    expect(focused()).toBe(EN.ready.title('KRO'));
  });

  it('leaves focus where the user put it outside the element when the platform changes the step', async () => {
    const { fixture, page, settle, gateway } = setupToolPage();
    fixture.componentRef.setInput('context', toolContext());
    await settle();
    const outside = document.body.appendChild(document.createElement('button'));
    outside.focus();
    // Someone else activates the tool: the page moves on without a user action in it.
    gateway.stream('WatchAPIBindings').event('ADDED', buildBinding());
    await settle();
    expect(page.step()).toBe('configure');
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });

  it('marks an error condition in the status tag and announces its reason once', async () => {
    const rejected = buildResource({
      phase: 'Progressing',
      conditions: [condition('Ready', 'False', 'ReconcileError', 'requested version is not available')],
    });
    const gateway = new FakeGatewayClient().respond('ToolState', toolStateResult({ bindings: [buildBinding()], resources: [rejected] }));
    const { fixture, page, settle } = setupToolPage({ gateway });
    fixture.componentRef.setInput('context', toolContext());
    await settle();
    expect(page.step()).toBe('installing');
    expect(page.find('status')?.getAttribute('design')).toBe('Negative');
    expect(page.announcement()).toBe(EN.announcements.error(EN.announcements.step('KRO', EN.steps.installing), 'ReconcileError'));
    gateway
      .stream('WatchKROs')
      .event(
        'MODIFIED',
        buildResource({ phase: 'Progressing', conditions: [condition('Ready', 'False', 'Reconciling', 'Reconcile in progress')] }),
      );
    await settle();
    expect(page.find('status')?.getAttribute('design')).toBe('Information');
    expect(page.announcement()).toBe(EN.announcements.step('KRO', EN.steps.installing));
  });
});
