import type { ApolloLink } from '@apollo/client';
import { parse } from 'graphql';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { SseLink } from './sse-link';

const URL = 'https://gateway.example.com/api/clusters/root:orgs:team-a/graphql';
const WATCH = {
  query: parse('subscription WatchKROs { kros { type } }'),
  variables: {},
  operationName: 'WatchKROs',
} as unknown as ApolloLink.Operation;

/** V8's collector, made callable at run time (the test process runs without --expose-gc). */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** Waits a macrotask: promise jobs settle and WeakRefs made in earlier jobs may be cleared. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A `fetch` for streams that never answer until aborted (an open SSE connection), holding each request's signal
 * only weakly, so the test can tell which signals something else still keeps alive.
 */
class HangingStreams {
  readonly signals: WeakRef<AbortSignal>[] = [];
  opened = 0;

  readonly fetch: typeof fetch = (_input, init) => {
    this.opened++;
    const signal = init?.signal;
    if (!signal) return Promise.reject(new Error('a stream without an AbortSignal cannot be closed'));
    this.signals.push(new WeakRef(signal));
    return new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));
  };

  /** Signals of opened streams that are still reachable from somewhere (after a full collection). */
  async live(): Promise<number> {
    await tick();
    collectGarbage();
    await tick();
    return this.signals.filter((signal) => signal.deref() !== undefined).length;
  }
}

/** Opens one stream, waits until it is connected, closes it; answers whether its request was aborted. */
async function openAndClose(link: SseLink, streams: HangingStreams): Promise<boolean> {
  const subscription = link.request(WATCH).subscribe({ error: () => undefined });
  await tick(); // graphql-sse connects asynchronously
  const signal = streams.signals.at(-1)?.deref();
  subscription.unsubscribe();
  return signal?.aborted ?? false;
}

describe('SseLink', () => {
  it('releases every stream it closed: 50 open/close cycles leave no AbortSignal alive', async () => {
    const streams = new HangingStreams();
    const link = new SseLink(URL, () => ({ Authorization: 'Bearer token' }), streams.fetch);
    const aborted: boolean[] = [];
    // In a function of its own: a suspended async frame would keep the last cycle's locals reachable.
    for (let cycle = 0; cycle < 50; cycle++) aborted.push(await openAndClose(link, streams));

    expect(streams.opened).toBe(50);
    expect(aborted.every(Boolean)).toBe(true);
    expect(await streams.live()).toBe(0);
  }, 30_000); // 50 connections and a full collection: slow on a loaded 2-core machine

  it('keeps an open stream alive and releases it once it is closed', async () => {
    const streams = new HangingStreams();
    const link = new SseLink(URL, () => ({}), streams.fetch);
    const subscription = link.request(WATCH).subscribe({ error: () => undefined });
    await tick();
    expect(await streams.live()).toBe(1);

    subscription.unsubscribe();
    expect(await streams.live()).toBe(0);
  });
});
