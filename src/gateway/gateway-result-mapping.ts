import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { classifyGraphQLError, classifyHttpStatus, classifyNetworkError, GatewayError, type GatewayResult } from '@opencp/onboarding';

/** What an Apollo operation yields with `errorPolicy: 'all'`: partial data next to an optional error. */
export interface ApolloOutcome<T> {
  readonly data?: T | null;
  readonly error?: unknown;
}

/**
 * Maps an Apollo outcome to a {@link GatewayResult}: GraphQL-level errors (HTTP 200 with `errors`,
 * docs/platform.md §4.7) become classified errors next to the data; anything else is a transport failure and is
 * thrown as a {@link GatewayError}.
 */
export function toGatewayResult<T>(outcome: ApolloOutcome<T>): GatewayResult<T> {
  if (outcome.error === undefined || outcome.error === null) {
    return { data: outcome.data ?? null, errors: [] };
  }
  if (CombinedGraphQLErrors.is(outcome.error)) {
    const errors = outcome.error.errors.map((error) => classifyGraphQLError(error.message, error.path ?? []));
    return { data: (outcome.error.data as T | undefined) ?? outcome.data ?? null, errors };
  }
  throw toGatewayError(outcome.error);
}

/**
 * Classifies a transport failure: an HTTP status with its body (401, 404, 429, 503, 504 of docs/platform.md §4.7; Apollo's
 * HttpLink reports them as `ServerError`, a body that is no JSON as `ServerParseError`, graphql-sse as `NetworkError` carrying the `Response`), else a network
 * error. A {@link GatewayError} passes through unchanged.
 */
export function toGatewayError(error: unknown): GatewayError {
  if (error instanceof GatewayError) return error;
  if (ServerError.is(error) || ServerParseError.is(error)) return classifyHttpStatus(error.statusCode, error.bodyText);
  // graphql-sse's NetworkError carries the Response; its status text ("OK") is no gateway message, so no body.
  const response = (error as { response?: { status?: unknown } } | null)?.response;
  if (typeof response?.status === 'number') return classifyHttpStatus(response.status);
  return classifyNetworkError(error);
}
