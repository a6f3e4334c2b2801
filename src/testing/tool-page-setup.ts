import { TestBed } from '@angular/core/testing';
import { GatewayClient, type FetchFn, type ToolCatalog } from '@opencp/onboarding';
import { buildCatalog, buildTool, FakeGatewayClient, toolStateResult } from '@opencp/onboarding/testing';
import { CATALOG_FETCH } from '../session/catalog-store';
import { ToolPage } from '../tool-page/tool-page';
import { ToolPageHarness } from '../tool-page/tool-page.harness';
import { fakeCatalogFetch, TEST_GATEWAY } from './element-fakes';
import { settler } from './settle';

/** A usable node context for tool `kro`, with `overrides` merged in. Test-only. */
export const toolContext = (overrides: Record<string, unknown> = {}) => ({
  token: 'token-1',
  toolId: 'kro',
  portalContext: { crdGatewayApiUrl: TEST_GATEWAY },
  ...overrides,
});

/**
 * A `ToolPage` in TestBed with a fake gateway (default: an empty workspace) and catalog (default: one KRO tool;
 * an Error makes the catalog fetch answer 404; `catalogFetch` replaces the fetch). Test-only.
 */
export function setupToolPage(options: { catalog?: ToolCatalog | Error; catalogFetch?: FetchFn; gateway?: FakeGatewayClient } = {}) {
  const gateway = options.gateway ?? new FakeGatewayClient().respond('ToolState', toolStateResult());
  TestBed.configureTestingModule({
    providers: [
      { provide: GatewayClient, useValue: gateway },
      { provide: CATALOG_FETCH, useValue: options.catalogFetch ?? fakeCatalogFetch(options.catalog ?? buildCatalog([buildTool()])) },
    ],
  });
  const fixture = TestBed.createComponent(ToolPage);
  const settle = settler(fixture);
  const page = new ToolPageHarness(fixture.nativeElement.shadowRoot, settle);
  return { fixture, gateway, page, settle };
}
