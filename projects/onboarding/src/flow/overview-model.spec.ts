import {
  buildBinding,
  buildCatalog,
  buildControlPlane,
  buildResource,
  FakeGatewayClient,
  FakeScheduler,
  flushPromises,
  overviewStateResult,
} from '@opencp/onboarding/testing';
import { classifyGraphQLError, classifyHttpStatus } from '../gateway/error-classification';
import { OverviewModel } from './overview-model';

const tools = buildCatalog().tools;
const [crossplane, kro, flux] = tools;

async function started(gateway: FakeGatewayClient) {
  const scheduler = new FakeScheduler();
  const model = new OverviewModel(tools, gateway, {
    scheduler,
    reconnect: { initialDelayMs: 100, healthyAfterMs: 1000, random: () => 0.999 },
  });
  model.start();
  await flushPromises();
  return { model, scheduler };
}

function cardOf(model: OverviewModel, id: string) {
  return model.state().cards.find((card) => card.tool.id === id)!;
}

describe('OverviewModel', () => {
  let gateway: FakeGatewayClient;
  let model: OverviewModel | undefined;

  beforeEach(() => {
    gateway = new FakeGatewayClient();
  });
  afterEach(() => model?.dispose());

  it('is loading until the first answer, then shows one card per catalog tool from one request', async () => {
    gateway.respond(
      'OverviewState',
      overviewStateResult(tools, {
        bindings: [buildBinding({ name: kro.exportName }), buildBinding({ name: flux.exportName })],
        resources: {
          kro: [buildResource({ spec: { version: 'v0.9.3' } })],
          flux: [buildResource({ phase: 'Provisioning', spec: { version: 'v2.4.0' } })],
        },
      }),
    );
    model = new OverviewModel(tools, gateway, { scheduler: new FakeScheduler() });
    expect(model.state().loading).toBe(true);
    model.start();
    await flushPromises();
    expect(gateway.callsOf('OverviewState')).toHaveLength(1);
    expect(model.state().cards.map((card) => [card.tool.id, card.step, card.status?.kind ?? null, card.installedVersion])).toEqual([
      ['crossplane', 'not-activated', null, null],
      ['kro', 'ready', 'ready', 'v0.9.3'],
      ['flux', 'installing', 'in-progress', 'v2.4.0'],
    ]);
  });

  it('opens the APIBindings stream and one list stream per tool, no MCP stream when Ready', async () => {
    gateway.respond('OverviewState', overviewStateResult(tools, { resourceVersion: '77' }));
    ({ model } = await started(gateway));
    expect(
      gateway
        .openStreams()
        .map((stream) => stream.operationName)
        .sort(),
    ).toEqual(['WatchAPIBindings', 'WatchCrossplanes', 'WatchFluxes', 'WatchKROs']);
    expect(gateway.openStreams().map((stream) => stream.variables['resourceVersion'])).toEqual(['77', '77', '77', '77']);
  });

  it('watches only the MCP while it is not Ready, then re-reads and opens the tool streams', async () => {
    gateway
      .respondOnce('OverviewState', overviewStateResult(tools, { controlPlanes: [buildControlPlane('Provisioning')] }))
      .respond('OverviewState', overviewStateResult(tools));
    ({ model } = await started(gateway));
    expect(model.state().controlPlanePhase).toBe('Provisioning');
    expect(model.state().cards.map((card) => card.step)).toEqual(Array(tools.length).fill('control-plane-not-ready'));
    expect(gateway.openStreams().map((stream) => stream.operationName)).toEqual(['WatchManagedControlPlanes']);
    gateway.stream('WatchManagedControlPlanes').event('MODIFIED', buildControlPlane('Ready'));
    await flushPromises();
    expect(gateway.openStreams()).toHaveLength(4);
    expect(model.state().cards[0].step).toBe('not-activated');
  });

  it('updates cards live and resumes a dropped stream from the last resourceVersion', async () => {
    gateway.respond('OverviewState', overviewStateResult(tools, { bindings: [buildBinding({ name: crossplane.exportName })] }));
    const { model: m, scheduler } = await started(gateway);
    model = m;
    gateway
      .stream('WatchCrossplanes')
      .event('ADDED', buildResource({ phase: 'Provisioning', resourceVersion: '1200', spec: { version: 'v1.20.1' } }));
    expect(cardOf(model, 'crossplane')).toMatchObject({ step: 'installing', installedVersion: 'v1.20.1' });
    gateway.stream('WatchCrossplanes').complete();
    scheduler.advance(100);
    expect(gateway.stream('WatchCrossplanes').variables).toEqual({ resourceVersion: '1200' });
    gateway.stream('WatchCrossplanes').event('MODIFIED', buildResource({ resourceVersion: '1201', spec: { version: 'v1.20.1' } }));
    expect(cardOf(model, 'crossplane').step).toBe('ready');
  });

  it('a failing tool block marks only that card', async () => {
    const result = overviewStateResult(tools) as { data: Record<string, unknown> };
    gateway.respond('OverviewState', {
      data: { ...result.data, tool_flux: { version: null } },
      errors: [
        classifyGraphQLError(
          'unable to list objects: fluxes.flux.services.opencp.cloud is forbidden: User "u" cannot list resource "fluxes"',
          ['tool_flux', 'version', 'list'],
        ),
      ],
    });
    ({ model } = await started(gateway));
    expect(model.state().failure).toBeNull();
    expect(cardOf(model, 'flux').error?.kind).toBe('forbidden');
    expect(cardOf(model, 'kro').error).toBeNull();
    expect(gateway.openStreams('WatchFluxes')).toHaveLength(0);
    expect(gateway.openStreams('WatchKROs')).toHaveLength(1);
  });

  it('reports a transport failure and reads again on retry', async () => {
    gateway.respondOnce('OverviewState', classifyHttpStatus(401, 'Unauthorized')).respond('OverviewState', overviewStateResult(tools));
    ({ model } = await started(gateway));
    expect(model.state()).toMatchObject({ loading: false, failure: { kind: 'unauthorized' } });
    model.retry();
    await flushPromises();
    expect(model.state().failure).toBeNull();
    expect(gateway.openStreams()).toHaveLength(4);
  });

  it('dispose closes every stream', async () => {
    gateway.respond('OverviewState', overviewStateResult(tools));
    const { model: m } = await started(gateway);
    m.dispose();
    expect(gateway.openStreams()).toHaveLength(0);
  });

  it('marks the cards possibly outdated after the first failed reconnect, and live again once the stream is back', async () => {
    gateway.respond('OverviewState', overviewStateResult(tools, { bindings: [buildBinding({ name: kro.exportName })] }));
    const { model: m, scheduler } = await started(gateway);
    model = m;
    gateway.stream('WatchAPIBindings').fail(new TypeError('gateway gone'));
    expect(model.state().connection).toBe('live');
    scheduler.advance(99);
    gateway.stream('WatchAPIBindings').fail(new TypeError('gateway gone'));
    expect(model.state().connection).toBe('reconnecting');
    expect(cardOf(model, kro.id).step).toBe('configure');
    scheduler.advance(199);
    gateway.stream('WatchAPIBindings').event('MODIFIED', buildBinding({ name: kro.exportName, resourceVersion: '9' }));
    expect(model.state().connection).toBe('live');
  });

  it('dismissError closes the failure without reading again', async () => {
    gateway.respond('OverviewState', classifyHttpStatus(503, 'Service Unavailable'));
    ({ model } = await started(gateway));
    expect(model.state().failure?.kind).toBe('unavailable');
    model.dismissError();
    expect(model.state().failure).toBeNull();
    expect(gateway.callsOf('OverviewState')).toHaveLength(1);
  });
});

