import type { DocumentNode } from 'graphql';
import type { Subscription } from 'rxjs';
import { classifyNetworkError } from '../gateway/error-classification';
import type { GatewayClient, GatewayResult } from '../gateway/gateway-client';
import type { GatewayError } from '../gateway/gateway-error';
import { readWatchEvent, type ListSnapshot } from '../gateway/documents/read-response';
import type { ObjectMeta } from '../platform/resources';
import type { Scheduler, TimerHandle } from './scheduler';

/**
 * Reconnect back-off of a dropped stream (docs/platform.md §4.5: streams end after 30 min, on rebuilds, restarts):
 * exponential with full jitter, so many pages do not reconnect in lock-step after a gateway restart. The n-th
 * consecutive attempt waits `random() × min(maxDelayMs, initialDelayMs × 2^(n-1))` ms.
 */
export interface ReconnectOptions {
  /** Ceiling of the first delay, doubled per consecutive failed attempt; default 1000 ms. */
  readonly initialDelayMs?: number;
  /** Cap of the delay ceiling; default 30000 ms. */
  readonly maxDelayMs?: number;
  /** A stream open at least this long (or one that delivered an event) counts as healthy; default 5000 ms. */
  readonly healthyAfterMs?: number;
  /** Uniform random number in [0, 1) for the jitter; default `Math.random`. */
  readonly random?: () => number;
}

/**
 * Whether a list is connected: `live` while its stream is open (or a first reconnect after a drop is pending),
 * `reconnecting` once a reconnect failed: the items may be outdated until the stream is healthy again.
 */
export type ConnectionState = 'live' | 'reconnecting';

/** An object with metadata; identity is `metadata.uid` (falling back to the name), docs/platform.md §4.9.4. */
export interface ListedObject {
  readonly metadata?: Pick<ObjectMeta, 'name' | 'uid' | 'resourceVersion'> | null;
}

/** What a {@link LiveList} watches and whom it tells. */
export interface LiveListOptions<T> {
  /** Opens the subscription (graphql-sse, docs/platform.md §4.5). */
  readonly gateway: GatewayClient;
  /** A list subscription aliased `event` with a `$resourceVersion` variable. */
  readonly document: DocumentNode;
  /** Further variables of the subscription (e.g. a label selector); default none. */
  readonly variables?: Readonly<Record<string, unknown>>;
  readonly scheduler: Scheduler;
  readonly reconnect?: ReconnectOptions;
  /** Called after each applied event with every current item. */
  readonly onChange: (items: readonly T[]) => void;
  /** Called once when the list gives up: a non-retryable error (forbidden, schema). */
  readonly onFailure: (error: GatewayError) => void;
  /** Called when the connection state changes (after the first failed reconnect, and when healthy again). */
  readonly onConnection?: (state: ConnectionState) => void;
}

/**
 * One list kept live through one SSE stream: starts from a list snapshot, opens the subscription with the list's
 * resourceVersion, applies ADDED/MODIFIED/DELETED idempotently by uid, and after a drop or a clean end resumes from
 * the last resourceVersion seen, with exponential back-off with full jitter and a cap, for as long as it runs.
 * The first failed reconnect turns the connection `reconnecting` (the caller marks its items as possibly outdated);
 * an event, or a stream open for `healthyAfterMs`, turns it `live` again. Only a non-retryable error (forbidden,
 * schema, …) ends it through `onFailure`. `stop()` closes the stream and the timer.
 */
export class LiveList<T extends ListedObject> {
  private readonly byKey = new Map<string, T>();
  private resourceVersion: string | null = null;
  private subscription: Subscription | null = null;
  private timer: TimerHandle | null = null;
  /** Consecutive drops without a healthy stream in between. */
  private attempts = 0;
  private connection: ConnectionState = 'live';
  private running = false;

  constructor(private readonly options: LiveListOptions<T>) {}

  /** Current items, in arrival order. */
  get items(): readonly T[] {
    return [...this.byKey.values()];
  }

