import type { ElementKind } from '../element-tags';
import { prefetchRequest, type PrefetchedRequests, type PrefetchInit } from './prefetched-request';

/**
 * The early state request of `main.ts` (docs/onboarding-ui.md §12). Only the sending is part of `main.js`; what to
 * send for a context is decided by the chunk `state-requests.ts`, which also holds the generated requests and shares
 * the context resolvers with the application (so `main.js` shares no module with the application chunk).
 */

/** What the chunk `state-requests.ts` offers `main.ts`. */
export interface StateRequestTable {
  /** The request to send for an element of `kind` with `context`, or null when none should be sent early. */
  stateRequestFor(kind: ElementKind, context: unknown): { readonly url: string; readonly init: PrefetchInit } | null;
}

/**
 * Imports the chunk `state-requests.ts` at once (in parallel with the application chunk) and resolves with it when
 * `catalogText`, the fetched bundled catalog, is the shipped one; null otherwise or when the chunk failed to load
 * (logged; the application then sends its own first request).
 */
export function shippedStateRequests(catalogText: Promise<string | null>): Promise<StateRequestTable | null> {
  return Promise.all([import('./state-requests'), catalogText])
    .then(async ([requests, text]) => (text !== null && (await requests.isShippedCatalog(text)) ? requests : null))
    .catch((error: unknown) => {
      console.warn('openmcp onboarding elements: the state requests could not be prepared; the application sends its own', error);
      return null;
    });
}

/**
 * Returns the hook `main.ts` calls with an element's kind and each `context` the element gets before its component
 * is mounted: once `table` is there, it sends the page's first GraphQL request (`stateRequestFor`) into `pending`,
 * for the application's `prefetchingFetch` to take over. At most one request per URL, body and `Authorization`
 * waits at a time: elements of the same page share it. Without a table or a usable context nothing is sent.
 */
export function statePrefetcher(
  pending: PrefetchedRequests,
  table: Promise<StateRequestTable | null>,
  fetchFn?: typeof fetch,
): (kind: ElementKind, context: unknown) => void {
  return (kind, context) => {
    void table.then((requests) => {
      const request = requests?.stateRequestFor(kind, context);
      if (!request) return;
      const authorization = request.init.headers['Authorization'] ?? null;
      const waiting = [...pending].some(
        (known) => known.url === request.url && known.body === request.init.body && known.authorization === authorization,
      );
      if (!waiting) prefetchRequest(pending, request.url, request.init, fetchFn);
    });
  };
}
