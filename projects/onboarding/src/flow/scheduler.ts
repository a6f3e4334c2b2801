/** Opaque timer handle of a {@link Scheduler}. */
export type TimerHandle = unknown;

/**
 * Time source and timers of the flow (deadlines in ms, reconnect back-off). Injected so tests advance a fake clock
 * instead of waiting (`FakeScheduler` in `@opencp/onboarding/testing`).
 */
export interface Scheduler {
  /** Milliseconds since the epoch. */
  now(): number;
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/** The browser's/Node's own timers. */
export const systemScheduler: Scheduler = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};
