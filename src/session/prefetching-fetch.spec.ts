import type { CatalogPrefetch } from './catalog-prefetch';
import { prefetchingFetch } from './prefetching-fetch';

const URL_A = 'https://cdn.example/wc/assets/catalog.json';

/** jsdom has no `Response`; the store reads only `ok`, `status` and `text()`. */
function fakeResponse(body: string): Response {
  return { ok: true, status: 200, text: async () => body } as unknown as Response;
}

function prefetchOf(settled: Awaited<CatalogPrefetch['response']>): CatalogPrefetch {
  return { url: URL_A, response: Promise.resolve(settled) };
}

describe('prefetchingFetch', () => {
  it('answers the first request for the prefetched URL with the prefetched response, later ones from the network', async () => {
    const prefetched = fakeResponse('{"tools":[]}');
    const network = jest.fn(async () => fakeResponse('{"tools":[1]}'));
    const fetchFn = prefetchingFetch(prefetchOf({ response: prefetched }), network);
    expect(await fetchFn(URL_A)).toBe(prefetched);
    expect(network).not.toHaveBeenCalled();
    await fetchFn(URL_A, { headers: { Accept: 'application/json' } }); // a retry goes to the network
    expect(network).toHaveBeenCalledWith(URL_A, { headers: { Accept: 'application/json' } });
  });

  it('fetches other URLs (a context.catalogUrl override) from the network and keeps the prefetch for its URL', async () => {
    const prefetched = fakeResponse('{}');
    const network = jest.fn(async () => fakeResponse('{}'));
    const fetchFn = prefetchingFetch(prefetchOf({ response: prefetched }), network);
    await fetchFn('https://other.example/catalog.json');
    expect(network).toHaveBeenCalledWith('https://other.example/catalog.json', undefined);
    expect(await fetchFn(URL_A)).toBe(prefetched);
  });

  it('rethrows the error of a failed prefetch once, so the store reports it and a retry fetches again', async () => {
    const network = jest.fn(async () => fakeResponse('{}'));
    const fetchFn = prefetchingFetch(prefetchOf({ error: new TypeError('Failed to fetch') }), network);
    await expect(fetchFn(URL_A)).rejects.toThrow('Failed to fetch');
    await expect(fetchFn(URL_A)).resolves.toMatchObject({ ok: true });
    expect(network).toHaveBeenCalledTimes(1);
  });

  it('without a prefetch fetches everything from the network', async () => {
    const network = jest.fn(async () => fakeResponse('{}'));
    await prefetchingFetch(null, network)(URL_A);
    expect(network).toHaveBeenCalledTimes(1);
  });
});
