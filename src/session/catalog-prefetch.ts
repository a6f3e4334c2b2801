import { prefetchRequest, type PrefetchedRequests } from './prefetched-request';

/**
 * The bundled catalog's request, started by `main.ts` when `main.js` is evaluated, i.e. in parallel with the
 * application chunks instead of after them. No Angular and nothing shared with the application chunk here. The
 * catalog store takes it over (`prefetchingFetch` in `prefetching-fetch.ts`); a failed prefetch surfaces there as
 * the catalog error, with retry.
 */
export interface CatalogPrefetch {
  readonly url: string;
  /**
   * The fetched catalog's text (a copy of the body the store reads), or null when the request failed or answered
   * with an error status; rejects when the body cannot be read. `main.ts` sends a state request early only for the shipped catalog (`state-requests.ts`).
   */
  readonly text: Promise<string | null>;
}

/** Starts fetching the catalog at `url` (absolute) into `pending`. */
export function prefetchCatalog(pending: PrefetchedRequests, url: string): CatalogPrefetch {
  // The header loadCatalog sends.
  const request = prefetchRequest(pending, url, { method: 'GET', headers: { Accept: 'application/json' } });
  return {
    url,
    // Registered before the store can read the response, so the copy is taken while the body is unread. A failure
    // to read it is logged by `shippedStateRequests` (no early state request); the store reads and reports the same.
    text: request.outcome.then((outcome) => ('response' in outcome && outcome.response.ok ? outcome.response.clone().text() : null)),
  };
}
