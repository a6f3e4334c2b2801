import { ApolloLink } from '@apollo/client';
import { print } from '@apollo/client/utilities';
import { Client, createClient } from 'graphql-sse';
import { Observable } from 'rxjs';

/**
 * Apollo link for subscriptions over GraphQL-over-SSE in graphql-sse's "distinct connections" mode: one HTTP
 * request with `Accept: text/event-stream` per subscription (platform-contract §4.5). Retries are left to the
 * caller (`retryAttempts: 0`): the onboarding flow reconnects itself with the last resourceVersion.
 */
export class SseLink extends ApolloLink {
  private client: Client | null = null;

  /**
   * @param url gateway endpoint (`…/api/clusters/<workspace>/graphql`)
   * @param headers read for every new stream, so a refreshed token reaches the next connection
   */
  constructor(
    private readonly url: string,
    private readonly headers: () => Record<string, string>,
  ) {
    super();
  }

  override request(operation: ApolloLink.Operation): Observable<ApolloLink.Result> {
    // Created on the first stream: graphql-sse binds `fetch` at creation, and pages without streams need none.
    const client = (this.client ??= createClient({ url: this.url, headers: this.headers, retryAttempts: 0 }));
    return new Observable<ApolloLink.Result>((sink) =>
      client.subscribe<ApolloLink.Result['data']>(
        { query: print(operation.query), variables: operation.variables, operationName: operation.operationName },
        {
          next: (result) => sink.next(result as ApolloLink.Result),
          error: (error) => sink.error(error),
          complete: () => sink.complete(),
        },
      ),
    );
  }
}
