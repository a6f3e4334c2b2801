import { KubeObject } from '../store/kube-object';
import { parseLabelSelector } from '../store/label-selector';
import { FakeScheduler } from '../testing/fake-scheduler';
import { operatedWorkspace, OperatedWorkspaceFixture } from '../testing/operated-workspace';
import { TEAM_A } from '../testing/test-requests';
import { watchResource } from '../watch/watch-stream';
import { Condition } from './conditions';

describe('simulated operator timeline (fast timings, fake time)', () => {
  let fixture: OperatedWorkspaceFixture;
  let clock: FakeScheduler;
  beforeEach(() => {
    fixture = operatedWorkspace();
    clock = fixture.clock;
  });
  afterEach(() => fixture.close());

  const ws = () => fixture.workspace;
  const def = (kind: string) => ws().store.definition(kind);
  const get = (kind: string, name: string) => ws().store.get(def(kind), name);
  const condition = (o: KubeObject | undefined, type: string) =>
    (o?.status?.conditions as Condition[] | undefined)?.find((c) => c.type === type);

  /** Records every distinct `status.phase` an object goes through. */
  function recordPhases(kind: string, name: string): string[] {
    const phases: string[] = [];
    ws().store.subscribe((e) => {
      if (e.resource.kind !== kind || e.object.metadata.name !== name) return;
      const phase = String(e.object.status?.phase ?? '');
      if (phases[phases.length - 1] !== phase) phases.push(phase);
    });
    return phases;
  }
  /** Runs the operator's timers on fake time until `probe` holds (fails after 10 s of fake time). */
  const until = (what: string, probe: () => boolean) => clock.runUntil(what, probe, 10_000);
  const mcpReady = () => until('MCP Ready', () => get('ManagedControlPlane', 'default')?.status?.phase === 'Ready');
  const bind = (name: string) => ws().store.create(def('APIBinding'), { metadata: { name }, spec: { reference: { export: { name } } } });

  it('moves the MCP Provisioning → MCPReady → Ready and then creates the four service exports', () => {
    const phases = recordPhases('ManagedControlPlane', 'default');
    expect(ws().store.list(def('APIExport'))).toEqual([]);
    mcpReady();
    expect(phases).toEqual(['MCPReady', 'Ready']);
    until('service exports', () => ws().store.list(def('APIExport')).length === 4);
    expect(get('APIExport', 'crossplane.services.opencp.cloud')?.spec?.permissionClaims).toEqual([
      { group: '', resource: 'secrets', verbs: ['get', 'list', 'watch'], identityHash: '' },
    ]);
    expect(get('APIExport', 'kro.services.opencp.cloud')?.spec).toEqual({ resources: [], permissionClaims: [] });
    expect(get('APIBinding', 'opencp.cloud')?.status?.phase).toBe('Bound');
  });

  it('reports APIExportNotFound before the MCP is Ready, then binds: "" → Binding → Bound', () => {
    const phases = recordPhases('APIBinding', 'crossplane.services.opencp.cloud');
    bind('crossplane.services.opencp.cloud');
    until(
      'APIExportNotFound',
      () => condition(get('APIBinding', 'crossplane.services.opencp.cloud'), 'APIExportValid')?.reason === 'APIExportNotFound',
    );
    expect(condition(get('APIBinding', 'crossplane.services.opencp.cloud'), 'APIExportValid')?.message).toBe(
      `APIExport ${TEAM_A}:crossplane.services.opencp.cloud not found`,
    );
    until('Bound', () => get('APIBinding', 'crossplane.services.opencp.cloud')?.status?.phase === 'Bound');
    expect(phases).toEqual(['', 'Binding', 'Bound']);
    const binding = get('APIBinding', 'crossplane.services.opencp.cloud')!;
    expect(binding.metadata.finalizers).toEqual(['apis.kcp.io/apibinding-finalizer']);
    expect(binding.status?.exportPermissionClaims).toEqual([
      { group: '', resource: 'secrets', identityHash: '', verbs: ['get', 'list', 'watch'] },
    ]);
    expect(binding.status?.appliedPermissionClaims).toEqual([]);
    expect(condition(binding, 'Ready')?.status).toBe('True');
  });

  it('applies accepted claims and flags claims whose verbs differ from the export', () => {
    mcpReady();
    bind('crossplane.services.opencp.cloud');
    until('Bound', () => get('APIBinding', 'crossplane.services.opencp.cloud')?.status?.phase === 'Bound');
    const claim = {
      group: '',
      resource: 'secrets',
      identityHash: '',
      verbs: ['get', 'list', 'watch'],
      state: 'Accepted',
      selector: { matchAll: true },
    };
    ws().store.update(def('APIBinding'), 'crossplane.services.opencp.cloud', { spec: { permissionClaims: [claim] } });
    until(
      'applied claim',
      () => (get('APIBinding', 'crossplane.services.opencp.cloud')?.status?.appliedPermissionClaims as unknown[]).length === 1,
    );
    expect(get('APIBinding', 'crossplane.services.opencp.cloud')?.status?.appliedPermissionClaims).toEqual([
      { group: '', resource: 'secrets', identityHash: '', verbs: ['get', 'list', 'watch'], selector: { matchAll: true } },
    ]);
    bind('ocm.services.opencp.cloud');
    until('ocm Bound', () => get('APIBinding', 'ocm.services.opencp.cloud')?.status?.phase === 'Bound');
  });

  it('installs a tool: Provisioning (Reconciling) → Ready (ReconcileSuccess), then publishes its APIs into the binding', () => {
    mcpReady();
    bind('kro.services.opencp.cloud');
    const conditions: string[] = [];
    ws().store.subscribe((e) => {
      const ready = condition(e.object, 'Ready');
      if (e.resource.kind === 'KRO' && ready) conditions.push(`${String(e.object.status?.phase)}:${ready.status}:${ready.reason}`);
    });
    ws().store.create(def('KRO'), { metadata: { name: 'default' }, spec: { version: 'v0.8.5' } });
    until('KRO Ready', () => get('KRO', 'default')?.status?.phase === 'Ready');
    // Ready=True comes first with phase Provisioning; phase Ready follows once its navigation is Ready.
    expect([...new Set(conditions)]).toEqual([
      'Provisioning:False:Reconciling',
      'Provisioning:True:ReconcileSuccess',
      'Ready:True:ReconcileSuccess',
    ]);
    expect(get('KRO', 'default')?.status?.observedGeneration).toBe(1);
    until(
      'bound resources',
      () => ((get('APIBinding', 'kro.services.opencp.cloud')?.status?.boundResources as unknown[]) ?? []).length > 0,
    );
    expect(
      (get('APIBinding', 'kro.services.opencp.cloud')?.status?.boundResources as Array<{ group: string; resource: string }>).map(
        (r) => `${r.resource}.${r.group}`,
      ),
    ).toEqual(['resourcegraphdefinitions.kro.run']);
    const contentForKro = parseLabelSelector('ui.platform-mesh.io/content-for=kro.services.opencp.cloud');
    const navigation = ws()
      .store.list(def('ContentConfiguration'))
      .filter((c) => contentForKro(c.metadata.labels));
    expect(navigation.map((c) => c.metadata.name)).toEqual(['opencp-kro-resourcegraphdefinition']);
    until(
      'navigation Ready',
      () => condition(get('ContentConfiguration', 'opencp-kro-resourcegraphdefinition'), 'Ready')?.status === 'True',
    );
  });

  it('keeps a version the catalog does not offer Progressing with ReconcileError, until it is allowed', () => {
    mcpReady();
    ws().store.create(def('KRO'), { metadata: { name: 'default' }, spec: { version: 'v9.9.9' } });
    ws().store.create(def('Crossplane'), { metadata: { name: 'default' }, spec: { version: 'v9.9.9' } });
    until('KRO error', () => get('KRO', 'default')?.status?.phase === 'Progressing');
    expect(condition(get('KRO', 'default'), 'Ready')).toMatchObject({
      status: 'False',
      reason: 'ReconcileError',
      message: 'invalid user input: requested version is not available: "v9.9.9", available versions are: v0.8.4, v0.8.5',
    });
    until('Crossplane error', () => get('Crossplane', 'default')?.status?.phase === 'Progressing');
    expect(condition(get('Crossplane', 'default'), 'Ready')?.message).toBe(
      'requested version "v9.9.9" is not available, available versions: [v1.20.0 v1.20.1]',
    );
    fixture.allowVersions({ kro: ['v9.9.9'] });
    until('KRO Ready after allowing', () => get('KRO', 'default')?.status?.phase === 'Ready');
  });

  it('upgrades: a spec.version change bumps generation and goes Provisioning → Ready again', () => {
    mcpReady();
    ws().store.create(def('Flux'), { metadata: { name: 'default' }, spec: { version: 'v2.4.0' } });
    until('Flux Ready', () => get('Flux', 'default')?.status?.phase === 'Ready');
    const phases = recordPhases('Flux', 'default');
    ws().store.update(def('Flux'), 'default', { spec: { version: 'v2.3.0' } });
    expect(get('Flux', 'default')?.metadata.generation).toBe(2);
    until(
      'Flux Ready at generation 2',
      () => get('Flux', 'default')?.status?.observedGeneration === 2 && get('Flux', 'default')?.status?.phase === 'Ready',
    );
    expect(phases).toEqual(['Ready', 'Provisioning', 'Ready']);
  });

  it('deletes binding first: the tool stays terminating with a blocker while its binding exists, then both are gone', () => {
    mcpReady();
    bind('kro.services.opencp.cloud');
    ws().store.create(def('KRO'), { metadata: { name: 'default' }, spec: { version: 'v0.8.5' } });
    until(
      'KRO Ready and Bound',
      () => get('KRO', 'default')?.status?.phase === 'Ready' && get('APIBinding', 'kro.services.opencp.cloud')?.status?.phase === 'Bound',
    );
    ws().store.delete(def('KRO'), 'default');
    until('blocker', () => condition(get('KRO', 'default'), 'Ready')?.reason === 'Terminating');
    expect(get('KRO', 'default')?.metadata.deletionTimestamp).toBeDefined();
    expect(condition(get('KRO', 'default'), 'Ready')?.message).toContain(
      'deletion blocked: waiting for APIBinding "kro.services.opencp.cloud"',
    );
    clock.advance(1000);
    expect(get('KRO', 'default')).toBeDefined();

    let sawDeleteProgress = false;
    ws().store.subscribe(
      (e) => (sawDeleteProgress ||= condition(e.object, 'BindingResourceDeleteSuccess')?.reason === 'SomeResourcesRemain'),
    );
    ws().store.delete(def('APIBinding'), 'kro.services.opencp.cloud');
    until('binding gone', () => get('APIBinding', 'kro.services.opencp.cloud') === undefined);
    expect(sawDeleteProgress).toBe(true);
    until('KRO gone', () => get('KRO', 'default') === undefined);
    expect(ws().store.list(def('ContentConfiguration'))).toEqual([]);
    expect(get('APIExport', 'kro.services.opencp.cloud')?.spec?.resources).toEqual([]);
  });

  it('ends the workspace streams when a binding turns Bound (schema rebuild)', () => {
    mcpReady();
    const stream = ws().track(
      watchResource(ws().store, def('APIBinding'), { matchLabels: () => true, subscribeToAll: false, selection: new Map() }),
    );
    expect(ws().openStreams()).toBe(1);
    bind('flux.services.opencp.cloud');
    until('stream ended', () => stream.isClosed);
    expect(ws().openStreams()).toBe(0);
  });
});