  /** True while a stream is open or a reconnect is scheduled. */
  get active(): boolean {
    return this.running;
  }

  /** See {@link ConnectionState}. */
  get connectionState(): ConnectionState {
    return this.connection;
  }

  /** Replaces the items by `snapshot` and opens the stream from its resourceVersion. */
  start(snapshot: ListSnapshot<T>): void {
    this.stop();
    this.byKey.clear();
    for (const item of snapshot.items) {
      this.byKey.set(keyOf(item), item);
    }
    this.resourceVersion = snapshot.resourceVersion;
    this.attempts = 0;
    this.running = true;
    this.setConnection('live');
    this.open();
  }

  stop(): void {
    this.running = false;
    this.subscription?.unsubscribe();
    this.subscription = null;
    this.clearTimer();
  }

  private open(): void {
    this.timer = null;
    if (this.attempts > 0) {
      // A reconnect: healthy once it stays open this long (a watch may have nothing to tell).
      this.timer = this.options.scheduler.setTimeout(() => this.healthy(), this.reconnectOptions().healthyAfterMs);
    }
    const variables = { ...this.options.variables, ...(this.resourceVersion ? { resourceVersion: this.resourceVersion } : {}) };
    this.subscription = this.options.gateway.subscribe<unknown>({ document: this.options.document, variables }).subscribe({
      next: (result) => this.receive(result),
      error: (error: unknown) => this.dropped(classifyNetworkError(error)),
      complete: () => this.dropped(null),
    });
  }

  private receive(result: GatewayResult<unknown>): void {
    if (!this.running) {
      return;
    }
    if (result.errors.length > 0) {
      // The gateway reports e.g. forbidden as a `next` with errors, then `complete` (docs/platform.md §4.5).
      this.dropped(result.errors[0]);
      return;
    }
    const event = readWatchEvent<T>(result.data);
    if (!event) {
      return;
    }
    this.healthy();
    const key = keyOf(event.object);
    if (event.type === 'DELETED') {
      this.byKey.delete(key);
    } else {
      this.byKey.set(key, event.object);
    }
    this.resourceVersion = event.object.metadata?.resourceVersion ?? this.resourceVersion;
    this.options.onChange(this.items);
  }

  /** The stream ended (`error` null = clean end). Resume with jittered back-off, or give up on a lasting error. */
  private dropped(error: GatewayError | null): void {
    if (!this.running) {
      return;
    }
    this.subscription?.unsubscribe();
    this.subscription = null;
    this.clearTimer();
    if (error && !error.retryable && error.kind !== 'unknown') {
      this.running = false;
      this.options.onFailure(error);
      return;
    }
    this.attempts += 1;
    if (this.attempts > 1) {
      // The reconnect itself failed: the items may be outdated from now on.
      this.setConnection('reconnecting');
    }
    const { initialDelayMs, maxDelayMs, random } = this.reconnectOptions();
    const ceiling = Math.min(initialDelayMs * 2 ** (this.attempts - 1), maxDelayMs);
    this.timer = this.options.scheduler.setTimeout(() => this.open(), Math.floor(random() * ceiling));
  }

  /** The stream delivered an event or stayed open long enough: the back-off starts over, the items are live. */
  private healthy(): void {
    this.attempts = 0;
    this.clearTimer();
    this.setConnection('live');
  }

  private setConnection(state: ConnectionState): void {
    if (this.connection !== state) {
      this.connection = state;
      this.options.onConnection?.(state);
    }
  }

  private clearTimer(): void {
    if (this.timer !== null) {
      this.options.scheduler.clearTimeout(this.timer);
      this.timer = null;
    }
  }

  private reconnectOptions(): Required<ReconnectOptions> {
    const { initialDelayMs = 1000, maxDelayMs = 30_000, healthyAfterMs = 5000, random = Math.random } = this.options.reconnect ?? {};
    return { initialDelayMs, maxDelayMs, healthyAfterMs, random };
  }
}

function keyOf(object: ListedObject): string {
  return object.metadata?.uid ?? `name:${object.metadata?.name ?? ''}`;
}
