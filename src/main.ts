import type { PageEntry } from './component-mount';
import { createDeferredElement, type Mounter } from './deferred-element';
import { ELEMENT_INPUTS, elementKinds, type PageKind } from './element-tags';
import { prefetchCatalog } from './session/catalog-prefetch';

/**
 * Bundle entry, kept free of Angular and UI5 (a few kB): when evaluated it
 * 1. starts the bundled catalog's request (the file beside `main.js`, wherever the bundle is served from, not
 *    relative to the portal page), so the first GraphQL query waits for nothing but the element's context;
 * 2. starts loading the application chunk (`elements.ts`: Angular, UI5, Apollo, the session) in parallel;
 * 3. defines every custom element synchronously (docs/platform.md §5.1), each guarded by `customElements.get` (a
 *    module may be evaluated twice when served under two URLs). The first element of a page kind that is constructed
 *    (Luigi creates it right after this module is evaluated) starts loading that kind's page chunk, in parallel with
 *    the application chunk; elements created meanwhile wait for both.
 */
const prefetch = prefetchCatalog(new URL('assets/catalog.json', import.meta.url).href);
const application = import('./elements').then(async (elements) => ({ elements, injector: await elements.startApplication(prefetch) }));
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
  customElements.define(tag, createDeferredElement(ELEMENT_INPUTS, mounter));
}
