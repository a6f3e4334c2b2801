import {
  buildBinding,
  buildContentConfiguration,
  buildResource,
  contentConfigurationsResult,
  FakeGatewayClient,
  flushPromises,
  mutationResult,
  toolStateResult,
} from '@opencp/onboarding/testing';
import { started, tool } from '../../testing/machine-spec-helpers';
import type { OnboardingMachine } from './onboarding-machine';

const rgd = buildContentConfiguration('opencp-kro-resourcegraphdefinition', [['Resource Graph Definitions', 'resourcegraphdefinitions']]);
const selector = `ui.platform-mesh.io/content-for=${tool.exportName}`;

describe('OnboardingMachine: waiting for the portal pages (the tool ContentConfigurations)', () => {
  let gateway: FakeGatewayClient;
  let machine: OnboardingMachine | undefined;

  beforeEach(() => {
    gateway = new FakeGatewayClient();
    machine = undefined;
  });

  afterEach(() => machine?.dispose());

  /** A machine whose configure reached Ready; the pages wait has begun. */
  async function readyAfterConfigure(pages: readonly unknown[]) {
    gateway.respond('ToolState', toolStateResult({ bindings: [buildBinding()] }));
    gateway.respond('CreateKRO', mutationResult(buildResource({ phase: null })));
    gateway.respond('ToolContentConfigurations', contentConfigurationsResult(pages));
    const run = await started(gateway);
    machine = run.machine;
    machine.configure({ version: 'v0.8.5' });
    await flushPromises();
    gateway.stream('WatchKROs').event('MODIFIED', buildResource());
    await flushPromises();
    return run;
  }

  it('reads the pages with the first state: one request with the selector, two streams, no pages watch', async () => {
    gateway.respond('ToolState', toolStateResult({ bindings: [buildBinding()], resources: [buildResource()], pages: [rgd] }));
    ({ machine } = await started(gateway));
    const requests = gateway.calls.filter((call) => call.kind !== 'subscribe');
    expect(requests).toEqual([expect.objectContaining({ operationName: 'ToolState', variables: { selector } })]);
    expect(gateway.openStreams()).toHaveLength(2);
    expect(machine.state()).toMatchObject({
      step: 'ready',
      navigationChange: null,
      pages: [{ label: 'Resource Graph Definitions', path: 'resourcegraphdefinitions' }],
    });
  });

  it('keeps the pages unknown, and the first state whole, when the pages block is nulled (no list permission)', async () => {
    gateway.respond('ToolState', toolStateResult({ bindings: [buildBinding()], resources: [buildResource()], pages: null }));
    ({ machine } = await started(gateway));
    expect(machine.state()).toMatchObject({ step: 'ready', failure: null, pages: null });
    expect(gateway.openStreams()).toHaveLength(2);
  });

  it('offers Refresh only once the ContentConfigurations exist, with one extra stream while waiting', async () => {
    await readyAfterConfigure([]);
    expect(gateway.callsOf('ToolContentConfigurations')).toEqual([expect.objectContaining({ variables: { selector } })]);
    expect(machine!.state()).toMatchObject({ step: 'ready', navigationChange: null, pages: [] });
    expect(gateway.openStreams()).toHaveLength(3);
    const pagesStream = gateway.stream('WatchToolContentConfigurations');
    expect(pagesStream.variables).toEqual({ selector, resourceVersion: '1100' });
    pagesStream.event('ADDED', rgd);
    expect(machine!.state()).toMatchObject({
      navigationChange: 'ready',
      navigationOverdue: false,
      pages: [{ label: 'Resource Graph Definitions', path: 'resourcegraphdefinitions' }],
    });
    expect(gateway.openStreams()).toHaveLength(2);
  });

  it('after 60 s without ContentConfigurations offers Refresh anyway, overdue, and ends the watch', async () => {
    const { scheduler } = await readyAfterConfigure([]);
    scheduler.advance(59_999);
    expect(machine!.state().navigationChange).toBeNull();
    scheduler.advance(1);
    expect(machine!.state()).toMatchObject({ navigationChange: 'ready', navigationOverdue: true });
    expect(gateway.openStreams()).toHaveLength(2);
  });

  it('after a deactivation waits until the ContentConfigurations are gone', async () => {
    gateway.respond('ToolState', toolStateResult({ bindings: [buildBinding()], resources: [buildResource()] }));
    gateway.respond('DeleteAPIBinding', mutationResult(true));
    gateway.respond('DeleteKRO', mutationResult(true));
    gateway.respond('ToolContentConfigurations', contentConfigurationsResult([rgd]));
    ({ machine } = await started(gateway));
    machine.deactivate();
    await flushPromises();
    gateway.stream('WatchAPIBindings').event('DELETED', buildBinding());
    gateway.stream('WatchKROs').event('DELETED', buildResource());
    await flushPromises();
    expect(machine.state()).toMatchObject({
      step: 'not-activated',
      navigationChange: null,
      pages: [{ label: 'Resource Graph Definitions' }],
    });
    expect(gateway.openStreams()).toHaveLength(3);
    gateway.stream('WatchToolContentConfigurations').event('DELETED', rgd);
    expect(machine.state()).toMatchObject({ navigationChange: 'removed', navigationOverdue: false, pages: [] });
    expect(gateway.openStreams()).toHaveLength(2);
  });
});
