import { buildBinding, buildResource, FakeGatewayClient, flushPromises, mutationResult, toolStateResult } from '@opencp/onboarding/testing';
import { deferred, started, tool } from '../../testing/machine-spec-helpers';
import { classifyHttpStatus } from '../gateway/error-classification';
import type { GatewayResult } from '../gateway/gateway-client';
import type { OnboardingMachine } from './onboarding-machine';

describe('OnboardingMachine edges', () => {
  let gateway: FakeGatewayClient;
  let machine: OnboardingMachine | undefined;

  beforeEach(() => {
    gateway = new FakeGatewayClient();
    machine = undefined;
  });

  afterEach(() => {
    machine?.dispose();
    jest.restoreAllMocks();
  });

  it('clears the bind deadline once the binding is Bound, without watching the pages', async () => {
    gateway.respond('ToolState', toolStateResult());
    gateway.respond('CreateAPIBinding', mutationResult(buildBinding({ phase: '' })));
    const run = await started(gateway);
    machine = run.machine;
    machine.activate();
    await flushPromises();
    expect(machine.state().step).toBe('activating');
    expect(run.scheduler.pending()).toBe(1);
    gateway.stream('WatchAPIBindings').event('MODIFIED', buildBinding());
    await flushPromises();
    expect(machine.state().step).toBe('configure');
    expect(run.scheduler.pending()).toBe(0);
    expect(gateway.callsOf('ToolContentConfigurations')).toEqual([]);
  });

  it('ignores a write answer that arrives after dispose', async () => {
    gateway.respond('ToolState', toolStateResult());
    const answer = deferred<GatewayResult<unknown>>();
    gateway.respond('CreateAPIBinding', () => answer.promise);
    const run = await started(gateway);
    run.machine.activate();
    expect(run.machine.state().busy).toBe(true);
    run.machine.dispose();
    answer.resolve(mutationResult(buildBinding()));
    await flushPromises();
    expect(run.machine.state()).toMatchObject({ busy: true, binding: null });
  });

  it('ignores a dry-run answer that arrives after dispose', async () => {
    gateway.respond('ToolState', toolStateResult());
    const answer = deferred<GatewayResult<unknown>>();
    gateway.respond('CreateAPIBinding', () => answer.promise);
    const run = await started(gateway, { checkAccess: true });
    expect(gateway.callsOf('CreateAPIBinding')).toHaveLength(1);
    run.machine.dispose();
    answer.resolve(mutationResult(buildBinding()));
    await flushPromises();
    expect(run.machine.access()).toBeNull();
  });

  it('warns, naming the export, when the pages watch fails while waiting for the pages', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    gateway.respond('ToolState', toolStateResult({ bindings: [buildBinding()] }));
    gateway.respond('CreateKRO', mutationResult(buildResource({ phase: null })));
    gateway.respond('ToolContentConfigurations', classifyHttpStatus(403, 'Forbidden'));
    ({ machine } = await started(gateway));
    machine.configure({ version: 'v0.8.5' });
    await flushPromises();
    gateway.stream('WatchKROs').event('MODIFIED', buildResource());
    await flushPromises();
    expect(gateway.callsOf('ToolContentConfigurations')).toHaveLength(1);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toContain(`Watching the ContentConfigurations of ${tool.exportName} failed`);
    expect(warn.mock.calls[0][1]).toMatchObject({ kind: 'forbidden' });
    expect(machine.state().failure).toBeNull();
  });
});
