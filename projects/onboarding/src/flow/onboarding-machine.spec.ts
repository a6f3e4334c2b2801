import {
  buildBinding,
  buildControlPlane,
  buildResource,
  FakeGatewayClient,
  FakeScheduler,
  flushPromises,
  toolStateResult,
} from '@opencp/onboarding/testing';
import { bindingName, deferred, secretsClaim, started, tool } from '../../testing/machine-spec-helpers';
import { classifyGraphQLError, classifyHttpStatus } from '../gateway/error-classification';
import type { GatewayResult } from '../gateway/gateway-client';
import { OnboardingMachine } from './onboarding-machine';

describe('OnboardingMachine: loading and streams', () => {
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
      [
        'resource Ready but outdated',
        { bindings: [buildBinding()], resources: [buildResource({ generation: 2, observedGeneration: 1 })] },
        'installing',
      ],
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
        errors: [
          classifyGraphQLError(
            'unable to list objects: kros.kro.services.opencp.cloud is forbidden: User "u" cannot list resource "kros"',
            ['tool', 'version', 'list'],
          ),
        ],
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
      expect(
        gateway
          .openStreams()
          .map((stream) => stream.operationName)
          .sort(),
      ).toEqual(['WatchAPIBindings', 'WatchKROs']);
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
      expect(
        gateway
          .openStreams()
          .map((stream) => stream.operationName)
          .sort(),
      ).toEqual(['WatchAPIBindings', 'WatchKROs']);
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
      const { machine: m, scheduler } = await started(gateway, {
        reconnect: { initialDelayMs: 1000, healthyAfterMs: 2000, random: () => 0.999 },
      });
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
      const { machine: m, scheduler } = await started(gateway, {
        reconnect: { initialDelayMs: 1000, maxDelayMs: 4000, random: () => 0.999 },
      });
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
      gateway
        .stream('WatchAPIBindings')
        .graphqlError(classifyGraphQLError(`apibindings.apis.kcp.io is forbidden: User "u" cannot watch resource "apibindings"`));
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
});
