import type { CatalogPrefetch } from './catalog-prefetch';

type Fetch = (input: string, init?: { readonly headers?: Record<string, string> }) => Promise<Response>;

/**
 * `fetch` that answers the first request for the prefetched URL with the prefetched response (or its error) and
 * fetches everything else, including a retry of that URL, from the network.
 */
export function prefetchingFetch(prefetch: CatalogPrefetch | null, fetchFn: Fetch = (input, init) => fetch(input, init)): Fetch {
  let pending = prefetch;
  return async (input, init) => {
    const taken = pending;
    if (!taken || input !== taken.url) return fetchFn(input, init);
    pending = null;
    const settled = await taken.response;
    if ('error' in settled) throw settled.error;
    return settled.response;
  };
}
