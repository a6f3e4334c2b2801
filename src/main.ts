import type { PageEntry } from './component-mount';
import { createDeferredElement, type Mounter } from './deferred-element';
import { ELEMENT_INPUTS, elementKinds, type PageKind } from './element-tags';
import { prefetchCatalog } from './session/catalog-prefetch';
import type { PrefetchedRequests } from './session/prefetched-request';
import { shippedStateRequests, statePrefetcher } from './session/state-prefetch';

/**
 * Bundle entry, kept free of Angular and UI5 (a few kB): when evaluated it
 * 1. starts the bundled catalog's request (the file beside `main.js`, wherever the bundle is served from, not
 *    relative to the portal page) and the import of the shipped catalog's state requests (a small chunk);
 * 2. starts loading the application chunk (`elements.ts`: Angular, UI5, Apollo, the session) in parallel;
 * 3. defines every custom element synchronously (docs/platform.md §5.1), each guarded by `customElements.get` (a
 *    module may be evaluated twice when served under two URLs). The first element of a page kind that is constructed
 *    (Luigi creates it right after this module is evaluated) starts loading that kind's page chunk, in parallel with
 *    the application chunk; elements created meanwhile wait for both.
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

/**
 * The chunk of each page kind: its components, which the other kind's pages never load. Written as
 * `kind: () => import(…)` pairs, which bench/bundle-size.ts finds in `main.js` to measure each page's first state.
 */
const PAGE_CHUNKS: Record<PageKind, () => Promise<{ page: PageEntry }>> = {
  overview: () => import('./overview/page-entry'),
  'tool-page': () => import('./tool-page/page-entry'),
};
const pageLoads = new Map<PageKind, Promise<PageEntry>>();

/** Imports the chunk of `kind` once; a failure is logged once and shown by every element of that kind. */
function loadPage(kind: PageKind): Promise<PageEntry> {
  let load = pageLoads.get(kind);
  if (!load) {
    load = PAGE_CHUNKS[kind]().then((chunk) => chunk.page);
    load.catch((error: unknown) =>
      console.error(`openmcp onboarding elements: loading the ${kind} chunk failed; reload the page to retry`, error),
    );
    pageLoads.set(kind, load);
  }
  return load;
}

for (const [tag, kind] of elementKinds()) {
  if (customElements.get(tag)) continue;
  const mounter = (): Promise<Mounter> =>
    Promise.all([application, loadPage(kind.kind)]).then(([{ elements, injector }, page]) => elements.mounterFor(kind, injector, page));
  const inputChanged = (_element: HTMLElement, name: string, value: unknown): void => {
    if (name === 'context') prefetchState(kind, value);
  };
  customElements.define(tag, createDeferredElement(ELEMENT_INPUTS, mounter, { inputChanged }));
}