describe('OverviewModel: one dry run for the whole page', () => {
  let gateway: FakeGatewayClient;
  let model: OverviewModel | undefined;
  const forbidden =
    'apibindings.apis.kcp.io is forbidden: User "readonly@example.com" cannot create resource "apibindings" in API group "apis.kcp.io" at the cluster scope';

  beforeEach(() => (gateway = new FakeGatewayClient()));
  afterEach(() => model?.dispose());

  it('after the one OverviewState request, dry-runs the APIBinding create of the first tool not activated, once', async () => {
    gateway.respond('OverviewState', overviewStateResult(tools, { bindings: [buildBinding({ name: crossplane.exportName })] }));
    gateway.respond('CreateAPIBinding', { data: null, errors: [classifyGraphQLError(forbidden)] });
    ({ model } = await started(gateway));
    expect(gateway.calls.filter((call) => call.kind !== 'subscribe').map((call) => [call.operationName, call.variables])).toEqual([
      ['OverviewState', {}],
      ['CreateAPIBinding', { name: kro.exportName, dryRun: true }],
    ]);
    expect(model.access()).toEqual({ kind: 'forbidden', message: forbidden });

    gateway.stream('WatchAPIBindings').event('ADDED', buildBinding({ name: flux.exportName }));
    await flushPromises();
    expect(gateway.calls.filter((call) => call.kind === 'mutate')).toHaveLength(1);
  });

  it('with every tool activated, dry-runs the next action of the first tool that has one; a transport failure says nothing', async () => {
    gateway.respond(
      'OverviewState',
      overviewStateResult(tools, {
        bindings: tools.map((tool) => buildBinding({ name: tool.exportName })),
        resources: { crossplane: [buildResource({ resourceVersion: '5' })] },
      }),
    );
    gateway.respond('UpdateCrossplane', classifyHttpStatus(503, 'Service Unavailable'));
    ({ model } = await started(gateway));
    expect(gateway.calls.filter((call) => call.kind === 'mutate').map((call) => [call.operationName, call.variables])).toEqual([
      ['UpdateCrossplane', { name: 'default', resourceVersion: '5', dryRun: true }],
    ]);
    expect(model.access()?.kind).toBe('unknown');
  });

  it('sends no dry run when the first state failed', async () => {
    gateway.respond('OverviewState', classifyHttpStatus(503, 'Service Unavailable'));
    ({ model } = await started(gateway));
    expect(gateway.calls.filter((call) => call.kind === 'mutate')).toEqual([]);
    expect(model.access()).toBeNull();
  });
});
