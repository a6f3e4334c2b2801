import type { DocumentNode } from 'graphql';
import type { Observable } from 'rxjs';
import type { GatewayError } from './gateway-error';

/** One GraphQL operation: a static document plus its variables (values never go into the document). */
export interface GatewayRequest {
  readonly document: DocumentNode;
  readonly variables?: Readonly<Record<string, unknown>>;
}

/**
 * Result of an operation with `errorPolicy: 'all'` semantics: partial `data` next to GraphQL-level `errors`
 * (HTTP 200 with an `errors` array, docs/platform.md §4.7). Transport failures (401, 429, 503, 504, network)
 * are not results: the Promise rejects, or the Observable errors, with a {@link GatewayError}.
 */
export interface GatewayResult<T> {
  readonly data: T | null;
  readonly errors: readonly GatewayError[];
}

/**
 * What the onboarding flow needs from the kubernetes-graphql-gateway of one account workspace.
 * The Apollo-backed implementation lives in the elements app (`src/gateway/`); tests use `FakeGatewayClient`
 * from `@opencp/onboarding/testing`.
 */
export abstract class GatewayClient {
  /** Runs a query over HTTP; rejects with a transport {@link GatewayError}. */
  abstract query<T>(request: GatewayRequest): Promise<GatewayResult<T>>;
  /** Runs a mutation over HTTP; rejects with a transport {@link GatewayError}. */
  abstract mutate<T>(request: GatewayRequest): Promise<GatewayResult<T>>;
  /**
   * Opens one GraphQL-over-SSE stream (one root field, docs/platform.md §4.5). Emits one result per `next` event, completes on the
   * server's `complete`, errors with a transport {@link GatewayError}. Unsubscribing closes the connection.
   */
  abstract subscribe<T>(request: GatewayRequest): Observable<GatewayResult<T>>;
}
