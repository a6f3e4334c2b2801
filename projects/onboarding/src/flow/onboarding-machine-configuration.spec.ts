import {
  buildBinding,
  buildContentConfiguration,
  contentConfigurationsResult,
  buildProvidersTool,
  buildResource,
  condition,
  FakeGatewayClient,
  flushPromises,
  mutationResult,
  toolStateResult,
} from '@opencp/onboarding/testing';
import { bindingName, graphqlErrorResult, started } from '../../testing/machine-spec-helpers';
import { enablementSpec } from '../config/enablement-spec';
import { classifyHttpStatus } from '../gateway/error-classification';
import { OnboardingMachine } from './onboarding-machine';

describe('OnboardingMachine: configure, upgrade, deactivate', () => {
  let gateway: FakeGatewayClient;
  let machine: OnboardingMachine | undefined;

  beforeEach(() => {
    gateway = new FakeGatewayClient();
    machine = undefined;
  });

  afterEach(() => machine?.dispose());

  describe('configure', () => {
    const crossplane = buildProvidersTool();
    const crossplaneBinding = buildBinding({ name: crossplane.exportName });
    const draft = { version: 'v1.20.1', providers: [{ name: 'provider-kubernetes', version: 'v0.15.0' }] };

    it('creates `default` from the draft, follows installing live, and flags the navigation change at Ready', async () => {
      gateway.respond('ToolState', toolStateResult({ bindings: [crossplaneBinding] }));
      gateway.respond('CreateCrossplane', mutationResult(buildResource({ phase: null, spec: draft })));
      gateway.respond(
        'ToolContentConfigurations',
        contentConfigurationsResult([buildContentConfiguration('opencp-crossplane-k8s-object', [['Objects', 'objects']])]),
      );
      ({ machine } = await started(gateway, {}, crossplane));
      machine.configure(draft);
      expect(machine.state().busy).toBe(true);
      await flushPromises();
      expect(gateway.callsOf('CreateCrossplane')[0].variables).toEqual({ name: 'default', ...draft });
      expect(machine.state()).toMatchObject({ step: 'installing', status: { kind: 'pending' }, navigationChange: null });
      const stream = gateway.stream('WatchCrossplanes');
      stream.event(
        'MODIFIED',
        buildResource({
          phase: 'Provisioning',
          spec: draft,
          conditions: [condition('Ready', 'False', 'Reconciling', 'Reconcile in progress')],
        }),
      );
      expect(machine.state().status).toMatchObject({ kind: 'in-progress', reason: 'Reconciling', message: 'Reconcile in progress' });
      stream.event('MODIFIED', buildResource({ spec: draft }));
      expect(machine.state()).toMatchObject({ step: 'ready', navigationChange: null });
      await flushPromises(); // the tool's ContentConfigurations are listed: the portal has the pages
      expect(machine.state()).toMatchObject({ navigationChange: 'ready', pages: [{ label: 'Objects', path: 'objects' }] });
    });

    it('keeps the draft and the step on failure; retry sends the same draft', async () => {
      gateway.respond('ToolState', toolStateResult({ bindings: [crossplaneBinding] }));
      gateway.respondOnce('CreateCrossplane', classifyHttpStatus(504, '{"errors":[{"message":"request timeout"}]}'));
      gateway.respond('CreateCrossplane', mutationResult(buildResource({ phase: null, spec: draft })));
      ({ machine } = await started(gateway, {}, crossplane));
      machine.configure(draft);
      await flushPromises();
      expect(machine.state()).toMatchObject({
        step: 'configure',
        draft,
        failure: { action: 'configure', retryable: true, error: { kind: 'timeout' } },
      });
      machine.retry();
      await flushPromises();
      expect(gateway.callsOf('CreateCrossplane').map((call) => call.variables)).toEqual([
        { name: 'default', ...draft },
        { name: 'default', ...draft },
      ]);
      expect(machine.state().step).toBe('installing');
    });

    it('rejects a draft the catalog does not offer without sending anything', async () => {
      gateway.respond('ToolState', toolStateResult({ bindings: [crossplaneBinding] }));
      ({ machine } = await started(gateway, {}, crossplane));
      machine.configure({ version: 'latest' });
      await flushPromises();
      expect(gateway.callsOf('CreateCrossplane')).toHaveLength(0);
      expect(machine.state().failure).toMatchObject({ action: 'configure', retryable: false, error: { kind: 'invalid' } });
      expect(machine.state().failure?.error.message).toContain('version: unknown-version (latest)');
    });

    const alreadyExists = graphqlErrorResult('crossplanes.crossplane.services.opencp.cloud "default" already exists');
    const theirs = { version: 'v1.19.0', providers: [{ name: 'provider-helm', version: 'v0.20.0' }] };

    it('adopts quietly on "already exists" when the stored spec is what the user chose', async () => {
      gateway.respondOnce('ToolState', toolStateResult({ bindings: [crossplaneBinding] })).respond(
        'ToolState',
        toolStateResult({
          bindings: [crossplaneBinding],
          resources: [buildResource({ phase: 'Provisioning', spec: enablementSpec(crossplane, draft) })],
        }),
      );
      gateway.respond('CreateCrossplane', alreadyExists);
      gateway.respond('ToolContentConfigurations', contentConfigurationsResult([]));
      ({ machine } = await started(gateway, {}, crossplane));
      machine.configure(draft);
      await flushPromises();
      expect(machine.state()).toMatchObject({ step: 'installing', failure: null, conflict: null });
    });

    async function conflicted() {
      gateway
        .respondOnce('ToolState', toolStateResult({ bindings: [crossplaneBinding] }))
        .respond(
          'ToolState',
          toolStateResult({ bindings: [crossplaneBinding], resources: [buildResource({ resourceVersion: '77', spec: theirs })] }),
        );
      gateway.respond('CreateCrossplane', alreadyExists);
      gateway.respond('ToolContentConfigurations', contentConfigurationsResult([]));
      ({ machine } = await started(gateway, {}, crossplane));
      machine.configure(draft);
      await flushPromises();
      return machine;
    }

    it("never adopts silently: someone else's different spec is a conflict with both sides", async () => {
      const m = await conflicted();
      expect(m.state()).toMatchObject({
        step: 'ready',
        failure: null,
        conflict: { subject: 'resource', theirs, mine: enablementSpec(crossplane, draft) },
      });
      expect(m.state().navigationChange).toBeNull();
      expect(gateway.callsOf('UpdateCrossplane')).toHaveLength(0);
    });

    it('keepTheirs adopts their resource without writing', async () => {
      const m = await conflicted();
      m.keepTheirs();
      expect(m.state()).toMatchObject({ step: 'ready', conflict: null });
      expect(gateway.calls.filter((call) => call.kind === 'mutate').map((call) => call.operationName)).toEqual(['CreateCrossplane']);
    });

    it('applyMine sends the draft as a merge patch with the stored resourceVersion', async () => {
      const m = await conflicted();
      gateway.respond(
        'UpdateCrossplane',
        mutationResult(buildResource({ generation: 2, observedGeneration: 1, spec: enablementSpec(crossplane, draft) })),
      );
      m.applyMine();
      expect(m.state().busy).toBe(true);
      await flushPromises();
      expect(gateway.callsOf('UpdateCrossplane')[0].variables).toEqual({
        name: 'default',
        resourceVersion: '77',
        ...enablementSpec(crossplane, draft),
      });
      expect(m.state()).toMatchObject({ step: 'installing', conflict: null, failure: null });
      m.applyMine();
      await flushPromises();
      expect(gateway.callsOf('UpdateCrossplane')).toHaveLength(1);
    });

    it('a failed applyMine keeps the conflict and its failure; Retry applies mine again', async () => {
      const m = await conflicted();
      gateway.respondOnce('UpdateCrossplane', classifyHttpStatus(503, 'Service Unavailable'));
      gateway.respond(
        'UpdateCrossplane',
        mutationResult(buildResource({ generation: 2, observedGeneration: 1, spec: enablementSpec(crossplane, draft) })),
      );
      m.applyMine();
      await flushPromises();
      expect(m.state()).toMatchObject({
        conflict: { subject: 'resource' },
        failure: { action: 'configure', retryable: true, error: { kind: 'unavailable' } },
      });
      m.retry();
      await flushPromises();
      expect(gateway.callsOf('UpdateCrossplane')).toHaveLength(2);
      expect(m.state()).toMatchObject({ conflict: null, failure: null, step: 'installing' });
    });
  });

  describe('upgrade', () => {
    const ready = buildResource({ resourceVersion: '500', spec: { version: 'v0.8.5', chartVersion: '0.8.5' } });

    it('opens the form prefilled with the spec in force and cancels without sending', async () => {
      gateway.respond('ToolState', toolStateResult({ bindings: [buildBinding()], resources: [ready] }));
      ({ machine } = await started(gateway));
      machine.startUpgrade();
      expect(machine.state()).toMatchObject({ step: 'ready', upgrading: true, draft: { version: 'v0.8.5' } });
      machine.cancelUpgrade();
      expect(machine.state().upgrading).toBe(false);
      expect(gateway.calls.filter((call) => call.kind === 'mutate')).toHaveLength(0);
    });

    it('sends a merge patch with the resourceVersion and follows the new generation', async () => {
      gateway.respond('ToolState', toolStateResult({ bindings: [buildBinding()], resources: [ready] }));
      gateway.respond(
        'UpdateKRO',
        mutationResult(
          buildResource({
            resourceVersion: '501',
            generation: 2,
            observedGeneration: 1,
            spec: { version: 'v0.9.3', chartVersion: '0.9.3' },
          }),
        ),
      );
      gateway.respond(
        'ToolContentConfigurations',
        contentConfigurationsResult([buildContentConfiguration('opencp-kro', [['KROs', 'kros']])]),
      );
      ({ machine } = await started(gateway));
      machine.startUpgrade();
      machine.upgrade({ version: 'v0.9.3' });
      await flushPromises();
      expect(gateway.callsOf('UpdateKRO')[0].variables).toEqual({
        name: 'default',
        resourceVersion: '500',
        annotations: { 'onboarding.opencp.cloud/previous-spec': '{"version":"v0.8.5","chartVersion":"0.8.5"}' },
        version: 'v0.9.3',
        chartVersion: '0.9.3',
      });
      expect(machine.state()).toMatchObject({ step: 'installing', upgrading: false });
      gateway.stream('WatchKROs').event('MODIFIED', buildResource({ generation: 2, observedGeneration: 2, spec: { version: 'v0.9.3' } }));
      await flushPromises();
      expect(machine.state()).toMatchObject({ step: 'ready', navigationChange: 'ready' });
    });

    it("re-reads and applies the user's change again on a conflict, with the fresh resourceVersion", async () => {
      gateway.respondOnce('ToolState', toolStateResult({ bindings: [buildBinding()], resources: [ready] })).respond(
        'ToolState',
        toolStateResult({
          bindings: [buildBinding()],
          resources: [buildResource({ resourceVersion: '501', spec: { version: 'v0.8.5', chartVersion: '0.8.5' } })],
        }),
      );
      gateway
        .respondOnce(
          'UpdateKRO',
          graphqlErrorResult(
            'Operation cannot be fulfilled on kros.kro.services.opencp.cloud "default": the object has been modified; please apply your changes to the latest version and try again',
          ),
        )
        .respond(
          'UpdateKRO',
          mutationResult(
            buildResource({
              resourceVersion: '502',
              generation: 2,
              observedGeneration: 1,
              spec: { version: 'v0.9.3', chartVersion: '0.9.3' },
            }),
          ),
        );
      gateway.respond(
        'ToolContentConfigurations',
        contentConfigurationsResult([buildContentConfiguration('opencp-kro', [['KROs', 'kros']])]),
      );
      ({ machine } = await started(gateway));
      machine.startUpgrade();
      machine.upgrade({ version: 'v0.9.3' });
      await flushPromises();
      expect(gateway.callsOf('UpdateKRO').map((call) => call.variables['resourceVersion'])).toEqual(['500', '501']);
      expect(machine.state()).toMatchObject({ step: 'installing', upgrading: false, failure: null });
    });

    it('keeps the form open with the draft after 3 conflicting attempts', async () => {
      gateway.respond('ToolState', toolStateResult({ bindings: [buildBinding()], resources: [ready] }));
      gateway.respond(
        'UpdateKRO',
        graphqlErrorResult(
          'Operation cannot be fulfilled on kros.kro.services.opencp.cloud "default": the object has been modified; please apply your changes to the latest version and try again',
        ),
      );
      gateway.respond(
        'ToolContentConfigurations',
        contentConfigurationsResult([buildContentConfiguration('opencp-kro', [['KROs', 'kros']])]),
      );
      ({ machine } = await started(gateway));
      machine.startUpgrade();
      machine.upgrade({ version: 'v0.9.3' });
      await flushPromises();
      expect(gateway.callsOf('UpdateKRO')).toHaveLength(3);
      expect(gateway.callsOf('ToolState')).toHaveLength(3);
      expect(machine.state()).toMatchObject({
        step: 'ready',
        upgrading: true,
        draft: { version: 'v0.9.3' },
        failure: { action: 'upgrade', retryable: true, error: { kind: 'conflict' } },
      });
    });
  });

  describe('deactivate', () => {
    it('deletes the binding, then the resource, and shows deactivating until both are gone', async () => {
      gateway.respond('ToolState', toolStateResult({ bindings: [buildBinding()], resources: [buildResource()] }));
      gateway.respond('DeleteAPIBinding', mutationResult(true));
      gateway.respond('DeleteKRO', mutationResult(true));
      gateway.respond('ToolContentConfigurations', contentConfigurationsResult([]));
      ({ machine } = await started(gateway));
      machine.deactivate();
      expect(machine.state()).toMatchObject({ step: 'deactivating', busy: true });
      await flushPromises();
      expect(gateway.calls.filter((call) => call.kind === 'mutate').map((call) => [call.operationName, call.variables])).toEqual([
        ['DeleteAPIBinding', { name: bindingName }],
        ['DeleteKRO', { name: 'default' }],
      ]);
      const blocker = 'deletion blocked: waiting for 1 kro ResourceGraphDefinition(s) to be removed from the control plane';
      gateway
        .stream('WatchKROs')
        .event(
          'MODIFIED',
          buildResource({ deletionTimestamp: '2025-01-02T00:00:00Z', conditions: [condition('Ready', 'False', 'Terminating', blocker)] }),
        );
      expect(machine.state()).toMatchObject({ step: 'deactivating', status: { kind: 'deleting', message: blocker } });
      gateway.stream('WatchAPIBindings').event('DELETED', buildBinding());
      expect(machine.state().step).toBe('deactivating');
      gateway.stream('WatchKROs').event('DELETED', buildResource());
      expect(machine.state()).toMatchObject({ step: 'not-activated', navigationChange: null, busy: false });
      await flushPromises(); // the tool's ContentConfigurations are gone
      expect(machine.state()).toMatchObject({ navigationChange: 'removed', navigationOverdue: false });
    });

    it('treats an already deleted object as done', async () => {
      gateway.respond('ToolState', toolStateResult({ bindings: [buildBinding()] }));
      gateway.respond('DeleteAPIBinding', mutationResult(true));
      gateway.respond('DeleteKRO', graphqlErrorResult('kros.kro.services.opencp.cloud "default" not found'));
      ({ machine } = await started(gateway));
      machine.deactivate();
      await flushPromises();
      expect(machine.state().failure).toBeNull();
      gateway.stream('WatchAPIBindings').event('DELETED', buildBinding());
      expect(machine.state().step).toBe('not-activated');
    });

    it('forbidden: failure and back to the previous step', async () => {
      gateway.respond('ToolState', toolStateResult({ bindings: [buildBinding()], resources: [buildResource()] }));
      gateway.respond(
        'DeleteAPIBinding',
        graphqlErrorResult(`apibindings.apis.kcp.io "${bindingName}" is forbidden: User "readonly" cannot delete resource "apibindings"`),
      );
      ({ machine } = await started(gateway));
      machine.deactivate();
      await flushPromises();
      expect(machine.state()).toMatchObject({
        step: 'ready',
        failure: { action: 'deactivate', retryable: true, error: { kind: 'forbidden' } },
      });
      expect(gateway.callsOf('DeleteKRO')).toHaveLength(0);
    });

    it('times out when the objects stay, naming the blocker', async () => {
      gateway.respond('ToolState', toolStateResult({ bindings: [buildBinding()], resources: [buildResource()] }));
      gateway.respond('DeleteAPIBinding', mutationResult(true));
      gateway.respond('DeleteKRO', mutationResult(true));
      const { machine: m, scheduler } = await started(gateway, { deleteTimeoutMs: 60_000 });
      machine = m;
      machine.deactivate();
      await flushPromises();
      gateway.stream('WatchKROs').event(
        'MODIFIED',
        buildResource({
          deletionTimestamp: '2025-01-02T00:00:00Z',
          conditions: [condition('Ready', 'False', 'Terminating', 'waiting for the binding')],
        }),
      );
      scheduler.advance(60_000);
      expect(machine.state()).toMatchObject({
        step: 'deactivating',
        failure: {
          action: 'deactivate',
          retryable: true,
          error: { kind: 'deadline', message: `APIBinding ${bindingName} and KRO default still exist after 60 s: waiting for the binding` },
        },
      });
    });

    it('offers to delete a leftover binding when the page opens on a blocked deletion', async () => {
      gateway.respond(
        'ToolState',
        toolStateResult({ bindings: [buildBinding()], resources: [buildResource({ deletionTimestamp: '2025-01-02T00:00:00Z' })] }),
      );
      gateway.respond('DeleteAPIBinding', mutationResult(true));
      gateway.respond('DeleteKRO', mutationResult(true));
      ({ machine } = await started(gateway));
      expect(machine.state().step).toBe('deactivating');
      machine.deactivate();
      await flushPromises();
      expect(gateway.callsOf('DeleteAPIBinding')).toHaveLength(1);
    });
  });
});
