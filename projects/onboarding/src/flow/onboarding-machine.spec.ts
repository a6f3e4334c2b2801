import {
  buildBinding,
  buildControlPlane,
  buildProvidersTool,
  buildResource,
  buildTool,
  condition,
  FakeGatewayClient,
  FakeScheduler,
  flushPromises,
  mutationResult,
  toolStateResult,
} from '@opencp/onboarding/testing';
import { classifyGraphQLError, classifyHttpStatus } from '../gateway/error-classification';
import { GatewayError } from '../gateway/gateway-error';
import type { GatewayResult } from '../gateway/gateway-client';
import { enablementSpec } from '../config/enablement-spec';
import { OnboardingMachine, type OnboardingMachineOptions } from './onboarding-machine';

const tool = buildTool();
const bindingName = tool.exportName;
const conflictText = `Operation cannot be fulfilled on apibindings.apis.kcp.io "${bindingName}": the object has been modified; please apply your changes to the latest version and try again`;
const forbiddenText = `apibindings.apis.kcp.io "${bindingName}" is forbidden: unable to create APIBinding: no permission to bind to export root:orgs:demo:team-a:${bindingName}`;
const secretsClaim = { group: '', resource: 'secrets', identityHash: '', verbs: ['get', 'list', 'watch'] };

