import type { PrefetchedRequest, PrefetchedRequests, PrefetchOutcome } from './prefetched-request';
import { prefetchingFetch } from './prefetching-fetch';

const CATALOG = 'https://cdn.example/wc/assets/catalog.json';
const GATEWAY = 'https://gateway.example/api/clusters/root:orgs:demo:team-a/graphql';
const QUERY = 'query ToolState($selector: String) {\n  mcp {\n    name\n  }\n}';

/** jsdom has no `Response`; the store and Apollo read only `ok`, `status`, `headers` and `text()`. */
function fakeResponse(body: string): Response {
  return { ok: true, status: 200, text: async () => body } as unknown as Response;
}

/** A state query body as Apollo's BaseHttpLink serialises it. */
function stateBody(variables: Record<string, unknown>, query = QUERY, operationName = 'ToolState'): string {
  return JSON.stringify({ operationName, variables, query });
}

/** Apollo's init of that query (header names lower-cased, as BaseHttpLink sends them). */
function apolloInit(body: string, token = 'token-1'): RequestInit {
  return {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  };
}

function prefetched(request: Omit<Partial<PrefetchedRequest>, 'outcome'> & { outcome: PrefetchOutcome }): PrefetchedRequest {
  return {
    url: GATEWAY,
    method: 'POST',
    authorization: 'Bearer token-1',
    body: null,
    ...request,
    outcome: Promise.resolve(request.outcome),
  };
}

describe('prefetchingFetch', () => {
  let network: jest.Mock<Promise<Response>, [RequestInfo | URL, RequestInit?]>;

  beforeEach(() => (network = jest.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => fakeResponse('{"from":"network"}'))));

  describe('the catalog (GET)', () => {
    const catalogPrefetch = (outcome: PrefetchOutcome) =>
      prefetched({ url: CATALOG, method: 'GET', authorization: null, body: null, outcome });

    it('answers the first request for the prefetched URL with the prefetched response, a retry from the network', async () => {
      const response = fakeResponse('{"tools":[]}');
      const pending: PrefetchedRequests = new Set([catalogPrefetch({ response })]);
      const fetchFn = prefetchingFetch(pending, network);
      expect(await fetchFn(CATALOG, { headers: { Accept: 'application/json' } })).toBe(response);
      expect(network).not.toHaveBeenCalled();
      expect(pending.size).toBe(0);
      await fetchFn(CATALOG, { headers: { Accept: 'application/json' } });
      expect(network).toHaveBeenCalledWith(CATALOG, { headers: { Accept: 'application/json' } });
    });

    it('fetches another URL (a context.catalogUrl override) from the network and keeps the prefetch', async () => {
      const response = fakeResponse('{}');
      const pending: PrefetchedRequests = new Set([catalogPrefetch({ response })]);
      const fetchFn = prefetchingFetch(pending, network);
      await fetchFn('https://other.example/catalog.json');
      expect(network).toHaveBeenCalledWith('https://other.example/catalog.json', undefined);
      expect(await fetchFn(new URL(CATALOG))).toBe(response);
    });

    it('rethrows the error of a failed prefetch once, so the store reports it and a retry fetches again', async () => {
      const fetchFn = prefetchingFetch(new Set([catalogPrefetch({ error: new TypeError('Failed to fetch') })]), network);
      await expect(fetchFn(CATALOG)).rejects.toThrow('Failed to fetch');
      await expect(fetchFn(CATALOG)).resolves.toMatchObject({ ok: true });
      expect(network).toHaveBeenCalledTimes(1);
    });
  });

  describe('a state query (POST)', () => {
    const response = fakeResponse('{"data":{}}');
    const body = stateBody({ selector: 'a=b', limit: 1 });

    it('hands the prefetched response to the same query with the variables in another order, once', async () => {
      const pending: PrefetchedRequests = new Set([prefetched({ body, outcome: { response } })]);
      const fetchFn = prefetchingFetch(pending, network);
      expect(await fetchFn(GATEWAY, apolloInit(stateBody({ limit: 1, selector: 'a=b' })))).toBe(response);
      expect(network).not.toHaveBeenCalled();
      await fetchFn(GATEWAY, apolloInit(body)); // Apollo's retry after a 401 reads the gateway again
      expect(network).toHaveBeenCalledTimes(1);
    });

    it.each<[string, string, RequestInit]>([
      ['another URL', GATEWAY.replace('team-a', 'team-b'), apolloInit(body)],
      ['another token', GATEWAY, apolloInit(body, 'token-2')],
      ['no token', GATEWAY, { method: 'POST', headers: { 'content-type': 'application/json' }, body }],
      ['other variables', GATEWAY, apolloInit(stateBody({ selector: 'a=c', limit: 1 }))],
      ['nested variables in another shape', GATEWAY, apolloInit(stateBody({ selector: 'a=b', limit: [1] }))],
      ['another query text', GATEWAY, apolloInit(stateBody({ selector: 'a=b', limit: 1 }, `${QUERY} `))],
      ['another operation name', GATEWAY, apolloInit(stateBody({ selector: 'a=b', limit: 1 }, QUERY, 'OverviewState'))],
      ['another method', GATEWAY, { ...apolloInit(body), method: 'PUT' }],
      ['no body', GATEWAY, { ...apolloInit(body), body: undefined }],
    ])('sends a request with %s to the network and keeps the prefetch', async (_case, url, init) => {
      const pending: PrefetchedRequests = new Set([prefetched({ body, outcome: { response } })]);
      const fetchFn = prefetchingFetch(pending, network);
      expect(await fetchFn(url, init)).not.toBe(response);
      expect(network).toHaveBeenCalledWith(url, init);
      expect(pending.size).toBe(1);
    });

    it('compares variables canonically at every level', async () => {
      const nested = stateBody({ where: { a: 1, b: { c: 2, d: 3 } } });
      const fetchFn = prefetchingFetch(new Set([prefetched({ body: nested, outcome: { response } })]), network);
      expect(await fetchFn(GATEWAY, apolloInit(stateBody({ where: { b: { d: 3, c: 2 }, a: 1 } })))).toBe(response);
    });

    it('reads the Authorization header from a Headers object too', async () => {
      const fetchFn = prefetchingFetch(new Set([prefetched({ body, outcome: { response } })]), network);
      const headers = new Headers({ Authorization: 'Bearer token-1' });
      expect(await fetchFn(GATEWAY, { method: 'post', headers, body })).toBe(response);
    });

    it('surfaces a failed prefetch as the fetch error of the request it answers', async () => {
      const failure = new TypeError('NetworkError when attempting to fetch resource.');
      const fetchFn = prefetchingFetch(new Set([prefetched({ body, outcome: { error: failure } })]), network);
      await expect(fetchFn(GATEWAY, apolloInit(body))).rejects.toBe(failure);
      expect(network).not.toHaveBeenCalled();
    });

    it('compares bodies that are not JSON as text', async () => {
      const pending: PrefetchedRequests = new Set([prefetched({ body: 'plain', outcome: { response } })]);
      const fetchFn = prefetchingFetch(pending, network);
      await fetchFn(GATEWAY, apolloInit('plain-other'));
      expect(network).toHaveBeenCalledTimes(1);
      expect(await fetchFn(GATEWAY, apolloInit('plain'))).toBe(response);
    });
  });

  it('without prefetched requests fetches everything from the network', async () => {
    await prefetchingFetch(null, network)(CATALOG);
    await prefetchingFetch(new Set(), network)(CATALOG);
    expect(network).toHaveBeenCalledTimes(2);
  });
});
