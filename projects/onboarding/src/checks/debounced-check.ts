import type { Scheduler, TimerHandle } from '../flow/scheduler';

/** Default quiet time before a check runs (ms): at most one request per 500 ms of edits. */
export const CHECK_DEBOUNCE_MS = 500;

/**
 * Runs a check (e.g. the dry run of the configure form's spec) after edits settle: `update(value)` restarts a
 * `delayMs` timer on the injected scheduler, and when it fires the check runs for the latest value, unless that value
 * equals (by `key`, default `JSON.stringify`) the one checked last, so no request goes out while nothing changed.
 * Results of a superseded run are dropped. `dispose()` cancels the timer; later results are dropped too.
 */
export class DebouncedCheck<T, R> {
  private timer: TimerHandle | null = null;
  private lastKey: string | null = null;
  private run = 0;
  private disposed = false;

  /**
   * @param check the request, e.g. a dry-run mutation; its rejection is passed to `onResult` as `{ error }`
   * @param onResult receives the result of the newest run only
   */
  constructor(
    private readonly scheduler: Scheduler,
    private readonly check: (value: T) => Promise<R>,
    private readonly onResult: (result: { readonly value: T; readonly result?: R; readonly error?: unknown }) => void,
    private readonly delayMs = CHECK_DEBOUNCE_MS,
    private readonly key: (value: T) => string = (value) => JSON.stringify(value),
  ) {}

  /** A new value (an edit): (re)starts the quiet time. */
  update(value: T): void {
    if (this.disposed) return;
    if (this.timer !== null) this.scheduler.clearTimeout(this.timer);
    this.timer = this.scheduler.setTimeout(() => this.fire(value), this.delayMs);
  }

  /** Forgets the last checked value, so the same value is checked again (e.g. after a transport failure). */
  reset(): void {
    this.lastKey = null;
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== null) this.scheduler.clearTimeout(this.timer);
    this.timer = null;
  }

  private fire(value: T): void {
    this.timer = null;
    const key = this.key(value);
    if (key === this.lastKey) return;
    this.lastKey = key;
    const run = ++this.run;
    const current = () => !this.disposed && run === this.run;
    this.check(value).then(
      (result) => current() && this.onResult({ value, result }),
      (error: unknown) => current() && this.onResult({ value, error }),
    );
  }
}