function graphqlErrorResult(message: string): GatewayResult<unknown> {
  return { data: null, errors: [classifyGraphQLError(message, ['group', 'version', 'result'])] };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

async function started(gateway: FakeGatewayClient, options: OnboardingMachineOptions = {}, subject = tool) {
  const scheduler = new FakeScheduler();
  const machine = new OnboardingMachine(subject, gateway, { scheduler, ...options });
  machine.start();
  await flushPromises();
  return { machine, scheduler };
}

describe('OnboardingMachine', () => {
  let gateway: FakeGatewayClient;
  let machine: OnboardingMachine | undefined;

  beforeEach(() => {
    gateway = new FakeGatewayClient();
    machine = undefined;
  });

  afterEach(() => machine?.dispose());

  describe('loading (re-entrant: the page may open in any state)', () => {
    it('starts in loading and reads everything in one ToolState request', async () => {
      const answer = deferred<GatewayResult<unknown>>();
      gateway.respond('ToolState', () => answer.promise);
      machine = new OnboardingMachine(tool, gateway, { scheduler: new FakeScheduler() });
      machine.start();
      expect(machine.state().step).toBe('loading');
      answer.resolve(toolStateResult());
      await flushPromises();
      expect(gateway.callsOf('ToolState')).toHaveLength(1);
      expect(machine.state().step).toBe('not-activated');
    });

    it.each([
      ['MCP Provisioning, no binding', { controlPlanes: [buildControlPlane('Provisioning')] }, 'control-plane-not-ready'],
      ['MCP without status', { controlPlanes: [buildControlPlane(null)] }, 'control-plane-not-ready'],
      ['no MCP at all', { controlPlanes: [] }, 'control-plane-not-ready'],
      ['MCP Ready, no binding', {}, 'not-activated'],
      ['binding Binding', { bindings: [buildBinding({ phase: 'Binding' })] }, 'activating'],
      ['binding Bound with undecided claims', { bindings: [buildBinding({ exportClaims: [secretsClaim] })] }, 'permission-claims'],
      ['binding Bound, no resource', { bindings: [buildBinding()] }, 'configure'],
      ['resource Provisioning', { bindings: [buildBinding()], resources: [buildResource({ phase: 'Provisioning' })] }, 'installing'],
      ['resource without status', { bindings: [buildBinding()], resources: [buildResource({ phase: null })] }, 'installing'],
      ['resource Ready but outdated', { bindings: [buildBinding()], resources: [buildResource({ generation: 2, observedGeneration: 1 })] }, 'installing'],
      ['resource Ready', { bindings: [buildBinding()], resources: [buildResource()] }, 'ready'],
      [
        'resource deleting, binding present (blocked)',
        { bindings: [buildBinding()], resources: [buildResource({ deletionTimestamp: '2025-01-02T00:00:00Z' })] },
        'deactivating',
      ],
      ['binding deleting', { bindings: [buildBinding({ deletionTimestamp: '2025-01-02T00:00:00Z' })] }, 'deactivating'],
    ])('%s → %s', async (_name, contents, step) => {
      gateway.respond('ToolState', toolStateResult(contents));
      ({ machine } = await started(gateway));
      expect(machine.state().step).toBe(step);
    });

    it('ignores bindings of other tools', async () => {
      gateway.respond('ToolState', toolStateResult({ bindings: [buildBinding({ name: 'flux.services.opencp.cloud' })] }));
      ({ machine } = await started(gateway));
      expect(machine.state().step).toBe('not-activated');
      expect(machine.state().binding).toBeNull();
    });

    it('shows load-failed with a retryable failure on a transport error, and retry loads again', async () => {
      gateway.respondOnce('ToolState', classifyHttpStatus(503, 'Service Unavailable')).respond('ToolState', toolStateResult());
      ({ machine } = await started(gateway));
      expect(machine.state().step).toBe('load-failed');
      expect(machine.state().failure).toMatchObject({ action: 'load', retryable: true, error: { kind: 'unavailable' } });
      machine.retry();
      await flushPromises();
      expect(machine.state().step).toBe('not-activated');
      expect(machine.state().failure).toBeNull();
    });

    it('shows load-failed when one block fails, keeping the others', async () => {
      const result = toolStateResult({ bindings: [buildBinding()] }) as { data: Record<string, unknown> };
      gateway.respond('ToolState', {
        data: { ...result.data, tool: { version: null } },
        errors: [classifyGraphQLError('unable to list objects: kros.kro.services.opencp.cloud is forbidden: User "u" cannot list resource "kros"', ['tool', 'version', 'list'])],
      });
      ({ machine } = await started(gateway));
      expect(machine.state().step).toBe('load-failed');
      expect(machine.state().failure?.error.kind).toBe('forbidden');
      expect(machine.state().binding?.metadata?.name).toBe(bindingName);
    });
  });

  describe('streams', () => {
    it('opens the binding and tool list streams from the list resourceVersion, and no MCP stream when Ready', async () => {
      gateway.respond('ToolState', toolStateResult({ resourceVersion: '4711' }));
      ({ machine } = await started(gateway));
      expect(gateway.openStreams().map((stream) => stream.operationName).sort()).toEqual(['WatchAPIBindings', 'WatchKROs']);
      expect(gateway.stream('WatchAPIBindings').variables).toEqual({ resourceVersion: '4711' });
      expect(gateway.stream('WatchKROs').variables).toEqual({ resourceVersion: '4711' });
    });

    it('watches only the MCP while it is not Ready, then re-reads and switches to the two tool streams', async () => {
      gateway
        .respondOnce('ToolState', toolStateResult({ controlPlanes: [buildControlPlane('Provisioning')] }))
        .respond('ToolState', toolStateResult({ resourceVersion: '2000' }));
      ({ machine } = await started(gateway));
      expect(gateway.openStreams().map((stream) => stream.operationName)).toEqual(['WatchManagedControlPlanes']);
      gateway.stream('WatchManagedControlPlanes').event('MODIFIED', buildControlPlane('MCPReady'));
      expect(machine.state()).toMatchObject({ step: 'control-plane-not-ready', controlPlanePhase: 'MCPReady' });
      gateway.stream('WatchManagedControlPlanes').event('MODIFIED', buildControlPlane('Ready'));
      await flushPromises();
      expect(machine.state().step).toBe('not-activated');
      expect(gateway.openStreams().map((stream) => stream.operationName).sort()).toEqual(['WatchAPIBindings', 'WatchKROs']);
      expect(gateway.callsOf('ToolState')).toHaveLength(2);
    });

    it('resumes a dropped stream from the last resourceVersion seen, with back-off', async () => {
      gateway.respond('ToolState', toolStateResult({ bindings: [buildBinding({ phase: 'Binding' })], resourceVersion: '100' }));
      const { machine: m, scheduler } = await started(gateway, { reconnect: { initialDelayMs: 1000, random: () => 0.5 } });
      machine = m;
      gateway.stream('WatchAPIBindings').event('MODIFIED', buildBinding({ phase: 'Binding', resourceVersion: '150' }));
      gateway.stream('WatchAPIBindings').fail(classifyHttpStatus(503));
      expect(gateway.openStreams('WatchAPIBindings')).toHaveLength(0);
      scheduler.advance(499);
      expect(gateway.openStreams('WatchAPIBindings')).toHaveLength(0);
      scheduler.advance(1);
      expect(gateway.stream('WatchAPIBindings').variables).toEqual({ resourceVersion: '150' });
      gateway.stream('WatchAPIBindings').event('MODIFIED', buildBinding({ phase: 'Bound', resourceVersion: '160' }));
      expect(machine.state().step).toBe('configure');
    });

    it('applies repeated ADDED events idempotently by uid (expired resourceVersion re-list)', async () => {
      gateway.respond('ToolState', toolStateResult({ bindings: [buildBinding()] }));
      ({ machine } = await started(gateway));
      const stream = gateway.stream('WatchKROs');
      stream.event('ADDED', buildResource({ phase: 'Provisioning', resourceVersion: '300' }));
      stream.event('ADDED', buildResource({ phase: 'Provisioning', resourceVersion: '300' }));
      stream.event('MODIFIED', buildResource({ resourceVersion: '301' }));
      expect(machine.state().step).toBe('ready');
      stream.event('DELETED', buildResource({ resourceVersion: '302' }));
      expect(machine.state().step).toBe('configure');
    });

    it('reports a stream that cannot reconnect after the first failed reconnect, keeps the objects, and clears the notice when back', async () => {
      gateway.respond('ToolState', toolStateResult({ bindings: [buildBinding()], resources: [buildResource({ phase: 'Provisioning' })] }));
      const { machine: m, scheduler } = await started(gateway, { reconnect: { initialDelayMs: 1000, healthyAfterMs: 2000, random: () => 0.999 } });
      machine = m;
      expect(machine.state().connection).toBe('live');
      gateway.stream('WatchKROs').fail(new TypeError('network down'));
      expect(machine.state().connection).toBe('live');
      scheduler.advance(999);
      gateway.stream('WatchKROs').fail(new TypeError('network down'));
      // ≤ 1 s after the stream broke: the page says so, and still shows the last known objects.
      expect(machine.state()).toMatchObject({ connection: 'reconnecting', step: 'installing', failure: null });
      expect(machine.state().resource?.status?.phase).toBe('Provisioning');
      scheduler.advance(1998);
      expect(gateway.openStreams('WatchKROs')).toHaveLength(1);
      gateway.stream('WatchKROs').event('MODIFIED', buildResource({ resourceVersion: '900' }));
      expect(machine.state()).toMatchObject({ connection: 'live', step: 'ready' });
    });

    it('reports a page idle on Ready the same way, and keeps reconnecting in the background', async () => {
      gateway.respond('ToolState', toolStateResult({ bindings: [buildBinding()], resources: [buildResource()] }));
      const { machine: m, scheduler } = await started(gateway, { reconnect: { initialDelayMs: 1000, maxDelayMs: 4000, random: () => 0.999 } });
      machine = m;
      for (const name of ['WatchKROs', 'WatchAPIBindings']) {
        gateway.stream(name).fail(new TypeError('gateway gone'));
      }
      scheduler.advance(1000);
      gateway.stream('WatchKROs').fail(new TypeError('gateway gone'));
      expect(machine.state()).toMatchObject({ connection: 'reconnecting', step: 'ready' });
      for (let i = 0; i < 10; i++) {
        scheduler.advance(4000);
        gateway.stream('WatchKROs').fail(new TypeError('gateway gone'));
      }
      expect(machine.state().connection).toBe('reconnecting');
      scheduler.advance(4000);
      expect(gateway.openStreams('WatchKROs')).toHaveLength(1);
      scheduler.advance(5000);
      expect(machine.state().connection).toBe('live');
    });

    it('stops at once on a forbidden stream error', async () => {
      gateway.respond('ToolState', toolStateResult());
      const { machine: m, scheduler } = await started(gateway);
      machine = m;
      gateway.stream('WatchAPIBindings').graphqlError(classifyGraphQLError(`apibindings.apis.kcp.io is forbidden: User "u" cannot watch resource "apibindings"`));
      scheduler.advance(60_000);
      expect(gateway.streams('WatchAPIBindings')).toHaveLength(1);
      expect(machine.state().failure?.error.kind).toBe('forbidden');
    });

    it('dispose closes every stream and timer', async () => {
      gateway.respond('ToolState', toolStateResult({ bindings: [buildBinding({ phase: 'Binding' })] }));
      const { machine: m, scheduler } = await started(gateway);
      expect(gateway.openStreams()).toHaveLength(2);
      expect(scheduler.pending()).toBe(1);
      m.dispose();
      expect(gateway.openStreams()).toHaveLength(0);
      expect(scheduler.pending()).toBe(0);
    });
  });

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
      gateway.stream('WatchAPIBindings').event('MODIFIED', buildBinding({ phase: 'Bound', boundResources: [{ group: 'kro.run', resource: 'resourcegraphdefinitions' }] }));
      expect(machine.state().step).toBe('configure');
      expect(machine.state().boundResources).toEqual([{ group: 'kro.run', resource: 'resourcegraphdefinitions' }]);
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

    it('someone else\'s binding with another reference is a conflict; keepTheirs adopts it', async () => {
      const foreign = { ...buildBinding({ phase: 'Binding' }), spec: { reference: { export: { name: bindingName, path: 'root:orgs:other' } }, permissionClaims: [] } };
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

    it('applyMine replaces someone else\'s binding: deletes it, creates ours once it is gone', async () => {
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
      expect(machine.state()).toMatchObject({ step: 'not-activated', failure: { action: 'activate', retryable: true, error: { kind: 'timeout', message: 'request timeout' } } });
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
      expect(machine.state()).toMatchObject({ step: 'not-activated', failure: { action: 'activate', retryable: true, error: { kind: 'too-many-requests' } } });
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
      gateway.respond('UpdateAPIBindingClaims', mutationResult(buildBinding({ exportClaims: [secretsClaim], claims: [accepted], resourceVersion: '48214' })));
      ({ machine } = await started(gateway));
      expect(machine.state().pendingClaims).toEqual([secretsClaim]);
      machine.acceptClaims();
      await flushPromises();
      expect(gateway.callsOf('UpdateAPIBindingClaims')[0].variables).toEqual({ name: bindingName, resourceVersion: '48213', claims: [accepted] });
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

  describe('configure', () => {
    const crossplane = buildProvidersTool();
    const crossplaneBinding = buildBinding({ name: crossplane.exportName });
    const draft = { version: 'v1.20.1', providers: [{ name: 'provider-kubernetes', version: 'v0.15.0' }] };

    it('creates `default` from the draft, follows installing live, and flags the navigation change at Ready', async () => {
      gateway.respond('ToolState', toolStateResult({ bindings: [crossplaneBinding] }));
      gateway.respond('CreateCrossplane', mutationResult(buildResource({ phase: null, spec: draft })));
      ({ machine } = await started(gateway, {}, crossplane));
      machine.configure(draft);
      expect(machine.state().busy).toBe(true);
      await flushPromises();
      expect(gateway.callsOf('CreateCrossplane')[0].variables).toEqual({ name: 'default', ...draft });
      expect(machine.state()).toMatchObject({ step: 'installing', status: { kind: 'pending' }, navigationChange: null });
      const stream = gateway.stream('WatchCrossplanes');
      stream.event('MODIFIED', buildResource({ phase: 'Provisioning', spec: draft, conditions: [condition('Ready', 'False', 'Reconciling', 'Reconcile in progress')] }));
      expect(machine.state().status).toMatchObject({ kind: 'in-progress', reason: 'Reconciling', message: 'Reconcile in progress' });
      stream.event('MODIFIED', buildResource({ spec: draft }));
      expect(machine.state()).toMatchObject({ step: 'ready', navigationChange: 'ready' });
    });

    it('keeps the draft and the step on failure; retry sends the same draft', async () => {
      gateway.respond('ToolState', toolStateResult({ bindings: [crossplaneBinding] }));
      gateway.respondOnce('CreateCrossplane', classifyHttpStatus(504, '{"errors":[{"message":"request timeout"}]}'));
      gateway.respond('CreateCrossplane', mutationResult(buildResource({ phase: null, spec: draft })));
      ({ machine } = await started(gateway, {}, crossplane));
      machine.configure(draft);
      await flushPromises();
      expect(machine.state()).toMatchObject({ step: 'configure', draft, failure: { action: 'configure', retryable: true, error: { kind: 'timeout' } } });
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
      gateway
        .respondOnce('ToolState', toolStateResult({ bindings: [crossplaneBinding] }))
        .respond('ToolState', toolStateResult({ bindings: [crossplaneBinding], resources: [buildResource({ phase: 'Provisioning', spec: enablementSpec(crossplane, draft) })] }));
      gateway.respond('CreateCrossplane', alreadyExists);
      ({ machine } = await started(gateway, {}, crossplane));
      machine.configure(draft);
      await flushPromises();
      expect(machine.state()).toMatchObject({ step: 'installing', failure: null, conflict: null });
    });

    async function conflicted() {
      gateway
        .respondOnce('ToolState', toolStateResult({ bindings: [crossplaneBinding] }))
        .respond('ToolState', toolStateResult({ bindings: [crossplaneBinding], resources: [buildResource({ resourceVersion: '77', spec: theirs })] }));
      gateway.respond('CreateCrossplane', alreadyExists);
      ({ machine } = await started(gateway, {}, crossplane));
      machine.configure(draft);
      await flushPromises();
      return machine;
    }

    it('never adopts silently: someone else\'s different spec is a conflict with both sides', async () => {
      const m = await conflicted();
      expect(m.state()).toMatchObject({ step: 'ready', failure: null, conflict: { subject: 'resource', theirs, mine: enablementSpec(crossplane, draft) } });
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
      gateway.respond('UpdateCrossplane', mutationResult(buildResource({ generation: 2, observedGeneration: 1, spec: enablementSpec(crossplane, draft) })));
      m.applyMine();
      expect(m.state().busy).toBe(true);
      await flushPromises();
      expect(gateway.callsOf('UpdateCrossplane')[0].variables).toEqual({ name: 'default', resourceVersion: '77', ...enablementSpec(crossplane, draft) });
      expect(m.state()).toMatchObject({ step: 'installing', conflict: null, failure: null });
      m.applyMine();
      await flushPromises();
      expect(gateway.callsOf('UpdateCrossplane')).toHaveLength(1);
    });

    it('a failed applyMine keeps the conflict and its failure; Retry applies mine again', async () => {
      const m = await conflicted();
      gateway.respondOnce('UpdateCrossplane', classifyHttpStatus(503, 'Service Unavailable'));
      gateway.respond('UpdateCrossplane', mutationResult(buildResource({ generation: 2, observedGeneration: 1, spec: enablementSpec(crossplane, draft) })));
      m.applyMine();
      await flushPromises();
      expect(m.state()).toMatchObject({ conflict: { subject: 'resource' }, failure: { action: 'configure', retryable: true, error: { kind: 'unavailable' } } });
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
      gateway.respond('UpdateKRO', mutationResult(buildResource({ generation: 2, observedGeneration: 1, spec: { version: 'v0.9.3', chartVersion: '0.9.3' } })));
      ({ machine } = await started(gateway));
      machine.startUpgrade();
      machine.upgrade({ version: 'v0.9.3' });
      await flushPromises();
      expect(gateway.callsOf('UpdateKRO')[0].variables).toEqual({ name: 'default', resourceVersion: '500', version: 'v0.9.3', chartVersion: '0.9.3' });
      expect(machine.state()).toMatchObject({ step: 'installing', upgrading: false });
      gateway.stream('WatchKROs').event('MODIFIED', buildResource({ generation: 2, observedGeneration: 2, spec: { version: 'v0.9.3' } }));
      expect(machine.state()).toMatchObject({ step: 'ready', navigationChange: 'ready' });
    });

    it('re-reads and applies the user\'s change again on a conflict, with the fresh resourceVersion', async () => {
      gateway
        .respondOnce('ToolState', toolStateResult({ bindings: [buildBinding()], resources: [ready] }))
        .respond('ToolState', toolStateResult({ bindings: [buildBinding()], resources: [buildResource({ resourceVersion: '501', spec: { version: 'v0.8.5', chartVersion: '0.8.5' } })] }));
      gateway
        .respondOnce('UpdateKRO', graphqlErrorResult('Operation cannot be fulfilled on kros.kro.services.opencp.cloud "default": the object has been modified; please apply your changes to the latest version and try again'))
        .respond('UpdateKRO', mutationResult(buildResource({ generation: 2, observedGeneration: 1, spec: { version: 'v0.9.3', chartVersion: '0.9.3' } })));
      ({ machine } = await started(gateway));
      machine.startUpgrade();
      machine.upgrade({ version: 'v0.9.3' });
      await flushPromises();
      expect(gateway.callsOf('UpdateKRO').map((call) => call.variables['resourceVersion'])).toEqual(['500', '501']);
      expect(machine.state()).toMatchObject({ step: 'installing', upgrading: false, failure: null });
    });

    it('keeps the form open with the draft after 3 conflicting attempts', async () => {
      gateway.respond('ToolState', toolStateResult({ bindings: [buildBinding()], resources: [ready] }));
      gateway.respond('UpdateKRO', graphqlErrorResult('Operation cannot be fulfilled on kros.kro.services.opencp.cloud "default": the object has been modified; please apply your changes to the latest version and try again'));
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
      ({ machine } = await started(gateway));
      machine.deactivate();
      expect(machine.state()).toMatchObject({ step: 'deactivating', busy: true });
      await flushPromises();
      expect(gateway.calls.filter((call) => call.kind === 'mutate').map((call) => [call.operationName, call.variables])).toEqual([
        ['DeleteAPIBinding', { name: bindingName }],
        ['DeleteKRO', { name: 'default' }],
      ]);
      const blocker = 'deletion blocked: waiting for 1 kro ResourceGraphDefinition(s) to be removed from the control plane';
      gateway.stream('WatchKROs').event('MODIFIED', buildResource({ deletionTimestamp: '2025-01-02T00:00:00Z', conditions: [condition('Ready', 'False', 'Terminating', blocker)] }));
      expect(machine.state()).toMatchObject({ step: 'deactivating', status: { kind: 'deleting', message: blocker } });
      gateway.stream('WatchAPIBindings').event('DELETED', buildBinding());
      expect(machine.state().step).toBe('deactivating');
      gateway.stream('WatchKROs').event('DELETED', buildResource());
      expect(machine.state()).toMatchObject({ step: 'not-activated', navigationChange: 'removed', busy: false });
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
      gateway.respond('DeleteAPIBinding', graphqlErrorResult(`apibindings.apis.kcp.io "${bindingName}" is forbidden: User "readonly" cannot delete resource "apibindings"`));
      ({ machine } = await started(gateway));
      machine.deactivate();
      await flushPromises();
      expect(machine.state()).toMatchObject({ step: 'ready', failure: { action: 'deactivate', retryable: true, error: { kind: 'forbidden' } } });
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
      gateway.stream('WatchKROs').event('MODIFIED', buildResource({ deletionTimestamp: '2025-01-02T00:00:00Z', conditions: [condition('Ready', 'False', 'Terminating', 'waiting for the binding')] }));
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
      gateway.respond('ToolState', toolStateResult({ bindings: [buildBinding()], resources: [buildResource({ deletionTimestamp: '2025-01-02T00:00:00Z' })] }));
      gateway.respond('DeleteAPIBinding', mutationResult(true));
      gateway.respond('DeleteKRO', mutationResult(true));
      ({ machine } = await started(gateway));
      expect(machine.state().step).toBe('deactivating');
      machine.deactivate();
      await flushPromises();
      expect(gateway.callsOf('DeleteAPIBinding')).toHaveLength(1);
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
