/** Opaque timer handle of a Scheduler. */
export type TimerHandle = unknown;

/**
 * Time source and timers of the simulated platform (operator steps, timestamps). The real one uses the clock and
 * `setTimeout`; specs inject `testing/fake-scheduler.ts` and advance time explicitly, without waiting.
 */
export interface Scheduler {
  now(): Date;
  /** Runs `callback` once after `ms` milliseconds (0 = after the current synchronous work). */
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

export const REAL_SCHEDULER: Scheduler = {
  now: () => new Date(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};
