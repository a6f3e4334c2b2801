import { TestBed } from '@angular/core/testing';
import { classifyGraphQLError, GatewayClient, GatewayError } from '@opencp/onboarding';
import {
  buildBinding,
  buildCatalog,
  buildComponentsTool,
  buildResource,
  buildTool,
  FakeGatewayClient,
  mutationResult,
  overviewStateResult,
  toolStateResult,
} from '@opencp/onboarding/testing';
import { DE } from '../i18n/de';
import { EN } from '../i18n/en';
import { ToolsOverview } from '../overview/tools-overview';
import { CATALOG_FETCH } from '../session/catalog-store';
import { fakeCatalogFetch, luigiClientStub, TEST_GATEWAY } from '../testing/element-fakes';
import { settler } from '../testing/settle';
import { setupToolPage, toolContext } from '../testing/tool-page-setup';
import { ToolPageHarness } from './tool-page.harness';

const forbidden = (verb: string, plural: string, group: string) => ({
  data: null,
  errors: [
    classifyGraphQLError(
      `${plural}.${group} is forbidden: User "readonly@example.com" cannot ${verb} resource "${plural}" in API group "${group}" at the cluster scope`,
    ),
  ],
});
const mutations = (gateway: FakeGatewayClient) => gateway.calls.filter((call) => call.kind === 'mutate');

async function toolPage(gateway: FakeGatewayClient, locale = 'en'): Promise<ToolPageHarness> {
  const { fixture, page, settle } = setupToolPage({ gateway });
  fixture.componentRef.setInput('context', toolContext());
  fixture.componentRef.setInput('LuigiClient', luigiClientStub({ locale }));
  await settle();
  return page;
}

describe('Permission-aware actions on the tool page', () => {
  it('a forbidden Activate dry run disables Activate and says so once, before any click', async () => {
    const gateway = new FakeGatewayClient()
      .respond('ToolState', toolStateResult())
      .respond('CreateAPIBinding', forbidden('create', 'apibindings', 'apis.kcp.io'));
    const page = await toolPage(gateway);
    expect(page.step()).toBe('not-activated');
    expect(page.text('read-only')).toBe(EN.access.readOnly(EN.access.requests.activate('KRO')));
    expect(page.isDisabled('activate')).toBe(true);
    await page.click('activate');
    expect(mutations(gateway).map((call) => call.variables)).toEqual([{ name: 'kro.services.opencp.cloud', dryRun: true }]);
  });

  it('says it in German, naming what to ask for on the ready page, and disables Change version and Deactivate', async () => {
    const gateway = new FakeGatewayClient()
      .respond('ToolState', toolStateResult({ bindings: [buildBinding()], resources: [buildResource()] }))
      .respond('UpdateKRO', forbidden('patch', 'kros', 'kro.services.opencp.cloud'));
    const page = await toolPage(gateway, 'de');
    expect(page.step()).toBe('ready');
    expect(page.text('read-only')).toBe(DE.access.readOnly(DE.access.requests.change('KRO')));
    expect(page.isDisabled('upgrade')).toBe(true);
    expect(page.isDisabled('deactivate')).toBe(true);
  });

  it('keeps every action and shows nothing when the dry run is allowed or fails for a transport reason', async () => {
    const allowed = new FakeGatewayClient()
      .respond('ToolState', toolStateResult())
      .respond('CreateAPIBinding', mutationResult(buildBinding()));
    let page = await toolPage(allowed);
    expect(page.has('read-only')).toBe(false);
    expect(page.isDisabled('activate')).toBe(false);

    TestBed.resetTestingModule();
    const offline = new FakeGatewayClient()
      .respond('ToolState', toolStateResult())
      .respond('CreateAPIBinding', new GatewayError('unavailable', 'Service Unavailable', [], 503));
    page = await toolPage(offline);
    expect(page.has('read-only')).toBe(false);
    expect(page.isDisabled('activate')).toBe(false);
    expect(page.errorMessage()).toBeNull();
  });
});

describe('Permission-aware overview', () => {
  const tools = [buildTool(), buildComponentsTool()];

  async function overview(gateway: FakeGatewayClient) {
    TestBed.configureTestingModule({
      providers: [
        { provide: GatewayClient, useValue: gateway },
        { provide: CATALOG_FETCH, useValue: fakeCatalogFetch(buildCatalog(tools)) },
      ],
    });
    const fixture = TestBed.createComponent(ToolsOverview);
    fixture.componentRef.setInput('context', { token: 't', portalContext: { crdGatewayApiUrl: TEST_GATEWAY } });
    await settler(fixture)();
    return fixture.nativeElement.shadowRoot as ShadowRoot;
  }

  it('runs one dry run for the whole page and shows "Read-only access" once above the cards', async () => {
    const gateway = new FakeGatewayClient()
      .respond('OverviewState', overviewStateResult(tools))
      .respond('CreateAPIBinding', forbidden('create', 'apibindings', 'apis.kcp.io'));
    const root = await overview(gateway);
    expect(mutations(gateway).map((call) => call.variables)).toEqual([{ name: 'kro.services.opencp.cloud', dryRun: true }]);
    const strips = root.querySelectorAll('[data-testid="read-only"]');
    expect(strips).toHaveLength(1);
    expect(strips[0].textContent).toContain(EN.access.overviewTitle);
    expect(strips[0].compareDocumentPosition(root.querySelector('.cards')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows no strip when the dry run is allowed', async () => {
    const gateway = new FakeGatewayClient()
      .respond('OverviewState', overviewStateResult(tools))
      .respond('CreateAPIBinding', mutationResult(buildBinding()));
    const root = await overview(gateway);
    expect(mutations(gateway)).toHaveLength(1);
    expect(root.querySelector('[data-testid="read-only"]')).toBeNull();
  });
});
