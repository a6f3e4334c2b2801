import './ui5';
import { createApplication } from '@angular/platform-browser';
import { ApplicationRef, type EnvironmentInjector } from '@angular/core';
import { appConfig } from './app-config';
import { componentMounter } from './component-mount';
import type { Mounter } from './deferred-element';
import type { ElementKind } from './element-tags';
import { mountAfterTexts } from './i18n/mount-after-texts';
import { ToolsOverview } from './overview/tools-overview';
import { GATEWAY_FETCH } from './gateway/gateway-clients';
import { CATALOG_FETCH, DEFAULT_CATALOG_URL } from './session/catalog-store';
import type { PrefetchedRequests } from './session/prefetched-request';
import { prefetchingFetch } from './session/prefetching-fetch';
import { FIXED_TOOL_ID } from './tool-page/fixed-tool-id';
import { ToolPage } from './tool-page/tool-page';

/**
 * The application chunk `main.ts` imports on demand: UI5, Angular and the components. Starts the Angular
 * application with the bundled catalog's URL and the requests `main.ts` prefetched (the catalog, a page's state
 * query), which the catalog store and the gateway clients take over through `prefetchingFetch`.
 *
 * @returns the application's environment injector; rejects when Angular fails to start
 */
export function startApplication(catalogUrl: string, prefetched: PrefetchedRequests): Promise<EnvironmentInjector> {
  const fetchFn = prefetchingFetch(prefetched);
  return createApplication({
    providers: [
      ...appConfig.providers,
      { provide: DEFAULT_CATALOG_URL, useValue: catalogUrl },
      { provide: CATALOG_FETCH, useValue: fetchFn },
      { provide: GATEWAY_FETCH, useValue: fetchFn },
    ],
  }).then((ref) => ref.injector);
}

/**
 * Mounter of the component a tag renders; tool page tags get their fixed tool id through `FIXED_TOOL_ID`. An element
 * in a locale whose texts are still loading stays hidden until they are (`mountAfterTexts`).
 */
export function mounterFor(kind: ElementKind, injector: EnvironmentInjector): Mounter {
  const mount =
    kind.kind === 'overview'
      ? componentMounter(ToolsOverview, injector)
      : componentMounter(ToolPage, injector, kind.toolId ? [{ provide: FIXED_TOOL_ID, useValue: kind.toolId }] : []);
  return mountAfterTexts(mount, () => injector.get(ApplicationRef).tick());
}
