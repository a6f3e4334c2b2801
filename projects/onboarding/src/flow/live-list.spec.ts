import { buildResource, FakeGatewayClient, FakeScheduler } from '@opencp/onboarding/testing';
import { buildTool } from '../../testing/tool-builders';
import { classifyHttpStatus } from '../gateway/error-classification';
import { toolDocuments } from '../gateway/documents/tool-documents';
import type { GatewayError } from '../gateway/gateway-error';
import type { EnablementResource } from '../platform/resources';
import { LiveList } from './live-list';

function setup(reconnect = { initialDelayMs: 100, maxDelayMs: 400, maxAttempts: 4, healthyAfterMs: 1000 }) {
  const gateway = new FakeGatewayClient();
  const scheduler = new FakeScheduler();
  const changes: (readonly EnablementResource[])[] = [];
  const failures: GatewayError[] = [];
  const list = new LiveList<EnablementResource>({
    gateway,
    scheduler,
    reconnect,
    document: toolDocuments(buildTool()).listSubscription,
    onChange: (items) => changes.push(items),
    onFailure: (error) => failures.push(error),
  });
  return { gateway, scheduler, changes, failures, list };
}

describe('LiveList', () => {
  it('opens without resourceVersion when the list had none', () => {
    const { gateway, list } = setup();
    list.start({ resourceVersion: null, items: [] });
    expect(gateway.stream('WatchKROs').variables).toEqual({});
  });

  it('backs off exponentially up to the maximum and gives up after maxAttempts without events', () => {
    const { gateway, scheduler, failures, list } = setup();
    list.start({ resourceVersion: '5', items: [] });
    const delays: number[] = [];
    for (let i = 0; i < 4; i++) {
      gateway.stream('WatchKROs').fail(classifyHttpStatus(503));
      let waited = 0;
      while (gateway.openStreams('WatchKROs').length === 0) {
        scheduler.advance(50);
        waited += 50;
      }
      delays.push(waited);
    }
    expect(delays).toEqual([100, 200, 400, 400]);
    gateway.stream('WatchKROs').fail(classifyHttpStatus(503));
    expect(failures.map((error) => error.kind)).toEqual(['unavailable']);
    expect(list.active).toBe(false);
    expect(scheduler.pending()).toBe(0);
  });

  it('treats a stream that lived long enough as healthy (server ends streams after 30 min, §4.5)', () => {
    const { gateway, scheduler, failures, list } = setup({ initialDelayMs: 100, maxDelayMs: 400, maxAttempts: 1, healthyAfterMs: 1000 });
    list.start({ resourceVersion: '5', items: [] });
    for (let i = 0; i < 3; i++) {
      scheduler.advance(1000);
      gateway.stream('WatchKROs').complete();
      scheduler.advance(100);
    }
    expect(failures).toEqual([]);
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
