import './ui5';
import { createApplication } from '@angular/platform-browser';
import { ApplicationRef, type EnvironmentInjector } from '@angular/core';
import { appConfig } from './app-config';
import { componentMounter, type PageEntry } from './component-mount';
import type { Mounter } from './deferred-element';
import type { ElementKind } from './element-tags';
import { mountAfterTexts } from './i18n/mount-after-texts';
import { CATALOG_FETCH, DEFAULT_CATALOG_URL } from './session/catalog-store';
import type { CatalogPrefetch } from './session/catalog-prefetch';
import { prefetchingFetch } from './session/prefetching-fetch';

/**
 * The application chunk `main.ts` imports at once: Angular, UI5, Apollo and the session, shared by every page; each
 * page kind's components come in a chunk of their own (`overview/page-entry.ts`, `tool-page/page-entry.ts`). Starts the Angular
 * application with the bundled catalog's URL and its prefetched request (taken over by the catalog store).
 *
 * @returns the application's environment injector; rejects when Angular fails to start
 */
export function startApplication(prefetch: CatalogPrefetch): Promise<EnvironmentInjector> {
  return createApplication({
    providers: [
      ...appConfig.providers,
      { provide: DEFAULT_CATALOG_URL, useValue: prefetch.url },
      { provide: CATALOG_FETCH, useValue: prefetchingFetch(prefetch) },
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
