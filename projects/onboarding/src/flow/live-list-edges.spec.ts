import { buildResource, FakeGatewayClient, FakeScheduler } from '@opencp/onboarding/testing';
import { buildTool } from '../../testing/tool-builders';
import { toolDocuments } from '../gateway/documents/tool-documents';
import { GatewayError } from '../gateway/gateway-error';
import type { EnablementResource } from '../platform/resources';
import { LiveList } from './live-list';

function setup() {
  const gateway = new FakeGatewayClient();
  const scheduler = new FakeScheduler();
  const changes: (readonly EnablementResource[])[] = [];
  const failures: GatewayError[] = [];
  const list = new LiveList<EnablementResource>({
    gateway,
    scheduler,
    reconnect: { initialDelayMs: 100, maxDelayMs: 400, healthyAfterMs: 1000, random: () => 0.5 },
    document: toolDocuments(buildTool()).listSubscription,
    onChange: (items) => changes.push(items),
    onFailure: (error) => failures.push(error),
  });
  return { gateway, scheduler, changes, failures, list };
}

/** A resource without a uid (keyed by its name). */
function withoutUid(name: string, version: string): EnablementResource {
  const resource = buildResource({ name, spec: { version, chartVersion: version } });
  return { ...resource, metadata: { ...resource.metadata, uid: undefined } } as unknown as EnablementResource;
}

describe('LiveList edges', () => {
  it('is not active before it starts', () => {
    const { list } = setup();
    expect(list.active).toBe(false);
  });

  it('is not active once stopped, and its stream is closed', () => {
    const { gateway, list } = setup();
    list.start({ resourceVersion: '5', items: [] });
    expect(list.active).toBe(true);
    list.stop();
    expect(list.active).toBe(false);
    expect(gateway.openStreams('WatchKROs')).toHaveLength(0);
  });

  it('reconnects after a non-retryable error of unknown kind instead of giving up', () => {
    const { gateway, scheduler, failures, list } = setup();
    list.start({ resourceVersion: '5', items: [] });
    const unknown = new GatewayError('unknown', 'something odd');
    expect(unknown.retryable).toBe(false);
    gateway.stream('WatchKROs').graphqlError(unknown);
    expect(failures).toEqual([]);
    expect(list.active).toBe(true);
    scheduler.advance(100);
    expect(gateway.openStreams('WatchKROs')).toHaveLength(1);
  });

  it('keys objects without a uid by their name', () => {
    const { gateway, changes, list } = setup();
    list.start({ resourceVersion: '5', items: [withoutUid('a', 'v1'), withoutUid('b', 'v1')] });
    expect(list.items).toHaveLength(2);
    gateway.stream('WatchKROs').event('MODIFIED', withoutUid('a', 'v2'));
    expect(changes.at(-1)?.map((item) => [item.metadata?.name, item.spec?.version])).toEqual([
      ['a', 'v2'],
      ['b', 'v1'],
    ]);
  });
});
