import { Observable, type Subscriber } from 'rxjs';
import { operationName } from '../src/gateway/documents/instantiate-template';
import { GatewayClient, type GatewayRequest, type GatewayResult } from '../src/gateway/gateway-client';
import { GatewayError } from '../src/gateway/gateway-error';
import type { WatchEvent } from '../src/platform/resources';

/** One recorded call: which operation, with which variables. */
export interface RecordedCall {
  readonly kind: 'query' | 'mutate' | 'subscribe';
  readonly operationName: string;
  readonly variables: Readonly<Record<string, unknown>>;
}

/** An answer: a result, a transport error (the Promise rejects), or a function of the variables returning either. */
export type FakeAnswer =
  | GatewayResult<unknown>
  | GatewayError
  | ((variables: Readonly<Record<string, unknown>>) => GatewayResult<unknown> | GatewayError | Promise<GatewayResult<unknown>>);

/** A subscription opened through the fake; the test pushes what the gateway would send. */
export class FakeStream {
  closed = false;

  constructor(
    readonly operationName: string,
    readonly variables: Readonly<Record<string, unknown>>,
    private readonly subscriber: Subscriber<GatewayResult<unknown>>,
  ) {}

  /** Sends one raw `next` payload. */
  next(result: GatewayResult<unknown>): void {
    this.subscriber.next(result);
  }

  /** Sends one watch event in the `event` alias shape of the library's subscriptions. */
  event<T>(type: WatchEvent<T>['type'], object: T): void {
    this.next({ data: { event: { type, object } }, errors: [] });
  }

  /** Sends a `next` with GraphQL errors (how the gateway reports e.g. forbidden on a stream, docs/platform.md §4.5). */
  graphqlError(error: GatewayError): void {
    this.next({ data: null, errors: [error] });
  }

  /** Fails the stream with a transport error (dropped connection, 429, …). */
  fail(error: unknown): void {
    this.subscriber.error(error);
  }

  /** Ends the stream as the server's `complete` does. */
  complete(): void {
    this.subscriber.complete();
  }
}

/**
 * In-memory {@link GatewayClient} for tests: answers queries and mutations by operation name (`respondOnce` answers
 * are used first, in order, then the `respond` answer), records every call, and hands out {@link FakeStream}s for
 * subscriptions. An operation without an answer rejects with a GatewayError naming it.
 */
export class FakeGatewayClient extends GatewayClient {
  readonly calls: RecordedCall[] = [];
  private readonly persistent = new Map<string, FakeAnswer>();
  private readonly queued = new Map<string, FakeAnswer[]>();
  private readonly opened: FakeStream[] = [];

  /** Answers every call of `operation` (until replaced). */
  respond(operation: string, answer: FakeAnswer): this {
    this.persistent.set(operation, answer);
    return this;
  }

  /** Answers the next call of `operation` once; queued answers go before the persistent one. */
  respondOnce(operation: string, answer: FakeAnswer): this {
    this.queued.set(operation, [...(this.queued.get(operation) ?? []), answer]);
    return this;
  }

  /** Calls of one operation, in order. */
  callsOf(operation: string): RecordedCall[] {
    return this.calls.filter((call) => call.operationName === operation);
  }

  /** Streams opened so far (optionally of one operation), including closed ones. */
  streams(operation?: string): FakeStream[] {
    return this.opened.filter((stream) => operation === undefined || stream.operationName === operation);
  }

  /** Streams still open. */
  openStreams(operation?: string): FakeStream[] {
    return this.streams(operation).filter((stream) => !stream.closed);
  }

  /** The newest open stream of `operation`; throws when there is none. */
  stream(operation: string): FakeStream {
    const open = this.openStreams(operation);
    if (open.length === 0) {
      throw new Error(
        `FakeGatewayClient: no open ${operation} stream (opened: ${this.opened.map((s) => s.operationName).join(', ') || 'none'})`,
      );
    }
    return open[open.length - 1];
  }

  override query<T>(request: GatewayRequest): Promise<GatewayResult<T>> {
    return this.answer('query', request) as Promise<GatewayResult<T>>;
  }

  override mutate<T>(request: GatewayRequest): Promise<GatewayResult<T>> {
    return this.answer('mutate', request) as Promise<GatewayResult<T>>;
  }

  override subscribe<T>(request: GatewayRequest): Observable<GatewayResult<T>> {
    const name = operationName(request.document);
    const variables = request.variables ?? {};
    return new Observable<GatewayResult<T>>((subscriber) => {
      this.calls.push({ kind: 'subscribe', operationName: name, variables });
      const stream = new FakeStream(name, variables, subscriber as Subscriber<GatewayResult<unknown>>);
      this.opened.push(stream);
      return () => {
        stream.closed = true;
      };
    });
  }

  private async answer(kind: 'query' | 'mutate', request: GatewayRequest): Promise<GatewayResult<unknown>> {
    const name = operationName(request.document);
    const variables = request.variables ?? {};
    this.calls.push({ kind, operationName: name, variables });
    const queue = this.queued.get(name);
    const answer = queue && queue.length > 0 ? queue.shift() : this.persistent.get(name);
    if (answer === undefined) {
      throw new GatewayError('unknown', `FakeGatewayClient has no answer for ${name}`);
    }
    const result = typeof answer === 'function' ? await answer(variables) : answer;
    if (result instanceof GatewayError) {
      throw result;
    }
    return result;
  }
}
