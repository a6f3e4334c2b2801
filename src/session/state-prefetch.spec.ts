import type { ElementKind } from '../element-tags';
import type { PrefetchedRequests, PrefetchInit } from './prefetched-request';
import { shippedStateRequests, statePrefetcher, type StateRequestTable } from './state-prefetch';

const GATEWAY = 'https://gateway.example/api/clusters/root:orgs:demo:team-a/graphql';
const KRO_PAGE: ElementKind = { kind: 'tool-page', toolId: 'kro' };

/** A table that sends `{"tool":…}` with the context's token, and nothing for a context without one. */
const TABLE: StateRequestTable = {
  stateRequestFor: (kind, context) => {
    const token = (context as { token?: string } | null)?.token;
    if (!token || kind.kind !== 'tool-page') return null;
    const init: PrefetchInit = { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: `{"tool":"${kind.toolId}"}` };
    return { url: GATEWAY, init };
  },
};

/** Lets the table's promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('statePrefetcher', () => {
  let pending: PrefetchedRequests;
  let fetchFn: jest.Mock;

  beforeEach(() => {
    pending = new Set();
    fetchFn = jest.fn(() => new Promise(() => undefined)); // never answers: the requests stay waiting
  });

  const prefetcher = (table: StateRequestTable | null = TABLE) => statePrefetcher(pending, Promise.resolve(table), fetchFn);

  it('sends what the table decides for the context, once the table is there, and keeps it for the application', async () => {
    prefetcher()(KRO_PAGE, { token: 't1' });
    expect(fetchFn).not.toHaveBeenCalled();
    await settle();
    expect(fetchFn).toHaveBeenCalledWith(GATEWAY, { method: 'POST', headers: { Authorization: 'Bearer t1' }, body: '{"tool":"kro"}' });
    expect([...pending]).toEqual([expect.objectContaining({ url: GATEWAY, authorization: 'Bearer t1', body: '{"tool":"kro"}' })]);
  });

  it('sends nothing when the table decides so, or when there is no table (another catalog)', async () => {
    prefetcher()(KRO_PAGE, {});
    prefetcher()({ kind: 'overview' }, { token: 't1' });
    prefetcher(null)(KRO_PAGE, { token: 't1' });
    await settle();
    expect(fetchFn).not.toHaveBeenCalled();
    expect(pending.size).toBe(0);
  });

  it('shares one waiting request between elements with the same URL, body and token; another token gets its own', async () => {
    const prefetch = prefetcher();
    prefetch(KRO_PAGE, { token: 't1' });
    prefetch({ kind: 'tool-page', toolId: 'kro' }, { token: 't1' });
    await settle();
    expect(fetchFn).toHaveBeenCalledTimes(1);
    prefetch(KRO_PAGE, { token: 't2' });
    prefetch({ kind: 'tool-page', toolId: 'flux' }, { token: 't1' });
    await settle();
    expect(fetchFn).toHaveBeenCalledTimes(3);
    pending.clear(); // taken by the application: the next element's context starts a new one
    prefetch(KRO_PAGE, { token: 't1' });
    await settle();
    expect(fetchFn).toHaveBeenCalledTimes(4);
  });
});

describe('shippedStateRequests', () => {
  it('resolves null without a fetched catalog (the catalog request failed)', async () => {
    await expect(shippedStateRequests(Promise.resolve(null))).resolves.toBeNull();
  });

  it('resolves null and logs when the catalog cannot be read', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(shippedStateRequests(Promise.reject(new Error('body stream failed')))).resolves.toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('state requests could not be prepared'), expect.any(Error));
    warn.mockRestore();
  });
});
