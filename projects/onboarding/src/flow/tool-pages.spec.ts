import {
  buildContentConfiguration,
  contentConfigurationsResult,
  FakeGatewayClient,
  FakeScheduler,
  flushPromises,
} from '@opencp/onboarding/testing';
import { GatewayError } from '../gateway/gateway-error';
import { toolPages, ToolPagesWatch, type ListedContentConfiguration, type ToolPage } from './tool-pages';

const withContent = (name: string, content: string | null): ListedContentConfiguration => ({
  metadata: { name, uid: `uid-${name}`, resourceVersion: '1' },
  spec: { inlineConfiguration: { content } },
});

describe('toolPages', () => {
  it('lists every node with a string label and pathSegment, ordered by label', () => {
    const pages = toolPages([
      buildContentConfiguration('opencp-kro-b', [['Resource Graph Definitions', 'resourcegraphdefinitions']]),
      buildContentConfiguration('opencp-kro-a', [['Instances', 'instances']]),
    ]);
    expect(pages).toEqual([
      { label: 'Instances', path: 'instances' },
      { label: 'Resource Graph Definitions', path: 'resourcegraphdefinitions' },
    ]);
  });

  it('skips nodes without label or pathSegment, null nodes and contents without nodes', () => {
    const fragment = {
      luigiConfigFragment: {
        data: { nodes: [null, { label: 'No path' }, { pathSegment: 'no-label' }, { label: 'Kept', pathSegment: 'kept' }] },
      },
    };
    expect(
      toolPages([
        withContent('mixed', JSON.stringify(fragment)),
        withContent('empty', null),
        withContent('no-nodes', '{"luigiConfigFragment":{}}'),
      ]),
    ).toEqual([{ label: 'Kept', path: 'kept' }]);
  });

  it('adds no page for a content that is not JSON and says which ContentConfiguration', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const pages = toolPages([withContent('broken', '{not json'), buildContentConfiguration('ok', [['Objects', 'objects']])]);
      expect(pages).toEqual([{ label: 'Objects', path: 'objects' }]);
      expect(warn).toHaveBeenCalledWith('ContentConfiguration broken has no JSON content', expect.any(SyntaxError));
    } finally {
      warn.mockRestore();
    }
  });
});

describe('ToolPagesWatch', () => {
  const exportName = 'kro.services.opencp.cloud';
  let gateway: FakeGatewayClient;
  let pages: ToolPage[][];
  let failures: GatewayError[];
  let watch: ToolPagesWatch;

  beforeEach(() => {
    gateway = new FakeGatewayClient();
    pages = [];
    failures = [];
    watch = new ToolPagesWatch(gateway, exportName, new FakeScheduler(), {
      pages: (current) => pages.push(current),
      failed: (error) => failures.push(error),
    });
  });

  afterEach(() => watch.stop());

  it('reports the listed pages, then watches from the list resourceVersion', async () => {
    gateway.respond('ToolContentConfigurations', contentConfigurationsResult([buildContentConfiguration('c', [['Objects', 'objects']])]));
    watch.start();
    await flushPromises();
    expect(pages).toEqual([[{ label: 'Objects', path: 'objects' }]]);
    expect(gateway.openStreams()).toHaveLength(1);
    expect(watch.active).toBe(true);
  });

  it('reports the first GraphQL error of the list request and opens no stream', async () => {
    const forbidden = new GatewayError('forbidden', 'contentconfigurations is forbidden');
    gateway.respond('ToolContentConfigurations', { data: null, errors: [forbidden] });
    watch.start();
    await flushPromises();
    expect(failures).toEqual([forbidden]);
    expect(pages).toEqual([]);
    expect(gateway.openStreams()).toEqual([]);
  });

  it('reports an answer without a list as a schema error', async () => {
    gateway.respond('ToolContentConfigurations', { data: {}, errors: [] });
    watch.start();
    await flushPromises();
    expect(failures.map((error) => [error.kind, error.message])).toEqual([
      ['schema', 'The gateway answered without a ContentConfiguration list'],
    ]);
  });

  it('reports a transport failure of the list request', async () => {
    gateway.respond('ToolContentConfigurations', new GatewayError('unavailable', 'Service Unavailable', [], 503));
    watch.start();
    await flushPromises();
    expect(failures.map((error) => error.kind)).toEqual(['unavailable']);
  });

  it('reports nothing of a request answered after stop, successful or failed', async () => {
    gateway.respondOnce('ToolContentConfigurations', contentConfigurationsResult([]));
    gateway.respondOnce('ToolContentConfigurations', new GatewayError('unavailable', 'Service Unavailable', [], 503));
    watch.start();
    watch.stop();
    watch.start();
    watch.stop();
    await flushPromises();
    expect(pages).toEqual([]);
    expect(failures).toEqual([]);
    expect(gateway.openStreams()).toEqual([]);
  });

  it('reports a stream that gives up', async () => {
    gateway.respond('ToolContentConfigurations', contentConfigurationsResult([]));
    watch.start();
    await flushPromises();
    const forbidden = new GatewayError('forbidden', 'watch is forbidden');
    gateway.openStreams()[0].graphqlError(forbidden);
    await flushPromises();
    expect(failures).toEqual([forbidden]);
  });
});
