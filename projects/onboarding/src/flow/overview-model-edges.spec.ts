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
import type { GatewayResult } from '../gateway/gateway-client';
import { classifyGraphQLError, classifyHttpStatus } from '../gateway/error-classification';
import { OverviewModel, type OverviewModelOptions } from './overview-model';

const tools = buildCatalog().tools;
const [crossplane, kro, flux] = tools;
const forbidden = 'kros.kro.services.opencp.cloud is forbidden: User "u" cannot watch resource "kros"';

async function started(gateway: FakeGatewayClient, options: OverviewModelOptions = {}) {
  const scheduler = new FakeScheduler();
  const model = new OverviewModel(tools, gateway, {
    scheduler,
    reconnect: { initialDelayMs: 100, healthyAfterMs: 1000, random: () => 0.999 },
    ...options,
  });
  model.start();
  await flushPromises();
  return { model, scheduler };
}

function cardOf(model: OverviewModel, id: string) {
  return model.state().cards.find((card) => card.tool.id === id)!;
}

/** The OverviewState answer with the bindings block missing (its list nulled). */
function withoutBindings(): GatewayResult<unknown> {
  const result = overviewStateResult(tools) as { data: Record<string, unknown> };
  return { data: { ...result.data, bindings: null }, errors: [] };
}

const mutations = (gateway: FakeGatewayClient) =>
  gateway.calls.filter((call) => call.kind === 'mutate').map((call) => [call.operationName, call.variables]);

describe('OverviewModel edges', () => {
  let gateway: FakeGatewayClient;
  let model: OverviewModel | undefined;

  beforeEach(() => (gateway = new FakeGatewayClient()));
  afterEach(() => model?.dispose());

  it('is no longer loading once the first state arrived', async () => {
    gateway.respond('OverviewState', overviewStateResult(tools));
    ({ model } = await started(gateway));
    expect(model.state().loading).toBe(false);
  });

  it('a missing bindings block is the page failure: no streams and no dry run', async () => {
    gateway.respond('OverviewState', withoutBindings());
    ({ model } = await started(gateway));
    expect(model.state().failure?.kind).toBe('unknown');
    expect(gateway.openStreams()).toHaveLength(0);
    expect(mutations(gateway)).toEqual([]);
  });

  it('sends no dry run when the access check is off', async () => {
    gateway.respond('OverviewState', overviewStateResult(tools));
    ({ model } = await started(gateway, { checkAccess: false }));
    expect(mutations(gateway)).toEqual([]);
    expect(model.access()).toBeNull();
  });

  it('while the MCP is not Ready, dry-runs the APIBinding create of the first tool without a binding', async () => {
    gateway.respond(
      'OverviewState',
      overviewStateResult(tools, {
        controlPlanes: [buildControlPlane('Provisioning')],
        bindings: [buildBinding({ name: crossplane.exportName })],
      }),
    );
    gateway.respond('CreateAPIBinding', classifyHttpStatus(503, 'Service Unavailable'));
    ({ model } = await started(gateway));
    expect(cardOf(model, kro.id).step).toBe('control-plane-not-ready');
    expect(mutations(gateway)).toEqual([['CreateAPIBinding', { name: kro.exportName, dryRun: true }]]);
  });

  it('skips tools without a next action when choosing the dry run', async () => {
    gateway.respond(
      'OverviewState',
      overviewStateResult(tools, {
        bindings: [
          buildBinding({ name: crossplane.exportName, phase: 'Binding' }),
          buildBinding({ name: kro.exportName }),
          buildBinding({ name: flux.exportName }),
        ],
        resources: { kro: [buildResource({ resourceVersion: '8' })] },
      }),
    );
    gateway.respond('UpdateKRO', classifyHttpStatus(503, 'Service Unavailable'));
    ({ model } = await started(gateway));
    expect(cardOf(model, crossplane.id).step).toBe('activating');
    expect(mutations(gateway)).toEqual([['UpdateKRO', { name: 'default', resourceVersion: '8', dryRun: true }]]);
  });

  it('drops the dry-run answer that arrives after dispose', async () => {
    gateway.respond('OverviewState', overviewStateResult(tools));
    let answer: (result: GatewayResult<unknown>) => void = () => undefined;
    gateway.respond('CreateAPIBinding', () => new Promise<GatewayResult<unknown>>((resolve) => (answer = resolve)));
    const { model: m } = await started(gateway);
    expect(mutations(gateway)).toHaveLength(1);
    m.dispose();
    answer({ data: { result: { metadata: { name: crossplane.exportName } } }, errors: [] });
    await flushPromises();
    expect(m.access()).toBeNull();
  });

  it('retry after dispose reads nothing', async () => {
    gateway.respond('OverviewState', classifyHttpStatus(503, 'Service Unavailable'));
    const { model: m } = await started(gateway);
    m.dispose();
    m.retry();
    await flushPromises();
    expect(gateway.callsOf('OverviewState')).toHaveLength(1);
  });

  it('a binding streamed in moves its card on', async () => {
    gateway.respond('OverviewState', overviewStateResult(tools));
    ({ model } = await started(gateway, { checkAccess: false }));
    expect(cardOf(model, kro.id).step).toBe('not-activated');
    gateway.stream('WatchAPIBindings').event('ADDED', buildBinding({ name: kro.exportName }));
    expect(cardOf(model, kro.id).step).toBe('configure');
  });

  it('the MCP stream updates the control-plane phase while it is not Ready', async () => {
    gateway.respond('OverviewState', overviewStateResult(tools, { controlPlanes: [buildControlPlane('Provisioning')] }));
    ({ model } = await started(gateway, { checkAccess: false }));
    gateway.stream('WatchManagedControlPlanes').event('MODIFIED', buildControlPlane('Degraded'));
    expect(model.state().controlPlanePhase).toBe('Degraded');
  });

  it('a tool stream giving up marks only its card', async () => {
    gateway.respond('OverviewState', overviewStateResult(tools));
    ({ model } = await started(gateway, { checkAccess: false }));
    gateway.stream('WatchKROs').graphqlError(classifyGraphQLError(forbidden));
    expect(cardOf(model, kro.id).error?.kind).toBe('forbidden');
    expect(cardOf(model, flux.id).error).toBeNull();
    expect(model.state().failure).toBeNull();
  });

  it('the bindings stream giving up is the page failure', async () => {
    gateway.respond('OverviewState', overviewStateResult(tools));
    ({ model } = await started(gateway, { checkAccess: false }));
    gateway.stream('WatchAPIBindings').graphqlError(classifyGraphQLError(forbidden));
    expect(model.state().failure?.kind).toBe('forbidden');
    expect(cardOf(model, kro.id).error).toBeNull();
  });
});
