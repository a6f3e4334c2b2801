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
import { conflictText, graphqlErrorResult, started } from '../../testing/machine-spec-helpers';
import { PREVIOUS_SPEC_ANNOTATION, previousSpec } from '../config/previous-spec';
import { OnboardingMachine } from './onboarding-machine';

/** Change version writes the previous spec into the annotation; roll back restores it (same Update document). */
describe('OnboardingMachine: change version and roll back', () => {
  let gateway: FakeGatewayClient;
  let machine: OnboardingMachine | undefined;
  const installed = { version: 'v0.8.5', chartVersion: '0.8.5' };
  const newest = { version: 'v0.9.3', chartVersion: '0.9.3' };
  const ready = buildResource({ resourceVersion: '500', spec: installed });

  beforeEach(() => {
    gateway = new FakeGatewayClient();
    machine = undefined;
    gateway.respond(
      'ToolContentConfigurations',
      contentConfigurationsResult([buildContentConfiguration('opencp-kro', [['KROs', 'kros']])]),
    );
  });

  afterEach(() => machine?.dispose());

  it('preselects an offered version when the form opens, and ignores one the catalog does not offer', async () => {
    gateway.respond('ToolState', toolStateResult({ bindings: [buildBinding()], resources: [ready] }));
    ({ machine } = await started(gateway));
    machine.startUpgrade('v9.9.9');
    expect(machine.state()).toMatchObject({ upgrading: true, draft: { version: 'v0.8.5' } });
    machine.cancelUpgrade();
    machine.startUpgrade('v0.9.3');
    expect(machine.state()).toMatchObject({ upgrading: true, draft: { version: 'v0.9.3' } });
    expect(gateway.calls.filter((call) => call.kind === 'mutate')).toHaveLength(0);
  });

  it('round trip: the change sends the annotation, roll back sends the annotated spec with the current resourceVersion', async () => {
    gateway.respond('ToolState', toolStateResult({ bindings: [buildBinding()], resources: [ready] }));
    ({ machine } = await started(gateway));
    machine.startUpgrade('v0.9.3');
    const changed = (annotations: Record<string, string>) =>
      buildResource({ resourceVersion: '501', generation: 2, observedGeneration: 1, spec: newest, annotations });
    gateway.respond('UpdateKRO', mutationResult(changed({ [PREVIOUS_SPEC_ANNOTATION]: JSON.stringify(installed) })));
    machine.upgrade({ version: 'v0.9.3' });
    await flushPromises();

    const sent = gateway.callsOf('UpdateKRO')[0].variables as { annotations: Record<string, string> };
    expect(sent).toEqual({
      name: 'default',
      resourceVersion: '500',
      annotations: { [PREVIOUS_SPEC_ANNOTATION]: JSON.stringify(installed) },
      ...newest,
    });
    // The stored object carries what was sent: the annotation read back is the spec before the change.
    const stored = buildResource({ resourceVersion: '502', generation: 2, spec: newest, annotations: sent.annotations });
    expect(previousSpec(stored)).toEqual(installed);
    gateway.stream('WatchKROs').event('MODIFIED', stored);
    await flushPromises();
    expect(machine.state()).toMatchObject({ step: 'ready', resource: { metadata: { annotations: sent.annotations } } });

    gateway.respond(
      'UpdateKRO',
      mutationResult(buildResource({ resourceVersion: '503', generation: 3, observedGeneration: 2, spec: installed })),
    );
    machine.rollback();
    expect(machine.state().busy).toBe(true);
    await flushPromises();
    expect(gateway.callsOf('UpdateKRO')[1].variables).toEqual({
      name: 'default',
      resourceVersion: '502',
      annotations: { [PREVIOUS_SPEC_ANNOTATION]: null },
      ...installed,
    });
    expect(machine.state()).toMatchObject({ step: 'installing', busy: false, failure: null });
    gateway.stream('WatchKROs').event('MODIFIED', buildResource({ resourceVersion: '504', generation: 3, spec: installed }));
    await flushPromises();
    expect(machine.state()).toMatchObject({ step: 'ready', resource: { spec: installed }, navigationChange: 'ready' });
    expect(previousSpec(machine.state().resource)).toBeNull();
  });

  it('without the annotation (changed elsewhere) sends nothing', async () => {
    gateway.respond(
      'ToolState',
      toolStateResult({ bindings: [buildBinding()], resources: [buildResource({ spec: newest, generation: 2 })] }),
    );
    ({ machine } = await started(gateway));
    machine.rollback();
    expect(machine.state()).toMatchObject({ step: 'ready', busy: false, failure: null });
    expect(gateway.calls.filter((call) => call.kind === 'mutate')).toHaveLength(0);
  });

  it('a conflict re-reads and sends the roll back again with the fresh resourceVersion', async () => {
    const annotated = (resourceVersion: string) =>
      buildResource({
        resourceVersion,
        generation: 2,
        spec: newest,
        annotations: { [PREVIOUS_SPEC_ANNOTATION]: JSON.stringify(installed) },
      });
    gateway
      .respondOnce('ToolState', toolStateResult({ bindings: [buildBinding()], resources: [annotated('600')] }))
      .respond('ToolState', toolStateResult({ bindings: [buildBinding()], resources: [annotated('601')] }));
    gateway
      .respondOnce('UpdateKRO', graphqlErrorResult(conflictText))
      .respond(
        'UpdateKRO',
        mutationResult(buildResource({ resourceVersion: '602', generation: 3, observedGeneration: 2, spec: installed })),
      );
    ({ machine } = await started(gateway));
    machine.rollback();
    await flushPromises();
    expect(gateway.callsOf('UpdateKRO').map((call) => call.variables['resourceVersion'])).toEqual(['600', '601']);
    expect(machine.state()).toMatchObject({ step: 'installing', failure: null });
  });

  it('after the last conflict: the roll back failure with Retry, the ready panel stays', async () => {
    const annotated = buildResource({
      resourceVersion: '700',
      generation: 2,
      spec: newest,
      annotations: { [PREVIOUS_SPEC_ANNOTATION]: JSON.stringify(installed) },
    });
    gateway.respond('ToolState', toolStateResult({ bindings: [buildBinding()], resources: [annotated] }));
    gateway.respond('UpdateKRO', graphqlErrorResult(conflictText));
    ({ machine } = await started(gateway));
    machine.rollback();
    await flushPromises();
    expect(gateway.callsOf('UpdateKRO')).toHaveLength(3);
    expect(machine.state()).toMatchObject({
      step: 'ready',
      upgrading: false,
      failure: { action: 'rollback', retryable: true, error: { kind: 'conflict' } },
    });
    machine.retry();
    await flushPromises();
    expect(gateway.callsOf('UpdateKRO')).toHaveLength(6);
  });
});
