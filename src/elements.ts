import './ui5';
import { createApplication } from '@angular/platform-browser';
import { ApplicationRef, type EnvironmentInjector } from '@angular/core';
import { appConfig } from './app-config';
import { componentMounter, type PageEntry } from './component-mount';
import type { Mounter } from './deferred-element';
import type { ElementKind } from './element-tags';
import { mountAfterTexts } from './i18n/mount-after-texts';
import { GATEWAY_FETCH } from './gateway/gateway-clients';
import { CATALOG_FETCH, DEFAULT_CATALOG_URL } from './session/catalog-store';
import type { PrefetchedRequests } from './session/prefetched-request';
import { prefetchingFetch } from './session/prefetching-fetch';

/**
 * The application chunk `main.ts` imports at once: Angular, UI5, Apollo and the session, shared by every page; each
 * page kind's components come in a chunk of their own (`overview/page-entry.ts`, `tool-page/page-entry.ts`). Starts
 * the Angular application with the bundled catalog's URL and the requests `main.ts` prefetched (the catalog, a page's
 * state query), which the catalog store and the gateway clients take over through `prefetchingFetch`.
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
 * Mounter of the component a tag renders, from its page chunk (`page`), with the tag's own providers (a tool page
 * tag's fixed tool id). An element in a locale whose texts are still loading stays hidden until they are
 * (`mountAfterTexts`).
 */
export function mounterFor(kind: ElementKind, injector: EnvironmentInjector, page: PageEntry): Mounter {
  const mount = componentMounter(page.component, injector, page.providers(kind));
  return mountAfterTexts(mount, () => injector.get(ApplicationRef).tick());
}
