import type { DocumentNode } from 'graphql';
import type { Subscription } from 'rxjs';
import { classifyNetworkError } from '../gateway/error-classification';
import type { GatewayClient, GatewayResult } from '../gateway/gateway-client';
import type { GatewayError } from '../gateway/gateway-error';
import { readWatchEvent, type ListSnapshot } from '../gateway/documents/read-response';
import type { ObjectMeta } from '../platform/resources';
import type { Scheduler, TimerHandle } from './scheduler';

/** Reconnect back-off of a dropped stream (platform-contract §4.5: streams end after 30 min, on rebuilds, restarts). */
export interface ReconnectOptions {
  /** First delay, doubled per consecutive failed attempt; default 1000 ms. */
  readonly initialDelayMs?: number;
  /** Upper bound of the delay; default 30000 ms. */
  readonly maxDelayMs?: number;
  /** Consecutive attempts without an event before giving up; default 8. */
  readonly maxAttempts?: number;
  /** A stream open at least this long counts as healthy when it ends (resets the attempts); default 10000 ms. */
  readonly healthyAfterMs?: number;
}

/** An object with metadata; identity is `metadata.uid` (falling back to the name), platform-contract §4.9.4. */
export interface ListedObject {
  readonly metadata?: Pick<ObjectMeta, 'name' | 'uid' | 'resourceVersion'> | null;
}

/** What a {@link LiveList} watches and whom it tells. */
export interface LiveListOptions<T> {
  /** Opens the subscription (graphql-sse, platform-contract §4.5). */
  readonly gateway: GatewayClient;
  /** A list subscription aliased `event` with a `$resourceVersion` variable. */
  readonly document: DocumentNode;
  readonly scheduler: Scheduler;
  readonly reconnect?: ReconnectOptions;
  /** Called after each applied event with every current item. */
  readonly onChange: (items: readonly T[]) => void;
  /** Called once when the list gives up: a non-retryable error (forbidden, schema) or too many failed attempts. */
  readonly onFailure: (error: GatewayError) => void;
}

/**
 * One list kept live through one SSE stream: starts from a list snapshot, opens the subscription with the list's
 * resourceVersion, applies ADDED/MODIFIED/DELETED idempotently by uid, and after a drop or a clean end resumes from
 * the last resourceVersion seen, with bounded exponential back-off. `stop()` closes the stream and the timer.
 */
export class LiveList<T extends ListedObject> {
  private readonly byKey = new Map<string, T>();
  private resourceVersion: string | null = null;
  private subscription: Subscription | null = null;
  private timer: TimerHandle | null = null;
  private attempts = 0;
  private openedAt = 0;
  private sawEvent = false;
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
    this.open();
  }

  stop(): void {
    this.running = false;
    this.subscription?.unsubscribe();
    this.subscription = null;
    if (this.timer !== null) {
      this.options.scheduler.clearTimeout(this.timer);
      this.timer = null;
    }
  }

  private open(): void {
    this.timer = null;
    this.openedAt = this.options.scheduler.now();
    this.sawEvent = false;
    const variables = this.resourceVersion ? { resourceVersion: this.resourceVersion } : {};
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
      // The gateway reports e.g. forbidden as a `next` with errors, then `complete` (§4.5).
      this.dropped(result.errors[0]);
      return;
    }
    const event = readWatchEvent<T>(result.data);
    if (!event) {
      return;
    }
    this.sawEvent = true;
    this.attempts = 0;
    const key = keyOf(event.object);
    if (event.type === 'DELETED') {
      this.byKey.delete(key);
    } else {
      this.byKey.set(key, event.object);
    }
    this.resourceVersion = event.object.metadata?.resourceVersion ?? this.resourceVersion;
    this.options.onChange(this.items);
  }

  /** The stream ended (`error` null = clean end). Resume or give up. */
  private dropped(error: GatewayError | null): void {
    if (!this.running) {
      return;
    }
    this.subscription?.unsubscribe();
    this.subscription = null;
    if (error && !error.retryable && error.kind !== 'unknown') {
      this.running = false;
      this.options.onFailure(error);
      return;
    }
    const { initialDelayMs = 1000, maxDelayMs = 30000, maxAttempts = 8, healthyAfterMs = 10000 } = this.options.reconnect ?? {};
    if (this.sawEvent || this.options.scheduler.now() - this.openedAt >= healthyAfterMs) {
      this.attempts = 0;
    }
    this.attempts += 1;
    if (this.attempts > maxAttempts) {
      this.running = false;
      this.options.onFailure(
        error ?? classifyNetworkError(new Error(`the live stream ended ${maxAttempts} times in a row without events`)),
      );
      return;
    }
    const delay = Math.min(initialDelayMs * 2 ** (this.attempts - 1), maxDelayMs);
    this.timer = this.options.scheduler.setTimeout(() => this.open(), delay);
  }
}

function keyOf(object: ListedObject): string {
  return object.metadata?.uid ?? `name:${object.metadata?.name ?? ''}`;
}
