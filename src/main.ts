import { createDeferredElement, type Mounter } from './deferred-element';
import { ELEMENT_INPUTS, elementKinds } from './element-tags';
import { prefetchCatalog } from './session/catalog-prefetch';
import type { PrefetchedRequests } from './session/prefetched-request';
import { shippedStateRequests, statePrefetcher } from './session/state-prefetch';

/**
 * Bundle entry, kept free of Angular and UI5 (a few kB): when evaluated it
 * 1. starts the bundled catalog's request (the file beside `main.js`, wherever the bundle is served from, not
 *    relative to the portal page) and the import of the shipped catalog's state requests (a small chunk);
 * 2. starts loading the application chunk (`elements.ts`: UI5, Angular, the components) in parallel;
 * 3. defines every custom element synchronously (docs/platform.md §5.1), each guarded by `customElements.get` (a
 *    module may be evaluated twice when served under two URLs); elements created meanwhile wait for the chunk.
 * When an element gets a usable context before its component is mounted, the page's first GraphQL request starts
 * at once (`state-prefetch.ts`); the application takes both prefetched requests over instead of sending them again
 * (docs/onboarding-ui.md §12).
 */
const prefetched: PrefetchedRequests = new Set();
const catalog = prefetchCatalog(prefetched, new URL('assets/catalog.json', import.meta.url).href);
const prefetchState = statePrefetcher(prefetched, shippedStateRequests(catalog.text));
const application = import('./elements').then(async (elements) => ({
  elements,
  injector: await elements.startApplication(catalog.url, prefetched),
}));
application.catch((error: unknown) => console.error('openmcp onboarding elements: the Angular application failed to start', error));

for (const [tag, kind] of elementKinds()) {
  if (customElements.get(tag)) continue;
  const mounter: Promise<Mounter> = application.then(({ elements, injector }) => elements.mounterFor(kind, injector));
  const inputChanged = (_element: HTMLElement, name: string, value: unknown) => name === 'context' && prefetchState(kind, value);
  customElements.define(tag, createDeferredElement(ELEMENT_INPUTS, mounter, { inputChanged }));
}
