import { inject, Injectable, InjectionToken } from '@angular/core';
import { loadCatalog, type FetchFn, type ToolCatalog } from '@opencp/onboarding';
import { SHIPPED_CATALOG } from './shipped-catalog';

/**
 * URL of the bundled catalog. `main.ts` provides `new URL('assets/catalog.json', import.meta.url)` (the file beside
 * `main.js`); the factory default (relative to the page) only serves setups without the bundle entry, like tests.
 */
export const DEFAULT_CATALOG_URL = new InjectionToken<string>('DEFAULT_CATALOG_URL', {
  providedIn: 'root',
  factory: () => new URL('assets/catalog.json', document.baseURI).href,
});

/** `fetch` used to load catalogs; replaced in tests. */
export const CATALOG_FETCH = new InjectionToken<FetchFn>('CATALOG_FETCH', {
  providedIn: 'root',
  factory: () => (input, init) => fetch(input, init),
});

/**
 * Catalog validated at build time: a fetched document equal to it skips the runtime validator (a chunk loaded on
 * demand). Tests provide their own.
 */
export const PREVALIDATED_CATALOG = new InjectionToken<ToolCatalog | null>('PREVALIDATED_CATALOG', {
  providedIn: 'root',
  factory: () => SHIPPED_CATALOG,
});

/**
 * Loads each catalog URL once per page and shares the result between elements (overview and tool pages).
 * A failed load is not cached, so opening the element again retries.
 */
@Injectable({ providedIn: 'root' })
export class CatalogStore {
  private readonly fetchFn = inject(CATALOG_FETCH);
  private readonly prevalidated = inject(PREVALIDATED_CATALOG) ?? undefined;
  private readonly loads = new Map<string, Promise<ToolCatalog>>();

  /** The validated catalog at `url`; rejects with the domain's `CatalogError` (message names URL and paths). */
  load(url: string): Promise<ToolCatalog> {
    const known = this.loads.get(url);
    if (known) return known;
    const load = loadCatalog(url, this.fetchFn, { prevalidated: this.prevalidated });
    this.loads.set(url, load);
    load.catch(() => this.loads.delete(url)); // the element renders the rejection; forget it so a reload retries
    return load;
  }
}
