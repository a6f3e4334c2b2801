import { FakeScheduler } from '@opencp/onboarding/testing';
import { Deadline } from './deadline';

describe('Deadline', () => {
  let scheduler: FakeScheduler;
  let expired: number;
  let deadline: Deadline;

  beforeEach(() => {
    scheduler = new FakeScheduler();
    expired = 0;
    deadline = new Deadline(scheduler, 1000, () => expired++);
  });

  it('expires once after its length and is no longer armed', () => {
    deadline.arm();
    scheduler.advance(999);
    expect([expired, deadline.armed]).toEqual([0, true]);
    scheduler.advance(1);
    expect([expired, deadline.armed]).toEqual([1, false]);
    scheduler.advance(5000);
    expect(expired).toBe(1);
  });

  it('keeps its original end when armed again while running', () => {
    deadline.arm();
    scheduler.advance(600);
    deadline.arm();
    scheduler.advance(400);
    expect(expired).toBe(1);
    expect(scheduler.pending()).toBe(0);
  });

  it('does not expire once cleared, and can be armed anew', () => {
    deadline.arm();
    deadline.clear();
    scheduler.advance(2000);
    expect([expired, deadline.armed, scheduler.pending()]).toEqual([0, false, 0]);
    deadline.arm();
    scheduler.advance(1000);
    expect(expired).toBe(1);
  });
});
