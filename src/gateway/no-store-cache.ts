import { ApolloCache, type Cache, type Reference, type Transaction } from '@apollo/client';

/**
 * The Apollo cache of the gateway clients: stores nothing. Every operation runs with `fetchPolicy: 'no-cache'`
 * (`apollo-gateway-client.ts`; the live state comes from list watches, docs/platform.md §4.5/§4.9), so Apollo
 * only asks the cache to transform documents and serialize variables, which `ApolloCache` does itself. Apollo
 * requires a cache instance; `InMemoryCache` would add about 13 kB gzipped to every page for a store never read.
 *
 * The storage methods answer "nothing stored": reads and diffs miss, writes and evictions do nothing, watches
 * never fire. Unlike `InMemoryCache`, no `__typename` is added to documents.
 */
export class NoStoreCache extends ApolloCache {
  override read(): null {
    return null;
  }

  override write(): Reference | undefined {
    return undefined;
  }

  override diff<TData>(): Cache.DiffResult<TData> {
    return { result: null, complete: false };
  }

  override watch(): () => void {
    return () => undefined;
  }

  override reset(): Promise<void> {
    return Promise.resolve();
  }

  override evict(): boolean {
    return false;
  }

  override restore(): this {
    return this;
  }

  override extract(): Record<string, never> {
    return {};
  }

  override removeOptimistic(): void {
    // No optimistic layers: optimistic responses are not used with this cache.
  }

  override fragmentMatches(): boolean {
    return false;
  }

  override performTransaction(transaction: Transaction): void {
    transaction(this);
  }
}
