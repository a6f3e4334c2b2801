import type { Scheduler, TimerHandle } from './scheduler';

/**
 * One timeout of `ms` milliseconds on a {@link Scheduler} (the bind and delete deadlines of the onboarding flow).
 * `arm()` starts it unless it already runs, `clear()` stops it; `expired` runs once when it passes.
 */
export class Deadline {
  private handle: TimerHandle | null = null;

  constructor(
    private readonly scheduler: Scheduler,
    /** Length of the deadline in milliseconds. */
    readonly ms: number,
    private readonly expired: () => void,
  ) {}

  /** True while the deadline is running. */
  get armed(): boolean {
    return this.handle !== null;
  }

  /** Starts the deadline; a running one keeps its original end. */
  arm(): void {
    if (this.handle !== null) {
      return;
    }
    this.handle = this.scheduler.setTimeout(() => {
      this.handle = null;
      this.expired();
    }, this.ms);
  }

  /** Stops the deadline if it runs. */
  clear(): void {
    if (this.handle !== null) {
      this.scheduler.clearTimeout(this.handle);
      this.handle = null;
    }
  }
}
