/**
 * Requests `main.ts` starts before the application has started (the bundled catalog when `main.js` is evaluated, a
 * page's state query when an element's context arrives), each answered once to the application's first identical
 * request (`prefetchingFetch` in `prefetching-fetch.ts`; the rule: docs/onboarding-ui.md §12). No
 * Angular and no imports here: this is part of `main.js`.
 */

/** How a prefetched request ended: its response (any status, body unread) or the fetch error. */
export type PrefetchOutcome = { readonly response: Response } | { readonly error: unknown };

/** A started request, waiting to be taken over. */
export interface PrefetchedRequest {
  /** Absolute URL. */
  readonly url: string;
  /** Upper-case HTTP method. */
  readonly method: string;
  /** The `Authorization` header sent, or null. */
  readonly authorization: string | null;
  /** The request body (JSON text of a GraphQL request), or null. */
  readonly body: string | null;
  /** Settles with the outcome; never rejects, so nothing is reported before the application reads it. */
  readonly outcome: Promise<PrefetchOutcome>;
}

/** The prefetched requests not taken yet, shared by `main.ts` (adds) and the application (takes and removes). */
export type PrefetchedRequests = Set<PrefetchedRequest>;

/**
 * How long a prefetched request waits to be taken, from its start, in ms. After that it is dropped (removed, its
 * response body cancelled), so one nobody takes (the element was removed or got another context before it mounted,
 * an override of the catalog URL) does not hold its response for the page's lifetime; the application then sends
 * its own request. Longer than the application's start on a slow connection, short enough that a taken state
 * snapshot is recent (its lists are watched from their resourceVersion afterwards, docs/platform.md §4.9.6).
 */
export const PREFETCH_TTL_MS = 30_000;

/** What {@link prefetchRequest} sends. */
export interface PrefetchInit {
  readonly method: 'GET' | 'POST';
  /** Header names as the application's client sends them; `Authorization` is what the handover compares. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

/**
 * Starts `fetch(url, init)` and adds it to `pending` until it is taken or {@link PREFETCH_TTL_MS} has passed.
 * @param fetchFn default: the global `fetch` current at the call
 * @returns the added request
 */
export function prefetchRequest(
  pending: PrefetchedRequests,
  url: string,
  init: PrefetchInit,
  fetchFn: typeof fetch = fetch,
): PrefetchedRequest {
  const request: PrefetchedRequest = {
    url,
    method: init.method,
    authorization: init.headers['Authorization'] ?? null,
    body: init.body ?? null,
    outcome: fetchFn(url, { method: init.method, headers: { ...init.headers }, body: init.body }).then(
      (response) => ({ response }),
      (error: unknown) => ({ error }),
    ),
  };
  pending.add(request);
  setTimeout(() => {
    if (!pending.delete(request)) return; // taken meanwhile
    void request.outcome.then((outcome) =>
      'response' in outcome
        ? outcome.response.body
            ?.cancel()
            .catch((error: unknown) => console.warn(`openmcp onboarding elements: dropping the unused prefetch of ${url} failed`, error))
        : undefined,
    );
  }, PREFETCH_TTL_MS);
  return request;
}
