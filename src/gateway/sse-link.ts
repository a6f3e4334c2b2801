import { ApolloLink } from '@apollo/client';
import { print } from '@apollo/client/utilities';
import { createClient } from 'graphql-sse';
import { Observable } from 'rxjs';

/**
 * Apollo link for subscriptions over GraphQL-over-SSE in graphql-sse's "distinct connections" mode: one HTTP
 * request with `Accept: text/event-stream` per subscription (docs/platform.md §4.5). Retries are left to the
 * caller (`retryAttempts: 0`): the onboarding flow reconnects itself with the last resourceVersion.
 *
 * One graphql-sse client per stream, disposed when the stream ends (unsubscribed, completed or failed). In
 * distinct-connections mode graphql-sse 2.6 registers a dispose listener per subscription on its client (it aborts
 * the subscription's `AbortController` when the client is disposed) and removes it only in `client.dispose()`, so a
 * client shared by all streams would keep every closed stream's controller, request and sink alive for the life of
 * the page. The library's own lifetime is the client: disposing it is how it releases a subscription.
 */
export class SseLink extends ApolloLink {
  /**
   * @param url gateway endpoint (`…/api/clusters/<workspace>/graphql`)
   * @param headers read for every new stream, so a refreshed token reaches the next connection
   * @param fetchFn the `fetch` streams use; default: the global `fetch` current when a stream opens (tests pass a fake)
   */
  constructor(
    private readonly url: string,
    private readonly headers: () => Record<string, string>,
    private readonly fetchFn?: typeof fetch,
  ) {
    super();
  }

  override request(operation: ApolloLink.Operation): Observable<ApolloLink.Result> {
    const request = { query: print(operation.query), variables: operation.variables, operationName: operation.operationName };
    return new Observable<ApolloLink.Result>((sink) => {
      const client = createClient({ url: this.url, headers: this.headers, retryAttempts: 0, fetchFn: this.fetchFn });
      const unsubscribe = client.subscribe<ApolloLink.Result['data']>(request, {
        next: (result) => sink.next(result as ApolloLink.Result),
        error: (error) => sink.error(error),
        complete: () => sink.complete(),
      });
      // Runs after unsubscribe, completion and error alike.
      return () => {
        unsubscribe();
        client.dispose();
      };
    });
  }
}
