import { createDeferredElement, type Mounter } from './deferred-element';
import { ELEMENT_INPUTS, elementKinds } from './element-tags';
import { prefetchCatalog } from './session/catalog-prefetch';

/**
 * Bundle entry, kept free of Angular and UI5 (a few kB): when evaluated it
 * 1. starts the bundled catalog's request (the file beside `main.js`, wherever the bundle is served from, not
 *    relative to the portal page), so the first GraphQL query waits for nothing but the element's context;
 * 2. starts loading the application chunk (`elements.ts`: UI5, Angular, the components) in parallel;
 * 3. defines every custom element synchronously (docs/platform.md §5.1), each guarded by `customElements.get` (a
 *    module may be evaluated twice when served under two URLs); elements created meanwhile wait for the chunk.
 */
const prefetch = prefetchCatalog(new URL('assets/catalog.json', import.meta.url).href);
const application = import('./elements').then(async (elements) => ({ elements, injector: await elements.startApplication(prefetch) }));
application.catch((error: unknown) => console.error('openmcp onboarding elements: the Angular application failed to start', error));

for (const [tag, kind] of elementKinds()) {
  if (customElements.get(tag)) continue;
  const mounter: Promise<Mounter> = application.then(({ elements, injector }) => elements.mounterFor(kind, injector));
  customElements.define(tag, createDeferredElement(ELEMENT_INPUTS, mounter));
}
