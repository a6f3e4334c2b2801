import type { PrefetchedRequest, PrefetchedRequests } from './prefetched-request';

/** The `fetch` the catalog store and Apollo's `BaseHttpLink` call. */
export type Fetch = typeof fetch;

/**
 * `fetch` that answers a request from a request `main.ts` prefetched (`prefetched-request.ts`) when it is the same
 * request, and from the network otherwise. Same means: equal URL, method and `Authorization` header, and for a body
 * equal `query` and `operationName` and canonically equal `variables` (key order does not matter) of the parsed
 * JSON; other headers are not compared. A prefetched request is answered once, so a later identical request (Apollo's
 * retry after a 401, the catalog's Retry) goes to the network; so does a `Request` object as input. A failed
 * prefetch rejects with its fetch error, as the request itself would have. Rule: docs/onboarding-ui.md §12.
 * @param pending the prefetched requests not taken yet; a taken one is removed
 * @param fetchFn the network; default: the global `fetch` current at each request
 */
export function prefetchingFetch(pending: PrefetchedRequests | null, fetchFn: Fetch = (input, init) => fetch(input, init)): Fetch {
  return async (input, init) => {
    const taken = [...(pending ?? [])].find((request) => sameRequest(request, String(input), init));
    if (!taken) return fetchFn(input, init);
    pending?.delete(taken);
    const outcome = await taken.outcome;
    if ('error' in outcome) throw outcome.error;
    return outcome.response;
  };
}

function sameRequest(prefetched: PrefetchedRequest, url: string, init: RequestInit | undefined): boolean {
  return (
    prefetched.url === url &&
    prefetched.method === (init?.method ?? 'GET').toUpperCase() &&
    prefetched.authorization === header(init?.headers, 'authorization') &&
    sameBody(prefetched.body, typeof init?.body === 'string' ? init.body : init?.body == null ? null : undefined)
  );
}

/** Header `name` of any `HeadersInit` (record, entry list, `Headers`), case-insensitive; null when absent. */
function header(headers: HeadersInit | undefined, name: string): string | null {
  return headers ? new Headers(headers).get(name) : null;
}

/** Equal GraphQL request bodies; `undefined`: a body that is no string (a stream, form data) never matches. */
function sameBody(prefetched: string | null, body: string | null | undefined): boolean {
  if (prefetched === null || body == null) return prefetched === body;
  const a = parseRequest(prefetched);
  const b = parseRequest(body);
  if (!a || !b) return prefetched === body;
  return a.query === b.query && a.operationName === b.operationName && canonical(a.variables) === canonical(b.variables);
}

function parseRequest(body: string): { query?: unknown; operationName?: unknown; variables?: unknown } | null {
  try {
    const parsed: unknown = JSON.parse(body);
    return parsed !== null && typeof parsed === 'object' ? parsed : null;
  } catch (error: unknown) {
    if (error instanceof SyntaxError) return null; // not JSON: the caller compares the texts
    throw error;
  }
}

/** JSON text of `value` with object keys sorted at every level. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}
