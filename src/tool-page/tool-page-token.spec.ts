import { TestBed } from '@angular/core/testing';
import { Apollo } from 'apollo-angular';
import { buildBinding, buildCatalog, buildControlPlane, buildTool, flushPromises } from '@opencp/onboarding/testing';
import { GATEWAY_FETCH } from '../gateway/gateway-clients';
import { CATALOG_FETCH } from '../session/catalog-store';
import { fakeCatalogFetch, TEST_GATEWAY as GATEWAY } from '../testing/element-fakes';
import { FakeGatewayFetch } from '../testing/fake-gateway-fetch';
import { ToolPage } from './tool-page';
import { ToolPageHarness } from './tool-page.harness';

const list = (items: unknown[]) => ({ version: { list: { resourceVersion: '1', items } } });

/** Lets timers, the Apollo link chain and Angular settle. */
async function settle(fixture: { whenStable(): Promise<unknown> }): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await flushPromises();
    await fixture.whenStable();
  }
}

describe('ToolPage with the Apollo gateway client', () => {
  const realFetch = globalThis.fetch;
  let http: FakeGatewayFetch;

  beforeEach(() => {
    // graphql-sse opens the live streams through the global fetch; they stay pending here (the HTTP path is under test).
    globalThis.fetch = (() => new Promise(() => undefined)) as typeof fetch;
    http = new FakeGatewayFetch();
    TestBed.configureTestingModule({
      providers: [
        Apollo,
        { provide: GATEWAY_FETCH, useValue: http.fetch },
        { provide: CATALOG_FETCH, useValue: fakeCatalogFetch(buildCatalog([buildTool()])) },
      ],
    });
  });

  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('uses the refreshed token of a later context for the next request, and the global Luigi token first', async () => {
    const fixture = TestBed.createComponent(ToolPage);
    const page = new ToolPageHarness(fixture.nativeElement.shadowRoot, () => settle(fixture));
    fixture.componentRef.setInput('context', { token: 'token-1', toolId: 'kro', portalContext: { crdGatewayApiUrl: GATEWAY } });
    await settle(fixture);

    const load = http.expectOne(GATEWAY);
    expect(load.headers.get('Authorization')).toBe('Bearer token-1');
    expect(load.body.operationName).toBe('ToolState');
    load.respond({ data: { mcp: list([buildControlPlane('Ready')]), bindings: list([]), tool: list([]) } });
    await settle(fixture);
    expect(page.step()).toBe('not-activated');
    // Right after the first state: the one dry run of Activate (permission-aware actions), with the same token.
    const dryRun = http.expectOne(GATEWAY);
    expect(dryRun.body.operationName).toBe('CreateAPIBinding');
    expect(dryRun.body.variables).toEqual({ name: 'kro.services.opencp.cloud', dryRun: true });
    expect(dryRun.headers.get('Authorization')).toBe('Bearer token-1');
    dryRun.respond({ data: { group: { version: { result: buildBinding({ phase: 'Binding' }) } } } });
    await settle(fixture);
    expect(page.step()).toBe('not-activated');

    fixture.componentRef.setInput('context', { token: 'token-2', toolId: 'kro', portalContext: { crdGatewayApiUrl: GATEWAY } });
    await settle(fixture);
    http.expectNone(GATEWAY); // a token change alone does not reload
    await page.click('activate');
    const activate = http.expectOne(GATEWAY);
    expect(activate.body.operationName).toBe('CreateAPIBinding');
    expect(activate.headers.get('Authorization')).toBe('Bearer token-2');

    (globalThis as { Luigi?: unknown }).Luigi = { getGlobalContext: () => ({ token: 'global-token' }) };
    try {
      activate.respond('Unauthorized', 401);
      await settle(fixture);
      const again = http.expectOne(GATEWAY);
      expect(again.headers.get('Authorization')).toBe('Bearer global-token');
      again.respond({ data: { group: { version: { result: buildBinding({ phase: 'Binding' }) } } } });
      await settle(fixture);
      expect(page.step()).toBe('activating');
    } finally {
      delete (globalThis as { Luigi?: unknown }).Luigi;
    }
  });
});
