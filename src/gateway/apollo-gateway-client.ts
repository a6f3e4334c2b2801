import type { ApolloBase } from 'apollo-angular';
import { GatewayClient, GatewayError, type GatewayRequest, type GatewayResult } from '@opencp/onboarding';
import { catchError, defer, firstValueFrom, map, Observable, retry, throwError, timer } from 'rxjs';
import { toGatewayError, toGatewayResult } from './gateway-result-mapping';

/** Apollo options every operation uses: no normalised cache, partial data next to errors (docs/platform.md §4.9). */
const POLICY = { fetchPolicy: 'no-cache', errorPolicy: 'all' } as const;

/**
 * {@link GatewayClient} over one apollo-angular client (one per gateway URL, see `GatewayClients`). The
 * Authorization header is set per request by the client's links; a 401 is tried once more, which reads the
 * token again (a refreshed token from the Luigi global context, docs/platform.md §5.4).
 */
export class ApolloGatewayClient extends GatewayClient {
  constructor(private readonly apollo: ApolloBase) {
    super();
  }

  override query<T>(request: GatewayRequest): Promise<GatewayResult<T>> {
    return firstValueFrom(
      this.once(() =>
        this.apollo.query<T>({ query: request.document, variables: request.variables ?? {}, ...POLICY }).pipe(map(toGatewayResult)),
      ),
    );
  }

  override mutate<T>(request: GatewayRequest): Promise<GatewayResult<T>> {
    return firstValueFrom(
      this.once(() =>
        this.apollo.mutate<T>({ mutation: request.document, variables: request.variables ?? {}, ...POLICY }).pipe(map(toGatewayResult)),
      ),
    );
  }

  override subscribe<T>(request: GatewayRequest): Observable<GatewayResult<T>> {
    return this.once(() =>
      this.apollo.subscribe<T>({ query: request.document, variables: request.variables ?? {}, ...POLICY }).pipe(map(toGatewayResult)),
    );
  }

  /** Runs `operation`, mapping failures to {@link GatewayError} and repeating it once after a 401. */
  private once<R>(operation: () => Observable<R>): Observable<R> {
    return defer(operation).pipe(
      catchError((error: unknown) => throwError(() => toGatewayError(error))),
      retry({
        count: 1,
        delay: (error: GatewayError) => (error.kind === 'unauthorized' ? timer(0) : throwError(() => error)),
      }),
    );
  }
}
