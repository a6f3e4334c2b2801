import { TestBed } from '@angular/core/testing';
import { GatewayClient } from '@opencp/onboarding';
import {
  buildBinding,
  buildCatalog,
  buildComponentsTool,
  buildControlPlane,
  buildProvidersTool,
  buildResource,
  buildTool,
  FakeGatewayClient,
  overviewStateResult,
} from '@opencp/onboarding/testing';
import { DE } from '../i18n/de';
import { EN } from '../i18n/en';
import { CATALOG_FETCH } from '../session/catalog-store';
import { settler } from '../testing/settle';
import { fakeCatalogFetch, luigiClientStub, TEST_GATEWAY as GATEWAY } from '../testing/element-fakes';
import { ToolsOverview } from './tools-overview';
import { ToolsOverviewHarness } from './tools-overview.harness';

const TOOLS = [buildProvidersTool(), buildTool(), buildComponentsTool()];

function setup(gateway: FakeGatewayClient) {
  TestBed.configureTestingModule({
    providers: [
      { provide: GatewayClient, useValue: gateway },
      { provide: CATALOG_FETCH, useValue: fakeCatalogFetch(buildCatalog(TOOLS)) },
    ],
  });
  const fixture = TestBed.createComponent(ToolsOverview);
  const settle = settler(fixture);
  return { fixture, settle, overview: new ToolsOverviewHarness(fixture.nativeElement.shadowRoot, settle) };
}

describe('ToolsOverview', () => {
  it('shows a card per catalog tool with its status and installed version', async () => {
    const gateway = new FakeGatewayClient().respond(
      'OverviewState',
      overviewStateResult(TOOLS, {
        bindings: [buildBinding({ name: 'kro.services.opencp.cloud' })],
        resources: { kro: [buildResource({ spec: { version: 'v0.9.3' } })] },
      }),
    );
    const { fixture, settle, overview } = setup(gateway);
    fixture.componentRef.setInput('context', { token: 't', portalContext: { crdGatewayApiUrl: GATEWAY } });
    fixture.componentRef.setInput('LuigiClient', luigiClientStub({ locale: 'en' }));
    await settle();
    expect(overview.cardIds()).toEqual(['crossplane', 'kro', 'flux']);
    expect(overview.card('kro')).toEqual({ status: 'ready', step: EN.steps.ready, version: EN.overview.version('v0.9.3'), label: 'KRO' });
    expect(overview.card('flux')).toEqual(expect.objectContaining({ step: EN.steps['not-activated'], version: EN.overview.notInstalled }));
  });

  it('says once above the cards that the control plane is not Ready, keeps the cards neutral, and offers updates', async () => {
    const gateway = new FakeGatewayClient().respond(
      'OverviewState',
      overviewStateResult(TOOLS, {
        controlPlanes: [buildControlPlane('Provisioning')],
        bindings: [buildBinding({ name: 'kro.services.opencp.cloud' })],
        resources: { kro: [buildResource({ spec: { version: 'v0.8.5' } })] },
      }),
    );
    const { fixture, settle, overview } = setup(gateway);
    fixture.componentRef.setInput('context', { token: 't', portalContext: { crdGatewayApiUrl: GATEWAY } });
    fixture.componentRef.setInput('LuigiClient', luigiClientStub({ locale: 'en' }));
    await settle();
    expect(overview.findAll('control-plane-strip')).toHaveLength(1);
    expect(overview.text('control-plane-strip')).toBe(EN.controlPlane.notReady);
    const root = fixture.nativeElement.shadowRoot as ShadowRoot;
    const waiting = ['crossplane', 'flux'].map((id) => root.querySelector(`[data-testid="tool-card-${id}"] ui5-tag`));
    expect(waiting.map((tag) => [tag?.getAttribute('design'), tag?.textContent?.trim()])).toEqual([
      ['Neutral', EN.overview.waiting],
      ['Neutral', EN.overview.waiting],
    ]);
    expect(root.querySelector('[data-testid="tool-card-kro"] [data-testid="update-available"]')?.textContent?.trim()).toBe(
      'Update available: v0.9.3',
    );
  });

  it('"Update available" opens the tool page with the version as node parameter, named per tool for assistive technology', async () => {
    const gateway = new FakeGatewayClient().respond(
      'OverviewState',
      overviewStateResult(TOOLS, {
        bindings: [buildBinding({ name: 'kro.services.opencp.cloud' })],
        resources: { kro: [buildResource({ spec: { version: 'v0.8.5' } })] },
      }),
    );
    const { fixture, settle } = setup(gateway);
    const luigi = luigiClientStub({});
    fixture.componentRef.setInput('LuigiClient', luigi);
    fixture.componentRef.setInput('context', { token: 't', portalContext: { crdGatewayApiUrl: GATEWAY } });
    await settle();
    const root = fixture.nativeElement.shadowRoot as ShadowRoot;
    expect(root.querySelectorAll('[data-testid="card-change-version"]')).toHaveLength(1);
    const action = root.querySelector<HTMLElement>('[data-testid="tool-card-kro"] [data-testid="card-change-version"]');
    expect(action?.getAttribute('accessible-name')).toBe('Change version of KRO to v0.9.3');
    action?.click();
    expect(luigi.navigations).toEqual(['kro?~changeVersion=v0.9.3']);
  });

  it('follows live updates and the locale', async () => {
    const gateway = new FakeGatewayClient().respond('OverviewState', overviewStateResult(TOOLS));
    const { fixture, settle, overview } = setup(gateway);
    fixture.componentRef.setInput('LuigiClient', luigiClientStub({ locale: 'de' }));
    fixture.componentRef.setInput('context', { token: 't', portalContext: { crdGatewayApiUrl: GATEWAY } });
    await settle();
    expect(overview.card('kro').step).toBe(DE.steps['not-activated']);
    const binding = buildBinding({ name: 'kro.services.opencp.cloud' });
    gateway.stream('WatchAPIBindings').event('ADDED', binding);
    await settle();
    expect(overview.card('kro').step).toBe(DE.steps.configure);
  });

  it('links each card to the tool page through the closest navigation context', async () => {
    const gateway = new FakeGatewayClient().respond('OverviewState', overviewStateResult(TOOLS));
    const { fixture, settle, overview } = setup(gateway);
    const luigi = luigiClientStub({});
    fixture.componentRef.setInput('LuigiClient', luigi);
    fixture.componentRef.setInput('context', { token: 't', portalContext: { crdGatewayApiUrl: GATEWAY } });
    await settle();
    await overview.open('flux');
    expect(luigi.navigations).toEqual(['flux']);
  });

  it('explains a missing gateway URL instead of rendering nothing', async () => {
    const { fixture, settle, overview } = setup(new FakeGatewayClient());
    fixture.componentRef.setInput('context', { token: 't' });
    await settle();
    expect(overview.text('context-error')).toContain(EN.context.missingGateway);
  });
});
