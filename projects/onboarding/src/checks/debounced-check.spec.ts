import { FakeScheduler } from '../../testing/fake-scheduler';
import { flushPromises } from '../../testing/gateway-results';
import { CHECK_DEBOUNCE_MS, DebouncedCheck } from './debounced-check';

function setup() {
  const scheduler = new FakeScheduler();
  const requests: string[] = [];
  const results: unknown[] = [];
  const answers = new Map<string, (value: string) => void>();
  const check = new DebouncedCheck<{ version: string }, string>(
    scheduler,
    (value) => {
      requests.push(value.version);
      return new Promise((resolve) => answers.set(value.version, resolve));
    },
    (outcome) => results.push(outcome),
  );
  return { scheduler, requests, results, answers, check };
}

describe('DebouncedCheck', () => {
  it('sends at most one request per 500 ms of edits, for the latest value', () => {
    const { scheduler, requests, check } = setup();
    check.update({ version: 'v1' });
    scheduler.advance(300);
    check.update({ version: 'v2' });
    scheduler.advance(300);
    check.update({ version: 'v3' });
    scheduler.advance(CHECK_DEBOUNCE_MS - 1);
    expect(requests).toEqual([]);
    scheduler.advance(1);
    expect(requests).toEqual(['v3']);
  });

  it('sends nothing while the value is unchanged, and again after reset', () => {
    const { scheduler, requests, check } = setup();
    check.update({ version: 'v1' });
    scheduler.advance(CHECK_DEBOUNCE_MS);
    check.update({ version: 'v1' });
    scheduler.advance(CHECK_DEBOUNCE_MS * 4);
    expect(requests).toEqual(['v1']);
    check.reset();
    check.update({ version: 'v1' });
    scheduler.advance(CHECK_DEBOUNCE_MS);
    expect(requests).toEqual(['v1', 'v1']);
  });

  it('passes on only the newest result, also a rejection, and nothing after dispose', async () => {
    const { scheduler, results, answers, check } = setup();
    check.update({ version: 'v1' });
    scheduler.advance(CHECK_DEBOUNCE_MS);
    check.update({ version: 'v2' });
    scheduler.advance(CHECK_DEBOUNCE_MS);
    answers.get('v1')!('old');
    answers.get('v2')!('new');
    await flushPromises();
    expect(results).toEqual([{ value: { version: 'v2' }, result: 'new' }]);

    const failing = new DebouncedCheck<string, never>(
      scheduler,
      () => Promise.reject(new Error('offline')),
      (outcome) => results.push(outcome),
    );
    failing.update('x');
    scheduler.advance(CHECK_DEBOUNCE_MS);
    await flushPromises();
    expect(results.at(-1)).toEqual({ value: 'x', error: new Error('offline') });

    check.update({ version: 'v3' });
    check.dispose();
    scheduler.advance(CHECK_DEBOUNCE_MS);
    expect(scheduler.pending()).toBe(0);
    expect(answers.has('v3')).toBe(false);
  });
});
