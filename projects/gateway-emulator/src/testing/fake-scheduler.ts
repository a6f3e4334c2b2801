import { Scheduler, TimerHandle } from '../operator/scheduler';

interface Timer {
  id: number;
  at: number;
  callback: () => void;
}

/**
 * A Scheduler on fake time for specs: nothing runs until the spec advances the clock; timers fire in time order
 * (ties in the order they were set), including timers set by the callbacks themselves.
 */
export class FakeScheduler implements Scheduler {
  private time: number;
  private nextId = 1;
  private timers: Timer[] = [];

  constructor(start = Date.UTC(2026, 0, 1, 12, 0, 0)) {
    this.time = start;
  }

  now(): Date {
    return new Date(this.time);
  }

  setTimeout(callback: () => void, ms: number): TimerHandle {
    const timer = { id: this.nextId++, at: this.time + Math.max(0, ms), callback };
    this.timers.push(timer);
    return timer.id;
  }

  clearTimeout(handle: TimerHandle): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }

  /** Milliseconds since the scheduler's start. */
  elapsedSince(start: Date): number {
    return this.time - start.getTime();
  }

  /** Moves the clock forward by `ms`, running every timer that falls due on the way. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (let timer = this.nextDue(end); timer; timer = this.nextDue(end)) {
      this.time = timer.at;
      this.timers = this.timers.filter((t) => t !== timer);
      timer.callback();
    }
    this.time = end;
  }

  /**
   * Runs timers one by one until `probe` holds; returns the fake milliseconds it took. Throws with `what` when it
   * does not hold within `limitMs` of fake time (or no timer is left to run).
   */
  runUntil(what: string, probe: () => boolean, limitMs = 60_000): number {
    const start = this.time;
    while (!probe()) {
      const timer = this.nextDue(start + limitMs);
      if (!timer) throw new Error(`${what}: not reached within ${limitMs} ms of fake time (${this.timers.length} timers pending)`);
      this.time = timer.at;
      this.timers = this.timers.filter((t) => t !== timer);
      timer.callback();
    }
    return this.time - start;
  }

  private nextDue(until: number): Timer | undefined {
    let next: Timer | undefined;
    for (const timer of this.timers)
      if (timer.at <= until && (!next || timer.at < next.at || (timer.at === next.at && timer.id < next.id))) next = timer;
    return next;
  }
}
