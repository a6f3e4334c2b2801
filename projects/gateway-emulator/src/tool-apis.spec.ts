import { Gateway } from './gateway';
import { createHandler, Handler } from './handler';
import { FakeScheduler } from './testing/fake-scheduler';
import { gql, TEAM_A } from './testing/test-requests';
import { watchResource } from './watch/watch-stream';

const RGDS = '{ kro_run { v1alpha1 { ResourceGraphDefinitions { items { metadata { name } status { conditions { type status } } } } } } }';
const GIT =
  'query($ns: String) { source_toolkit_fluxcd_io { v1 { GitRepository(name: "podinfo", namespace: $ns) { metadata { name namespace } spec { url } } } } }';
const GITS = '{ source_toolkit_fluxcd_io { v1 { GitRepositories { items { metadata { name namespace } } } } } }';

/**
 * A tool's APIs in the workspace schema (docs/platform.md §4.5, §4.8): served once its binding is Bound (after the
 * schema rebuild, which ends the open streams), gone with the binding (kcp deletes their objects first); example
 * objects with `seedToolObjects`. Operator on fake time, requests through the pure handler.
 */
describe('tool APIs in the workspace schema', () => {
  let gateway: Gateway;
  let handler: Handler;
  let clock: FakeScheduler;
  const start = (seedToolObjects: boolean) => {
    clock = new FakeScheduler();
    gateway = new Gateway({ timings: 'fast', scheduler: clock, seedToolObjects });
    handler = createHandler(gateway);
  };
  afterEach(() => gateway.close());

  const ws = () => gateway.workspace(TEAM_A)!;
  const def = (kind: string) => ws().store.definition(kind);
  const until = (what: string, probe: () => boolean) => clock.runUntil(what, probe, 10_000);
  const bind = (tool: string) => {
    until('MCP Ready', () => ws().store.get(def('ManagedControlPlane'), 'default')?.status?.phase === 'Ready');
    ws().store.create(def('APIBinding'), {
      metadata: { name: `${tool}.services.opencp.cloud` },
      spec: { reference: { export: { name: `${tool}.services.opencp.cloud` } } },
    });
    until('Bound', () => ws().store.get(def('APIBinding'), `${tool}.services.opencp.cloud`)?.status?.phase === 'Bound');
  };

  it('serves kro_run only after the KRO binding is Bound and the schema rebuilt; the rebuild ends open streams', async () => {
    start(false);
    expect((await gql(handler, RGDS)).body.errors?.[0].message).toBe('Cannot query field "kro_run" on type "Query".');
    const stream = ws().track(
      watchResource(ws().store, def('APIBinding'), { matchLabels: () => true, subscribeToAll: false, selection: new Map() }),
    );
    bind('kro');
    expect(ws().servedTools.has('kro')).toBe(false);
    clock.advance(gateway.timings.schemaRebuildMs);
    expect([ws().servedTools.has('kro'), stream.isClosed]).toEqual([true, true]);
    expect((await gql(handler, RGDS)).body).toEqual({ data: { kro_run: { v1alpha1: { ResourceGraphDefinitions: { items: [] } } } } });
    expect((await gql(handler, GITS)).body.errors?.[0].message).toBe('Cannot query field "source_toolkit_fluxcd_io" on type "Query".');
  });

  it('seeds example objects per kind and removes them and the fields when the binding is deleted', async () => {
    start(true);
    bind('kro');
    clock.advance(gateway.timings.schemaRebuildMs);
    const listed = (await gql(handler, RGDS)).body.data as {
      kro_run: { v1alpha1: { ResourceGraphDefinitions: { items: Array<{ metadata: { name: string } }> } } };
    };
    expect(listed.kro_run.v1alpha1.ResourceGraphDefinitions.items.map((i) => i.metadata.name)).toEqual([
      'database.kro.run',
      'webapp.kro.run',
    ]);
    ws().store.delete(def('APIBinding'), 'kro.services.opencp.cloud');
    until('binding gone', () => ws().store.get(def('APIBinding'), 'kro.services.opencp.cloud') === undefined);
    expect(gateway.objects(TEAM_A, 'ResourceGraphDefinition')).toEqual([]);
    clock.advance(gateway.timings.schemaRebuildMs);
    expect((await gql(handler, RGDS)).body.errors?.[0].message).toBe('Cannot query field "kro_run" on type "Query".');
  });

  it('namespaced kinds: single-object fields need the namespace, lists span all namespaces', async () => {
    start(true);
    bind('flux');
    clock.advance(gateway.timings.schemaRebuildMs);
    const missing = await gql(handler, GIT, {});
    expect(missing.body.errors?.[0].message).toBe('missing required argument: namespace');
    const found = await gql(handler, GIT, { ns: 'flux-system' });
    expect(found.body.data).toEqual({
      source_toolkit_fluxcd_io: {
        v1: {
          GitRepository: {
            metadata: { name: 'podinfo', namespace: 'flux-system' },
            spec: { url: 'https://github.com/stefanprodan/podinfo' },
          },
        },
      },
    });
    const other = await gql(handler, GIT, { ns: 'default' });
    expect(other.body.errors?.[0].message).toBe('gitrepositories.source.toolkit.fluxcd.io "podinfo" not found');
    const all = (await gql(handler, GITS)).body.data as { source_toolkit_fluxcd_io: { v1: { GitRepositories: { items: unknown[] } } } };
    expect(all.source_toolkit_fluxcd_io.v1.GitRepositories.items).toEqual([
      { metadata: { name: 'platform-config', namespace: 'flux-system' } },
      { metadata: { name: 'podinfo', namespace: 'flux-system' } },
    ]);
    const create =
      'mutation($ns: String) { source_toolkit_fluxcd_io { v1 { createGitRepository(namespace: $ns, object: { metadata: { name: "podinfo" }, spec: { url: "https://example.org/x", interval: "1m" } }) { metadata { namespace } } } } }';
    expect((await gql(handler, create, { ns: 'default' })).body.data).toEqual({
      source_toolkit_fluxcd_io: { v1: { createGitRepository: { metadata: { namespace: 'default' } } } },
    });
    expect((await gql(handler, create, {})).body.errors?.[0].message).toBe('missing required argument: namespace');
  });
});
