import { buildResource, FakeGatewayClient, FakeScheduler } from '@opencp/onboarding/testing';
import { buildTool } from '../../testing/tool-builders';
import { classifyHttpStatus } from '../gateway/error-classification';
import { toolDocuments } from '../gateway/documents/tool-documents';
import type { GatewayError } from '../gateway/gateway-error';
import type { EnablementResource } from '../platform/resources';
import { LiveList, type ConnectionState, type ReconnectOptions } from './live-list';

/** Jitter at its ceiling (random just below 1), so delays are the back-off ceilings minus one ms at most. */
const ceiling = () => 0.999999;

function setup(reconnect: ReconnectOptions = { initialDelayMs: 100, maxDelayMs: 400, healthyAfterMs: 1000, random: ceiling }) {
  const gateway = new FakeGatewayClient();
  const scheduler = new FakeScheduler();
  const changes: (readonly EnablementResource[])[] = [];
  const failures: GatewayError[] = [];
  const connection: ConnectionState[] = [];
  const list = new LiveList<EnablementResource>({
    gateway,
    scheduler,
    reconnect,
    document: toolDocuments(buildTool()).listSubscription,
    onChange: (items) => changes.push(items),
    onFailure: (error) => failures.push(error),
    onConnection: (state) => connection.push(state),
  });
  return { gateway, scheduler, changes, failures, connection, list };
}

describe('LiveList', () => {
  it('opens without resourceVersion when the list had none', () => {
    const { gateway, list } = setup();
    list.start({ resourceVersion: null, items: [] });
    expect(gateway.stream('WatchKROs').variables).toEqual({});
  });

  /** Advances in 1 ms steps until the stream is open again; the time waited. */
  function waitForReopen(gateway: FakeGatewayClient, scheduler: FakeScheduler): number {
    let waited = 0;
    while (gateway.openStreams('WatchKROs').length === 0 && waited < 100_000) {
      scheduler.advance(1);
      waited += 1;
    }
    return waited;
  }

  it('backs off exponentially up to the cap and keeps reconnecting, resuming from the resourceVersion', () => {
    const { gateway, scheduler, failures, list } = setup();
    list.start({ resourceVersion: '5', items: [] });
    const delays: number[] = [];
    for (let i = 0; i < 6; i++) {
      gateway.stream('WatchKROs').fail(classifyHttpStatus(503));
      delays.push(waitForReopen(gateway, scheduler));
    }
    expect(delays).toEqual([99, 199, 399, 399, 399, 399]);
    expect(gateway.stream('WatchKROs').variables).toEqual({ resourceVersion: '5' });
    expect(failures).toEqual([]);
    expect(list.active).toBe(true);
  });

  it('draws each delay uniformly below the ceiling (full jitter)', () => {
    const draws = [0.5, 0, 0.25];
    const { gateway, scheduler, list } = setup({ initialDelayMs: 1000, maxDelayMs: 30_000, random: () => draws.shift() ?? 0 });
    list.start({ resourceVersion: '5', items: [] });
    const delays: number[] = [];
    for (let i = 0; i < 3; i++) {
      gateway.stream('WatchKROs').fail(classifyHttpStatus(503));
      delays.push(waitForReopen(gateway, scheduler));
    }
    // 0.5 × 1000, 0 × 2000 (a 0 ms timer: the first 1 ms step fires it), 0.25 × 4000.
    expect(delays).toEqual([500, 1, 1000]);
  });

  it('reports reconnecting after the first failed reconnect, and live again once a reconnect is healthy', () => {
    const { gateway, scheduler, connection, list } = setup();
    list.start({ resourceVersion: '5', items: [buildResource({ uid: 'a' })] });
    gateway.stream('WatchKROs').fail(new TypeError('network down'));
    expect(connection).toEqual([]);
    waitForReopen(gateway, scheduler);
    gateway.stream('WatchKROs').fail(new TypeError('network down'));
    expect(connection).toEqual(['reconnecting']);
    expect(list.connectionState).toBe('reconnecting');
    expect(list.items).toHaveLength(1);
    waitForReopen(gateway, scheduler);
    scheduler.advance(999);
    expect(connection).toEqual(['reconnecting']);
    scheduler.advance(1);
    expect(connection).toEqual(['reconnecting', 'live']);
  });

  it('is live again at the first event of a reconnected stream', () => {
    const { gateway, scheduler, connection, list } = setup();
    list.start({ resourceVersion: '5', items: [] });
    gateway.stream('WatchKROs').complete();
    waitForReopen(gateway, scheduler);
    gateway.stream('WatchKROs').complete();
    waitForReopen(gateway, scheduler);
    gateway.stream('WatchKROs').event('ADDED', buildResource({ uid: 'b' }));
    expect(connection).toEqual(['reconnecting', 'live']);
    // The back-off starts over: the next drop reconnects within the first ceiling, without a notice.
    gateway.stream('WatchKROs').complete();
    expect(waitForReopen(gateway, scheduler)).toBe(99);
    expect(connection).toEqual(['reconnecting', 'live']);
  });

  it('gives up at once on a non-retryable error', () => {
    const { gateway, scheduler, failures, list } = setup();
    list.start({ resourceVersion: '5', items: [] });
    gateway.stream('WatchKROs').fail(classifyHttpStatus(403, 'Forbidden'));
    expect(failures.map((error) => error.kind)).toEqual(['forbidden']);
    expect(list.active).toBe(false);
    expect(scheduler.pending()).toBe(0);
  });

  it('treats a stream that lived long enough as healthy (server ends streams after 30 min, docs/platform.md §4.5)', () => {
    const { gateway, scheduler, connection, list } = setup();
    list.start({ resourceVersion: '5', items: [] });
    for (let i = 0; i < 3; i++) {
      scheduler.advance(1000);
      gateway.stream('WatchKROs').complete();
      expect(waitForReopen(gateway, scheduler)).toBe(99);
    }
    expect(connection).toEqual([]);
    expect(gateway.openStreams('WatchKROs')).toHaveLength(1);
  });

  it('keeps items by uid across events and replaces them on start', () => {
    const { gateway, list, changes } = setup();
    list.start({ resourceVersion: '1', items: [buildResource({ uid: 'a' })] });
    gateway.stream('WatchKROs').event('ADDED', buildResource({ uid: 'b', name: 'other' }));
    gateway.stream('WatchKROs').event('MODIFIED', buildResource({ uid: 'a', phase: 'Provisioning' }));
    expect(list.items.map((item) => [item.metadata?.uid, item.status?.phase])).toEqual([
      ['a', 'Provisioning'],
      ['b', 'Ready'],
    ]);
    expect(changes).toHaveLength(2);
    list.start({ resourceVersion: '9', items: [] });
    expect(list.items).toEqual([]);
    expect(gateway.openStreams('WatchKROs')).toHaveLength(1);
  });
});
