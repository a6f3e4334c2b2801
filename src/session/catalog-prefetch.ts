/**
 * The bundled catalog's request, started by `main.ts` when `main.js` is evaluated, i.e. in parallel with the
 * application chunks instead of after them. No Angular and nothing shared with the application chunk here, so
 * `main.js` imports no other file. The catalog store takes it over (`prefetchingFetch` in `prefetching-fetch.ts`);
 * a failed prefetch surfaces there as the catalog error, with retry.
 */
export interface CatalogPrefetch {
  readonly url: string;
  /** Settles with the response or the fetch error; never rejects, so nothing is reported before the store reads it. */
  readonly response: Promise<{ readonly response: Response } | { readonly error: unknown }>;
}

/** Starts fetching the catalog at `url` (absolute). */
export function prefetchCatalog(url: string): CatalogPrefetch {
  return {
    url,
    // The header loadCatalog sends.
    response: fetch(url, { headers: { Accept: 'application/json' } }).then(
      (response) => ({ response }),
      (error: unknown) => ({ error }),
    ),
  };
}
