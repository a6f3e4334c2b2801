/**
 * Classes of gateway failures, from the API-server message texts and HTTP statuses of docs/platform.md §4.7
 * (the gateway sends no `extensions` codes, so the text is all there is).
 */
export type GatewayErrorKind =
  | 'not-found'
  | 'unknown-workspace'
  | 'forbidden'
  | 'already-exists'
  | 'conflict'
  | 'invalid'
  | 'unauthorized'
  | 'too-many-requests'
  | 'unavailable'
  | 'timeout'
  | 'network'
  | 'schema'
  | 'unknown';

/**
 * Kind `timeout` is the gateway's own (HTTP 504, GraphQL `request timeout`): the write may or may not have landed.
 * The flow's deadlines (waiting for `Bound`, for a deletion) are not gateway errors and use their own kind.
 * Kind `unknown-workspace` is an HTTP 404 of the workspace URL (`404 page not found`, docs/platform.md §4.7):
 * the workspace does not exist or is not reachable through this gateway.
 */
/** A classified gateway failure. `message` keeps the gateway's own text for display as detail. */
export class GatewayError extends Error {
  constructor(
    readonly kind: GatewayErrorKind,
    message: string,
    /** GraphQL response path of the failing field, when the error came from a resolver. */
    readonly path: readonly (string | number)[] = [],
    /** HTTP status for transport failures, else undefined. */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'GatewayError';
  }

  /** True where trying the same request again may help (transport trouble, conflicts). */
  get retryable(): boolean {
    return ['conflict', 'too-many-requests', 'unavailable', 'timeout', 'network', 'unauthorized'].includes(this.kind);
  }
}
