import { parseFault } from './faults/fault-injector';
import { StoreEvent } from './store/workspace-store';
import { gql, graphqlRequest, READONLY, TEAM_A, useHandler } from './testing/test-requests';

/**
 * Dry runs (`dryRun: true` on create/update/delete) answer exactly like the API server (docs/platform.md §4.3):
 * RBAC and admission (schema validation, kcp's bind check, resourceVersion preconditions) apply and their texts come
 * back, but nothing is stored, no watch event is sent and the workspace's resourceVersion stays where it was.
 */
describe('dry runs', () => {
  // The operator holds still (first steps minutes away), so every event in a test comes from the request under test.
  const fixture = useHandler({ mcpProvisioningMs: 600_000, toolProvisioningMs: 600_000, bindingMs: 600_000 });
  const store = () => fixture.gateway.workspace(TEAM_A)!.store;
  const kro = () => store().definition('KRO');
  const readonly = { authorization: `Bearer ${READONLY}` };

  const CREATE = `mutation($object: KroServicesOpencpCloudV1alpha1KRO_Input!, $dryRun: Boolean) {
    kro_services_opencp_cloud { v1alpha1 { createKRO(object: $object, dryRun: $dryRun) { metadata { name resourceVersion generation } spec { version } } } } }`;
  const UPDATE = `mutation($object: KroServicesOpencpCloudV1alpha1KRO_Input!, $dryRun: Boolean) {
    kro_services_opencp_cloud { v1alpha1 { updateKRO(name: "default", object: $object, dryRun: $dryRun) { metadata { resourceVersion generation } spec { version } } } } }`;
  const DELETE = `mutation($dryRun: Boolean) { kro_services_opencp_cloud { v1alpha1 { deleteKRO(name: "default", dryRun: $dryRun) } } }`;
  const BIND = `mutation($object: ApisKcpIoV1alpha2APIBinding_Input!, $dryRun: Boolean) {
    apis_kcp_io { v1alpha2 { createAPIBinding(object: $object, dryRun: $dryRun) { metadata { name } } } } }`;

  /** Records the store's committed events while `run` runs; returns them with the resourceVersions before and after. */
  async function observe(run: () => Promise<unknown>): Promise<{ events: StoreEvent[]; before: string; after: string }> {
    const events: StoreEvent[] = [];
    const before = store().resourceVersion();
    const stop = store().subscribe((e) => events.push(e));
    await run();
    stop();
    return { events, before, after: store().resourceVersion() };
  }
  const message = (body: { errors?: Array<{ message: string }> }) => body.errors?.[0]?.message;

  it('create: answers the object it would create, stores nothing, sends no event', async () => {
    let answer: Awaited<ReturnType<typeof gql>> | undefined;
    const seen = await observe(
      async () =>
        (answer = await gql(fixture.handler, CREATE, {
          object: { metadata: { name: 'default' }, spec: { version: 'v0.8.5' } },
          dryRun: true,
        })),
    );
    expect(answer?.body.errors).toBeUndefined();
    expect(answer?.body.data).toEqual({
      kro_services_opencp_cloud: {
        v1alpha1: { createKRO: { metadata: { name: 'default', resourceVersion: '', generation: 1 }, spec: { version: 'v0.8.5' } } },
      },
    });
    expect(seen.events).toEqual([]);
    expect(seen.after).toBe(seen.before);
    expect(store().get(kro(), 'default')).toBeUndefined();
  });

  it('create: applies validation, "already exists", RBAC and kcp bind admission with the API server texts', async () => {
    const invalid = await gql(fixture.handler, CREATE, {
      object: { metadata: { name: 'default' }, spec: { chartVersion: '1' } },
      dryRun: true,
    });
    expect(message(invalid.body)).toBe('KRO.kro.services.opencp.cloud "default" is invalid: spec.version: Required value');
    const forbidden = await gql(
      fixture.handler,
      CREATE,
      { object: { metadata: { name: 'default' }, spec: { version: 'v0.8.5' } }, dryRun: true },
      readonly,
    );
    expect(message(forbidden.body)).toBe(
      'kros.kro.services.opencp.cloud is forbidden: User "readonly@example.com" cannot create resource "kros" in API group "kro.services.opencp.cloud" at the cluster scope',
    );
    const foreign = await gql(fixture.handler, BIND, {
      object: { metadata: { name: 'x' }, spec: { reference: { export: { name: 'x', path: 'root:elsewhere' } } } },
      dryRun: true,
    });
    expect(message(foreign.body)).toBe(
      'apibindings.apis.kcp.io "x" is forbidden: unable to create APIBinding: no permission to bind to export root:elsewhere:x',
    );
    const seen = await observe(async () => {
      const exists = await gql(fixture.handler, BIND, {
        object: { metadata: { name: 'opencp.cloud' }, spec: { reference: { export: { name: 'opencp.cloud' } } } },
        dryRun: true,
      });
      expect(message(exists.body)).toBe('apibindings.apis.kcp.io "opencp.cloud" already exists');
    });
    expect(seen.events).toEqual([]);
    expect(store().get(kro(), 'default')).toBeUndefined();
  });

  it('update: answers the patched object (generation bumped), keeps the stored one and its resourceVersion', async () => {
    const created = store().create(kro(), { metadata: { name: 'default' }, spec: { version: 'v0.8.5' } });
    let answer: Awaited<ReturnType<typeof gql>> | undefined;
    const seen = await observe(
      async () => (answer = await gql(fixture.handler, UPDATE, { object: { spec: { version: 'v0.8.4' } }, dryRun: true })),
    );
    expect(answer?.body.data).toEqual({
      kro_services_opencp_cloud: {
        v1alpha1: {
          updateKRO: { metadata: { resourceVersion: created.metadata.resourceVersion, generation: 2 }, spec: { version: 'v0.8.4' } },
        },
      },
    });
    expect(seen.events).toEqual([]);
    expect(seen.after).toBe(seen.before);
    expect(store().get(kro(), 'default')).toEqual(created);
  });

  it('update: applies the resourceVersion precondition, validation and RBAC', async () => {
    const created = store().create(kro(), { metadata: { name: 'default' }, spec: { version: 'v0.8.5' } });
    const seen = await observe(async () => {
      const stale = await gql(fixture.handler, UPDATE, {
        object: { metadata: { resourceVersion: '1' }, spec: { version: 'v0.8.4' } },
        dryRun: true,
      });
      expect(message(stale.body)).toBe(
        'Operation cannot be fulfilled on kros.kro.services.opencp.cloud "default": the object has been modified; please apply your changes to the latest version and try again',
      );
      const invalid = await gql(fixture.handler, UPDATE, { object: { spec: { version: null } }, dryRun: true });
      expect(message(invalid.body)).toBe('KRO.kro.services.opencp.cloud "default" is invalid: spec.version: Required value');
      const forbidden = await gql(fixture.handler, UPDATE, { object: { spec: { version: 'v0.8.4' } }, dryRun: true }, readonly);
      expect(message(forbidden.body)).toBe(
        'kros.kro.services.opencp.cloud "default" is forbidden: User "readonly@example.com" cannot patch resource "kros" in API group "kro.services.opencp.cloud" at the cluster scope',
      );
    });
    expect(seen.events).toEqual([]);
    expect(store().get(kro(), 'default')).toEqual(created);
  });

  it('delete: answers true without marking the object deleting; RBAC and not found apply', async () => {
    const created = store().create(kro(), {
      metadata: { name: 'default', finalizers: ['kro.opencp.io/helm-install'] },
      spec: { version: 'v0.8.5' },
    });
    const seen = await observe(async () => {
      const allowed = await gql(fixture.handler, DELETE, { dryRun: true });
      expect(allowed.body).toEqual({ data: { kro_services_opencp_cloud: { v1alpha1: { deleteKRO: true } } } });
      const forbidden = await gql(fixture.handler, DELETE, { dryRun: true }, readonly);
      expect(message(forbidden.body)).toBe(
        'kros.kro.services.opencp.cloud "default" is forbidden: User "readonly@example.com" cannot delete resource "kros" in API group "kro.services.opencp.cloud" at the cluster scope',
      );
    });
    expect(seen.events).toEqual([]);
    expect(seen.after).toBe(seen.before);
    expect(store().get(kro(), 'default')).toEqual(created);
    store().systemUpdate(kro(), 'default', (o) => (o.metadata.finalizers = []));
    store().delete(kro(), 'default');
    const missing = await gql(fixture.handler, DELETE, { dryRun: true });
    expect(message(missing.body)).toBe('kros.kro.services.opencp.cloud "default" not found');
  });

  it('a stricter CRD (spec.version enum, admin API) answers dry runs and writes with the enum text until reset', async () => {
    fixture.gateway.restrictVersions({ kro: ['v0.8.5'] });
    const seen = await observe(async () => {
      const rejected = await gql(fixture.handler, CREATE, {
        object: { metadata: { name: 'default' }, spec: { version: 'v0.9.3' } },
        dryRun: true,
      });
      expect(message(rejected.body)).toBe(
        'KRO.kro.services.opencp.cloud "default" is invalid: spec.version: Unsupported value: "v0.9.3": supported values: "v0.8.5"',
      );
      const allowed = await gql(fixture.handler, CREATE, {
        object: { metadata: { name: 'default' }, spec: { version: 'v0.8.5' } },
        dryRun: true,
      });
      expect(allowed.body.errors).toBeUndefined();
    });
    expect(seen.events).toEqual([]);
    expect(store().get(kro(), 'default')).toBeUndefined();
    expect(() => fixture.gateway.restrictVersions({ nope: [] } as never)).toThrow('unknown tool "nope"');

    fixture.gateway.reset();
    const afterReset = await gql(fixture.handler, CREATE, {
      object: { metadata: { name: 'default' }, spec: { version: 'v0.9.3' } },
      dryRun: true,
    });
    expect(afterReset.body.errors).toBeUndefined();
  });

  it('a fault with dryRun hits only dry runs (true) or only real requests (false)', async () => {
    const object = { metadata: { name: 'default' }, spec: { version: 'v0.8.5' } };
    fixture.gateway.faults.add({ type: 'http-status', status: 503, operationName: undefined, dryRun: false, times: 1 });
    fixture.gateway.faults.add({ type: 'graphql-error', message: 'etcdserver: request timed out', dryRun: true, times: 1 });
    const dryRun = await gql(fixture.handler, CREATE, { object, dryRun: true });
    expect(message(dryRun.body)).toBe('etcdserver: request timed out');
    const real = await fixture.handler(graphqlRequest(CREATE, { object }, {}));
    expect([real.status, real.body]).toEqual([503, 'Service Unavailable']);
    expect(fixture.gateway.faults.list()).toEqual([]);
    expect(() => parseFault({ type: 'http-status', status: 503, dryRun: 'yes' })).toThrow('"dryRun" must be true or false');
  });

  it('a real write after the dry runs is the first event and the next resourceVersion', async () => {
    await gql(fixture.handler, CREATE, { object: { metadata: { name: 'default' }, spec: { version: 'v0.8.5' } }, dryRun: true });
    const before = Number(store().resourceVersion());
    const seen = await observe(() =>
      gql(fixture.handler, CREATE, { object: { metadata: { name: 'default' }, spec: { version: 'v0.8.5' } }, dryRun: false }),
    );
    expect(seen.events.map((e) => [e.type, e.object.metadata.name, e.resourceVersion])).toEqual([['ADDED', 'default', before + 1]]);
  });
});
