import { PREFETCH_TTL_MS, prefetchRequest, type PrefetchedRequests } from './prefetched-request';

const URL_A = 'https://gateway.example/api/clusters/root:orgs:demo:team-a/graphql';

/** A response whose body records a cancel (jsdom has no `Response`). */
function fakeResponse() {
  const cancel = jest.fn(async () => undefined);
  return { response: { ok: true, status: 200, body: { cancel } } as unknown as Response, cancel };
}

describe('prefetchRequest', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('sends the request as given and adds it with what the handover compares', async () => {
    const { response } = fakeResponse();
    const fetchFn = jest.fn(async () => response);
    const pending: PrefetchedRequests = new Set();
    const init = { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer t' }, body: '{}' } as const;
    const request = prefetchRequest(pending, URL_A, init, fetchFn);
    expect(fetchFn).toHaveBeenCalledWith(URL_A, init);
    expect(request).toMatchObject({ url: URL_A, method: 'POST', authorization: 'Bearer t', body: '{}' });
    expect([...pending]).toEqual([request]);
    await expect(request.outcome).resolves.toEqual({ response });
  });

  it('settles with the fetch error instead of rejecting', async () => {
    const failure = new TypeError('Failed to fetch');
    const request = prefetchRequest(
      new Set(),
      URL_A,
      { method: 'GET', headers: {} },
      jest.fn(async () => Promise.reject(failure)),
    );
    await expect(request.outcome).resolves.toEqual({ error: failure });
    expect(request.authorization).toBeNull();
  });

  it('drops a request nobody took after the TTL and cancels its unread body', async () => {
    const { response, cancel } = fakeResponse();
    const pending: PrefetchedRequests = new Set();
    prefetchRequest(
      pending,
      URL_A,
      { method: 'GET', headers: {} },
      jest.fn(async () => response),
    );
    await jest.advanceTimersByTimeAsync(PREFETCH_TTL_MS - 1);
    expect(pending.size).toBe(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(pending.size).toBe(0);
    expect(cancel).toHaveBeenCalledTimes(1);
  });

  it('leaves a taken request alone when the TTL passes', async () => {
    const { response, cancel } = fakeResponse();
    const pending: PrefetchedRequests = new Set();
    const request = prefetchRequest(
      pending,
      URL_A,
      { method: 'GET', headers: {} },
      jest.fn(async () => response),
    );
    pending.delete(request); // what prefetchingFetch does when it hands it over
    await jest.advanceTimersByTimeAsync(PREFETCH_TTL_MS);
    expect(cancel).not.toHaveBeenCalled();
  });
});
