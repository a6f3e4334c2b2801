import {
  buildBinding,
  buildControlPlane,
  buildResource,
  FakeGatewayClient,
  flushPromises,
  mutationResult,
  toolStateResult,
} from '@opencp/onboarding/testing';
import { defaultDraft } from '../catalog/default-draft';
import { classifyHttpStatus } from '../gateway/error-classification';
import { deferred, graphqlErrorResult, started, tool } from '../../testing/machine-spec-helpers';
import type { OnboardingMachine } from './onboarding-machine';
import type { GatewayResult } from '../gateway/gateway-client';

const readOnlyText = (verb: string, plural: string, group: string) =>
  `${plural}.${group} is forbidden: User "readonly@example.com" cannot ${verb} resource "${plural}" in API group "${group}" at the cluster scope`;

/** Requests and mutations in order, subscriptions left out. */
const sent = (gateway: FakeGatewayClient) =>
  gateway.calls.filter((call) => call.kind !== 'subscribe').map((call) => [call.operationName, call.variables]);

describe('OnboardingMachine: permission-aware actions (the next action as a dry run)', () => {
  let gateway: FakeGatewayClient;
  let machine: OnboardingMachine | undefined;

  beforeEach(() => {
    gateway = new FakeGatewayClient();
    machine = undefined;
  });

  afterEach(() => machine?.dispose());

  it('sends the first state on one request, then exactly one dry run of Activate with the same variables', async () => {
    const answer = deferred<GatewayResult<unknown>>();
    gateway.respond('ToolState', toolStateResult());
    gateway.respond('CreateAPIBinding', () => answer.promise);
    ({ machine } = await started(gateway, { checkAccess: true }));

    expect(machine.state().step).toBe('not-activated');
    expect(sent(gateway)).toEqual([
      ['ToolState', { selector: 'ui.platform-mesh.io/content-for=kro.services.opencp.cloud' }],
      ['CreateAPIBinding', { name: tool.exportName, dryRun: true }],
    ]);
    expect(gateway.openStreams()).toHaveLength(2);
    expect(machine.access()).toBeNull();

    answer.resolve(mutationResult(buildBinding()));
    await flushPromises();
    expect(machine.access()).toEqual({ kind: 'allowed' });
    expect(machine.state().step).toBe('not-activated');
    expect(machine.state().binding).toBeNull();
  });

  it('reports a forbidden dry run, and sends no second one on later states', async () => {
    gateway.respond('ToolState', toolStateResult());
    gateway.respond('CreateAPIBinding', graphqlErrorResult(readOnlyText('create', 'apibindings', 'apis.kcp.io')));
    ({ machine } = await started(gateway, { checkAccess: true }));
    expect(machine.access()).toEqual({ kind: 'forbidden', message: readOnlyText('create', 'apibindings', 'apis.kcp.io') });

    gateway.stream('WatchAPIBindings').event('ADDED', buildBinding());
    await flushPromises();
    expect(machine.state().step).toBe('configure');
    expect(gateway.callsOf('CreateAPIBinding')).toHaveLength(1);
    expect(gateway.calls.filter((call) => call.kind === 'mutate')).toHaveLength(1);
  });

  it('keeps the actions when the dry run fails for a transport reason', async () => {
    gateway.respond('ToolState', toolStateResult());
    gateway.respond('CreateAPIBinding', classifyHttpStatus(503, 'Service Unavailable'));
    ({ machine } = await started(gateway, { checkAccess: true }));
    expect(machine.access()).toMatchObject({ kind: 'unknown', error: { kind: 'unavailable' } });
  });

  it('dry-runs Activate also while the control plane is provisioning (the button waits for it)', async () => {
    gateway.respond('ToolState', toolStateResult({ controlPlanes: [buildControlPlane('Provisioning')] }));
    gateway.respond('CreateAPIBinding', mutationResult(buildBinding()));
    ({ machine } = await started(gateway, { checkAccess: true }));
    expect(machine.state().step).toBe('control-plane-not-ready');
    expect(gateway.callsOf('CreateAPIBinding')).toEqual([expect.objectContaining({ variables: { name: tool.exportName, dryRun: true } })]);
  });

  it('configure: dry-runs the create of the catalog defaults; ready: the update of the spec in force', async () => {
    gateway.respond('ToolState', toolStateResult({ bindings: [buildBinding()] }));
    gateway.respond('CreateKRO', mutationResult(buildResource()));
    ({ machine } = await started(gateway, { checkAccess: true }));
    const [dryRun] = gateway.callsOf('CreateKRO');
    expect(dryRun.variables).toMatchObject({ name: 'default', dryRun: true });
    // Install with the form's starting draft (the defaults) sends the same variables, without dryRun.
    machine.configure(defaultDraft(tool));
    await flushPromises();
    const { dryRun: flag, ...same } = dryRun.variables;
    expect(flag).toBe(true);
    expect(gateway.callsOf('CreateKRO')[1].variables).toEqual(same);
    machine.dispose();

    gateway = new FakeGatewayClient();
    gateway.respond('ToolState', toolStateResult({ bindings: [buildBinding()], resources: [buildResource({ resourceVersion: '321' })] }));
    gateway.respond('UpdateKRO', mutationResult(buildResource()));
    ({ machine } = await started(gateway, { checkAccess: true }));
    expect(machine.state().step).toBe('ready');
    expect(gateway.callsOf('UpdateKRO').map((call) => call.variables)).toEqual([{ name: 'default', resourceVersion: '321', dryRun: true }]);
  });

  it('permission claims: dry-runs Accept with the claims and resourceVersion the real update sends', async () => {
    const secrets = { group: '', resource: 'secrets', identityHash: '', verbs: ['get'] };
    gateway.respond('ToolState', toolStateResult({ bindings: [buildBinding({ exportClaims: [secrets], resourceVersion: '77' })] }));
    gateway.respond('UpdateAPIBindingClaims', mutationResult(buildBinding()));
    ({ machine } = await started(gateway, { checkAccess: true }));
    expect(machine.state().step).toBe('permission-claims');
    const [call] = gateway.callsOf('UpdateAPIBindingClaims');
    expect(call.variables).toMatchObject({ name: tool.exportName, resourceVersion: '77', dryRun: true });
    expect(call.variables['claims']).toEqual([expect.objectContaining({ resource: 'secrets', state: 'Accepted' })]);
  });

  it('sends nothing after a failed first load until a snapshot arrives', async () => {
    gateway.respondOnce('ToolState', classifyHttpStatus(503, 'Service Unavailable'));
    gateway.respond('ToolState', toolStateResult());
    gateway.respond('CreateAPIBinding', mutationResult(buildBinding()));
    ({ machine } = await started(gateway, { checkAccess: true }));
    expect(machine.state().step).toBe('load-failed');
    expect(gateway.calls.filter((call) => call.kind === 'mutate')).toEqual([]);
    machine.retry();
    await flushPromises();
    expect(sent(gateway).map(([name]) => name)).toEqual(['ToolState', 'ToolState', 'CreateAPIBinding']);
  });

  it('draftCheck dry-runs the create of a draft, and while upgrading the merge patch against the resource', async () => {
    gateway.respond('ToolState', toolStateResult({ bindings: [buildBinding()], resources: [buildResource({ resourceVersion: '9' })] }));
    gateway.respond(
      'UpdateKRO',
      graphqlErrorResult('KRO.kro.services.opencp.cloud "default" is invalid: spec.version: Unsupported value: "v0"'),
    );
    gateway.respond('CreateKRO', mutationResult(buildResource()));
    ({ machine } = await started(gateway));
    expect(await machine.draftCheck.check({ version: 'v0.8.5' })).toEqual({ kind: 'allowed' });
    expect(gateway.callsOf('CreateKRO').map((call) => call.variables)).toEqual([
      { name: 'default', version: 'v0.8.5', chartVersion: '0.8.5', dryRun: true },
    ]);

    machine.startUpgrade();
    const outcome = await machine.draftCheck.check({ version: 'v0' });
    expect(outcome).toEqual({
      kind: 'rejected',
      message: 'KRO.kro.services.opencp.cloud "default" is invalid: spec.version: Unsupported value: "v0"',
    });
    expect(gateway.callsOf('UpdateKRO').map((call) => call.variables)).toEqual([
      {
        name: 'default',
        resourceVersion: '9',
        // As Change version sends it: with the spec in force in the previous-spec annotation.
        annotations: { 'onboarding.opencp.cloud/previous-spec': JSON.stringify({ version: 'v0.9.3', chartVersion: '0.9.3' }) },
        version: 'v0',
        chartVersion: null,
        dryRun: true,
      },
    ]);
    expect(machine.state().resource?.spec?.version).not.toBe('v0');
  });

  it("the form's first check of its starting draft reuses the configure step's dry run: no second request", async () => {
    gateway.respond('ToolState', toolStateResult({ bindings: [buildBinding()] }));
    gateway.respond('CreateKRO', graphqlErrorResult('KRO.kro.services.opencp.cloud "default" is invalid: spec.version: Unsupported value'));
    ({ machine } = await started(gateway, { checkAccess: true }));
    expect(machine.access()?.kind).toBe('rejected');
    expect(await machine.draftCheck.check(defaultDraft(tool))).toEqual(machine.access());
    expect(gateway.callsOf('CreateKRO')).toHaveLength(1);
    await machine.draftCheck.check({ version: 'v0.8.5' });
    expect(gateway.callsOf('CreateKRO')).toHaveLength(2);
  });
});
