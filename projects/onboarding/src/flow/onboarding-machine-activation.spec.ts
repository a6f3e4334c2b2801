import {
  buildBinding,
  buildControlPlane,
  condition,
  FakeGatewayClient,
  flushPromises,
  mutationResult,
  toolStateResult,
} from '@opencp/onboarding/testing';
import {
  bindingName,
  conflictText,
  deferred,
  forbiddenText,
  graphqlErrorResult,
  secretsClaim,
  started,
} from '../../testing/machine-spec-helpers';
import { classifyHttpStatus } from '../gateway/error-classification';
import type { GatewayResult } from '../gateway/gateway-client';
import { GatewayError } from '../gateway/gateway-error';
import { OnboardingMachine } from './onboarding-machine';

describe('OnboardingMachine: activation and permission claims', () => {
  let gateway: FakeGatewayClient;
  let machine: OnboardingMachine | undefined;

  beforeEach(() => {
    gateway = new FakeGatewayClient();
    machine = undefined;
  });

  afterEach(() => machine?.dispose());

  describe('activate', () => {
    it('creates the binding named like the export, waits for Bound, then offers configure', async () => {
      gateway.respond('ToolState', toolStateResult());
      gateway.respond('CreateAPIBinding', mutationResult(buildBinding({ phase: '' })));
      ({ machine } = await started(gateway));
      machine.activate();
      expect(machine.state()).toMatchObject({ step: 'activating', busy: true });
      await flushPromises();
      expect(gateway.callsOf('CreateAPIBinding')[0].variables).toEqual({ name: bindingName });
      expect(machine.state()).toMatchObject({ step: 'activating', busy: false });
      gateway
        .stream('WatchAPIBindings')
        .event('MODIFIED', buildBinding({ phase: 'Bound', boundResources: [{ group: 'kro.run', resource: 'resourcegraphdefinitions' }] }));
      expect(machine.state().step).toBe('configure');
      expect(machine.state().boundResources).toEqual([{ group: 'kro.run', resource: 'resourcegraphdefinitions' }]);
    });

    it("keeps the Bound binding the stream showed when the create's older answer arrives later", async () => {
      gateway.respond('ToolState', toolStateResult());
      const answer = deferred<GatewayResult<unknown>>();
      gateway.respond('CreateAPIBinding', () => answer.promise);
      ({ machine } = await started(gateway));
      machine.activate();
      gateway.stream('WatchAPIBindings').event('ADDED', buildBinding({ phase: '', resourceVersion: '15' }));
      gateway.stream('WatchAPIBindings').event('MODIFIED', buildBinding({ resourceVersion: '17' }));
      answer.resolve(mutationResult(buildBinding({ phase: '', resourceVersion: '15' })));
      await flushPromises();
      expect(machine.state()).toMatchObject({ step: 'configure', busy: false });
    });

    it('a double activate creates one binding', async () => {
      gateway.respond('ToolState', toolStateResult());
      gateway.respond('CreateAPIBinding', mutationResult(buildBinding({ phase: '' })));
      ({ machine } = await started(gateway));
      machine.activate();
      machine.activate();
      await flushPromises();
      machine.activate();
      await flushPromises();
      expect(gateway.callsOf('CreateAPIBinding')).toHaveLength(1);
    });

    it('adopts an existing binding ("already exists") by re-reading, without a failure', async () => {
      gateway
        .respondOnce('ToolState', toolStateResult())
        .respond('ToolState', toolStateResult({ bindings: [buildBinding({ phase: 'Binding' })] }));
      gateway.respond('CreateAPIBinding', graphqlErrorResult(`apibindings.apis.kcp.io "${bindingName}" already exists`));
      ({ machine } = await started(gateway));
      machine.activate();
      await flushPromises();
      expect(machine.state()).toMatchObject({ step: 'activating', failure: null });
      expect(machine.state().binding?.status?.phase).toBe('Binding');
    });

    it("someone else's binding with another reference is a conflict; keepTheirs adopts it", async () => {
      const foreign = {
        ...buildBinding({ phase: 'Binding' }),
        spec: { reference: { export: { name: bindingName, path: 'root:orgs:other' } }, permissionClaims: [] },
      };
      gateway.respondOnce('ToolState', toolStateResult()).respond('ToolState', toolStateResult({ bindings: [foreign] }));
      gateway.respond('CreateAPIBinding', graphqlErrorResult(`apibindings.apis.kcp.io "${bindingName}" already exists`));
      ({ machine } = await started(gateway));
      machine.activate();
      await flushPromises();
      expect(machine.state().conflict).toEqual({
        subject: 'binding',
        theirs: { name: bindingName, path: 'root:orgs:other' },
        mine: { name: bindingName, path: null },
      });
      machine.keepTheirs();
      expect(machine.state()).toMatchObject({ conflict: null, step: 'activating' });
    });

    it("applyMine replaces someone else's binding: deletes it, creates ours once it is gone", async () => {
      const foreign = { ...buildBinding(), spec: { reference: { export: { name: 'other.example', path: null } }, permissionClaims: [] } };
      gateway.respondOnce('ToolState', toolStateResult()).respond('ToolState', toolStateResult({ bindings: [foreign] }));
      gateway.respondOnce('CreateAPIBinding', graphqlErrorResult(`apibindings.apis.kcp.io "${bindingName}" already exists`));
      gateway.respond('CreateAPIBinding', mutationResult(buildBinding({ phase: '' })));
      gateway.respond('DeleteAPIBinding', mutationResult(true));
      ({ machine } = await started(gateway));
      machine.activate();
      await flushPromises();
      machine.applyMine();
      await flushPromises();
      expect(gateway.callsOf('DeleteAPIBinding')).toHaveLength(1);
      expect(gateway.callsOf('CreateAPIBinding')).toHaveLength(1);
      expect(machine.state()).toMatchObject({ conflict: null, failure: null });
      gateway.stream('WatchAPIBindings').event('DELETED', foreign);
      await flushPromises();
      expect(gateway.callsOf('CreateAPIBinding')).toHaveLength(2);
      expect(machine.state()).toMatchObject({ step: 'activating', failure: null });
    });

    it('forbidden: clear failure, back to not-activated, nothing created, Retry offered (access may be granted)', async () => {
      gateway.respond('ToolState', toolStateResult());
      gateway.respond('CreateAPIBinding', graphqlErrorResult(forbiddenText));
      ({ machine } = await started(gateway));
      machine.activate();
      await flushPromises();
      expect(machine.state()).toMatchObject({
        step: 'not-activated',
        busy: false,
        binding: null,
        failure: { action: 'activate', retryable: true, error: { kind: 'forbidden', message: forbiddenText } },
      });
    });

    it('times out waiting for Bound, naming the binding conditions; retry re-arms the deadline', async () => {
      const unbound = buildBinding({
        phase: '',
        conditions: [condition('APIExportValid', 'False', 'APIExportNotFound', 'APIExport kro.services.opencp.cloud not found')],
      });
      gateway.respond('ToolState', toolStateResult());
      gateway.respond('CreateAPIBinding', mutationResult(unbound));
      const { machine: m, scheduler } = await started(gateway, { bindTimeoutMs: 5000 });
      machine = m;
      machine.activate();
      await flushPromises();
      scheduler.advance(4999);
      expect(machine.state().failure).toBeNull();
      scheduler.advance(1);
      expect(machine.state().step).toBe('activating');
      expect(machine.state().failure).toEqual({
        action: 'activate',
        retryable: true,
        error: {
          kind: 'deadline',
          message: `APIBinding ${bindingName} was not Bound within 5 s (phase (none)); conditions: APIExportValid=False APIExportNotFound: APIExport kro.services.opencp.cloud not found`,
        },
      });
      gateway.respond('CreateAPIBinding', graphqlErrorResult(`apibindings.apis.kcp.io "${bindingName}" already exists`));
      gateway.respond('ToolState', toolStateResult({ bindings: [unbound] }));
      machine.retry();
      await flushPromises();
      expect(machine.state().failure).toBeNull();
      expect(gateway.callsOf('CreateAPIBinding')).toHaveLength(2);
      gateway.stream('WatchAPIBindings').event('MODIFIED', buildBinding());
      scheduler.advance(10_000);
      expect(machine.state()).toMatchObject({ step: 'configure', failure: null });
    });

    it('arms the deadline too when the page opens on an unbound binding', async () => {
      gateway.respond('ToolState', toolStateResult({ bindings: [buildBinding({ phase: 'Binding' })] }));
      const { machine: m, scheduler } = await started(gateway);
      machine = m;
      scheduler.advance(120_000);
      expect(machine.state().failure?.error.kind).toBe('deadline');
    });

    it('a gateway 504 on activate stays visible (it is no bind deadline) until the binding shows up', async () => {
      gateway.respond('ToolState', toolStateResult());
      gateway.respond('CreateAPIBinding', classifyHttpStatus(504, '{"errors":[{"message":"request timeout"}]}'));
      ({ machine } = await started(gateway));
      machine.activate();
      await flushPromises();
      expect(machine.state()).toMatchObject({
        step: 'not-activated',
        failure: { action: 'activate', retryable: true, error: { kind: 'timeout', message: 'request timeout' } },
      });
      // The create had landed after all: the stream shows the binding, the stale message goes.
      gateway.stream('WatchAPIBindings').event('ADDED', buildBinding({ phase: 'Binding' }));
      expect(machine.state()).toMatchObject({ step: 'activating', failure: null });
    });

    it('a transport failure returns to not-activated with a retryable failure', async () => {
      gateway.respond('ToolState', toolStateResult());
      gateway.respondOnce('CreateAPIBinding', classifyHttpStatus(429, 'Too Many Requests'));
      gateway.respond('CreateAPIBinding', mutationResult(buildBinding({ phase: '' })));
      ({ machine } = await started(gateway));
      machine.activate();
      await flushPromises();
      expect(machine.state()).toMatchObject({
        step: 'not-activated',
        failure: { action: 'activate', retryable: true, error: { kind: 'too-many-requests' } },
      });
      machine.retry();
      await flushPromises();
      expect(machine.state()).toMatchObject({ step: 'activating', failure: null });
    });

    it('is refused while the control plane is not ready', async () => {
      gateway.respond('ToolState', toolStateResult({ controlPlanes: [buildControlPlane('Provisioning')] }));
      ({ machine } = await started(gateway));
      machine.activate();
      await flushPromises();
      expect(gateway.callsOf('CreateAPIBinding')).toHaveLength(0);
    });
  });

  describe('permission claims', () => {
    const withClaim = (resourceVersion: string, claims = [] as never[]) =>
      buildBinding({ exportClaims: [secretsClaim], resourceVersion, claims });
    const accepted = { ...secretsClaim, state: 'Accepted' as const, selector: { matchAll: true } };

    it('lists the pending claims and accepts them with the binding resourceVersion', async () => {
      gateway.respond('ToolState', toolStateResult({ bindings: [withClaim('48213')] }));
      gateway.respond(
        'UpdateAPIBindingClaims',
        mutationResult(buildBinding({ exportClaims: [secretsClaim], claims: [accepted], resourceVersion: '48214' })),
      );
      ({ machine } = await started(gateway));
      expect(machine.state().pendingClaims).toEqual([secretsClaim]);
      machine.acceptClaims();
      await flushPromises();
      expect(gateway.callsOf('UpdateAPIBindingClaims')[0].variables).toEqual({
        name: bindingName,
        resourceVersion: '48213',
        claims: [accepted],
      });
      expect(machine.state()).toMatchObject({ step: 'configure', pendingClaims: [], failure: null });
    });

    it('re-reads and retries on conflict, with the fresh resourceVersion', async () => {
      gateway
        .respondOnce('ToolState', toolStateResult({ bindings: [withClaim('1')] }))
        .respond('ToolState', toolStateResult({ bindings: [withClaim('2')] }));
      gateway
        .respondOnce('UpdateAPIBindingClaims', graphqlErrorResult(conflictText))
        .respond('UpdateAPIBindingClaims', mutationResult(buildBinding({ exportClaims: [secretsClaim], claims: [accepted] })));
      ({ machine } = await started(gateway));
      machine.acceptClaims();
      await flushPromises();
      expect(gateway.callsOf('UpdateAPIBindingClaims').map((call) => call.variables['resourceVersion'])).toEqual(['1', '2']);
      expect(machine.state()).toMatchObject({ step: 'configure', failure: null });
    });

    it('gives up after 3 conflicting attempts with a retryable conflict failure', async () => {
      gateway.respond('ToolState', toolStateResult({ bindings: [withClaim('1')] }));
      gateway.respond('UpdateAPIBindingClaims', graphqlErrorResult(conflictText));
      ({ machine } = await started(gateway));
      machine.acceptClaims();
      await flushPromises();
      expect(gateway.callsOf('UpdateAPIBindingClaims')).toHaveLength(3);
      expect(machine.state()).toMatchObject({
        step: 'permission-claims',
        busy: false,
        failure: { action: 'accept-claims', retryable: true, error: { kind: 'conflict' } },
      });
    });
  });

  it('dismissError clears the failure without acting', async () => {
    gateway.respond('ToolState', toolStateResult());
    gateway.respond('CreateAPIBinding', new GatewayError('network', 'down'));
    ({ machine } = await started(gateway));
    machine.activate();
    await flushPromises();
    expect(machine.state().failure).not.toBeNull();
    machine.dismissError();
    expect(machine.state().failure).toBeNull();
    expect(gateway.callsOf('CreateAPIBinding')).toHaveLength(1);
  });
});
