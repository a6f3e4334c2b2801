import { buildCatalog, FakeGatewayClient, FakeScheduler, flushPromises, overviewStateResult } from '@opencp/onboarding/testing';
import { overviewToolAlias } from '../gateway/documents/overview-state-document';
import { toolDocuments } from '../gateway/documents/tool-documents';
import type { GatewayError } from '../gateway/gateway-error';
import type { ConnectionState, ListedObject } from './live-list';
import { overviewStateRequest } from './state-requests';
import type { BlockResult } from './tool-snapshot';
import { WorkspaceWatch } from './workspace-watch';

const tools = buildCatalog().tools;

function setup(unwatchedBlocks?: readonly string[]) {
  const gateway = new FakeGatewayClient();
  const scheduler = new FakeScheduler();
  const snapshots: ReadonlyMap<string, BlockResult<ListedObject>>[] = [];
  const connections: ConnectionState[] = [];
  const failures: GatewayError[] = [];
  const watch = new WorkspaceWatch({
    gateway,
    scheduler,
    reconnect: { initialDelayMs: 100, maxDelayMs: 400, healthyAfterMs: 1000, random: () => 0.999 },
    ...overviewStateRequest(tools),
    ...(unwatchedBlocks ? { unwatchedBlocks } : {}),
    lists: tools.map((tool) => ({ alias: overviewToolAlias(tool), subscription: toolDocuments(tool).listSubscription })),
    listener: {
      snapshot: (blocks) => snapshots.push(blocks),
      loadFailed: (error) => failures.push(error),
      changed: () => undefined,
      connection: (state) => connections.push(state),
      streamFailed: (_alias, error) => failures.push(error),
    },
  });
  return { gateway, scheduler, snapshots, connections, failures, watch };
}

describe('WorkspaceWatch edges', () => {
  it('reports every watched block and each unwatched block with the snapshot', async () => {
    const { gateway, snapshots, watch } = setup(['extra']);
    gateway.respond('OverviewState', overviewStateResult(tools));
    watch.load();
    await flushPromises();
    expect(snapshots).toHaveLength(1);
    expect([...snapshots[0].keys()]).toEqual(['mcp', 'bindings', ...tools.map(overviewToolAlias), 'extra']);
    expect(snapshots[0].get('bindings')?.error).toBeNull();
    watch.dispose();
  });

  it('reports no snapshot that arrives after dispose', async () => {
    const { gateway, snapshots, watch } = setup();
    gateway.respond('OverviewState', overviewStateResult(tools));
    watch.load();
    watch.dispose();
    await flushPromises();
    expect(snapshots).toEqual([]);
  });

  it('opens nothing before a snapshot arrived', () => {
    const { gateway, watch } = setup();
    expect(() => watch.open()).not.toThrow();
    expect(gateway.openStreams()).toHaveLength(0);
  });

  it('opens nothing after dispose, even with a snapshot', async () => {
    const { gateway, watch } = setup();
    gateway.respond('OverviewState', overviewStateResult(tools));
    watch.load();
    await flushPromises();
    watch.dispose();
    watch.open();
    expect(gateway.openStreams()).toHaveLength(0);
  });

  it('tells no connection change while the streams stay live', async () => {
    const { gateway, connections, watch } = setup();
    gateway.respond('OverviewState', overviewStateResult(tools));
    watch.load();
    await flushPromises();
    watch.open();
    watch.open();
    expect(gateway.openStreams()).toHaveLength(4);
    watch.dispose();
    expect(connections).toEqual([]);
  });

  it('tells reconnecting, and nothing more once disposed', async () => {
    const { gateway, scheduler, connections, watch } = setup();
    gateway.respond('OverviewState', overviewStateResult(tools));
    watch.load();
    await flushPromises();
    watch.open();
    gateway.stream('WatchAPIBindings').fail(new TypeError('gone'));
    scheduler.advance(99);
    gateway.stream('WatchAPIBindings').fail(new TypeError('gone'));
    expect(connections).toEqual(['reconnecting']);
    watch.dispose();
    expect(connections).toEqual(['reconnecting']);
  });
});
