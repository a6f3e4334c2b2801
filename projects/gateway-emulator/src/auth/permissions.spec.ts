import { ADMIN, gql, NOACCESS, READONLY, TEAM_A, useHandler } from '../testing/test-requests';

/** The emulated RBAC and kcp's bind check answer with the API server's "is forbidden" texts (docs/platform.md §3.1, §4.7). */
describe('permissions', () => {
  const fixture = useHandler();

  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const kroForbidden = (user: string, verb: string, name?: string) =>
    `kros.kro.services.opencp.cloud${name ? ` "${name}"` : ''} is forbidden: User "${user}" cannot ${verb} resource "kros" in API group "kro.services.opencp.cloud" at the cluster scope`;
  const seedKro = () =>
    fixture.gateway.workspace(TEAM_A)!.store.create(fixture.gateway.workspace(TEAM_A)!.store.definition('KRO'), {
      metadata: { name: 'default' },
      spec: { version: 'v0.8.5' },
    });

  it.each([
    [
      'get',
      '{ kro_services_opencp_cloud { v1alpha1 { KRO(name: "default") { metadata { name } } } } }',
      kroForbidden('outsider@example.com', 'get', 'default'),
      null,
    ],
    [
      'get as YAML',
      '{ kro_services_opencp_cloud { v1alpha1 { KROYaml(name: "default") } } }',
      kroForbidden('outsider@example.com', 'get', 'default'),
      null,
    ],
    [
      'list',
      '{ kro_services_opencp_cloud { v1alpha1 { KROs { items { metadata { name } } } } } }',
      `unable to list objects: ${kroForbidden('outsider@example.com', 'list')}`,
      null,
    ],
    [
      'create',
      'mutation { kro_services_opencp_cloud { v1alpha1 { createKRO(object: { metadata: { name: "x" }, spec: { version: "v0.8.5" } }) { metadata { name } } } } }',
      kroForbidden('outsider@example.com', 'create'),
      { createKRO: null },
    ],
    [
      'patch',
      'mutation { kro_services_opencp_cloud { v1alpha1 { updateKRO(name: "default", object: { spec: { version: "v0.9.3" } }) { metadata { name } } } } }',
      kroForbidden('outsider@example.com', 'patch', 'default'),
      { updateKRO: null },
    ],
    [
      'delete',
      'mutation { kro_services_opencp_cloud { v1alpha1 { deleteKRO(name: "default") } } }',
      kroForbidden('outsider@example.com', 'delete', 'default'),
      { deleteKRO: null },
    ],
  ])(
    'answers %s of a user without RBAC with the verb in the forbidden text (reads null the version block, writes only their field)',
    async (_verb, query, message, block) => {
      seedKro();
      const result = await gql(fixture.handler, query, {}, as(NOACCESS));
      expect(result.status).toBe(200);
      expect(result.body).toEqual({
        data: { kro_services_opencp_cloud: { v1alpha1: block } },
        errors: [expect.objectContaining({ message })],
      });
      expect(fixture.gateway.objects(TEAM_A, 'KRO')?.map((o) => o.spec)).toEqual([{ version: 'v0.8.5' }]);
    },
  );

  it('lets the read-only user read but not patch or delete', async () => {
    seedKro();
    const read = await gql(
      fixture.handler,
      '{ kro_services_opencp_cloud { v1alpha1 { KRO(name: "default") { spec { version } } } } }',
      {},
      as(READONLY),
    );
    expect(read.body).toEqual({ data: { kro_services_opencp_cloud: { v1alpha1: { KRO: { spec: { version: 'v0.8.5' } } } } } });
    const patch = await gql(
      fixture.handler,
      'mutation { kro_services_opencp_cloud { v1alpha1 { updateKRO(name: "default", object: { spec: { version: "v0.9.3" } }) { metadata { name } } } } }',
      {},
      as(READONLY),
    );
    expect(patch.body.errors?.[0].message).toBe(kroForbidden('readonly@example.com', 'patch', 'default'));
    const remove = await gql(
      fixture.handler,
      'mutation { kro_services_opencp_cloud { v1alpha1 { deleteKRO(name: "default") } } }',
      {},
      as(READONLY),
    );
    expect(remove.body.errors?.[0].message).toBe(kroForbidden('readonly@example.com', 'delete', 'default'));
  });

  const BIND = `mutation Bind($path: String) { apis_kcp_io { v1alpha2 { createAPIBinding(object: {
    metadata: { name: "kro.services.opencp.cloud" }, spec: { reference: { export: { name: "kro.services.opencp.cloud", path: $path } } } }) { metadata { name } } } } }`;

  it("refuses a binding to an export in another workspace with kcp's bind text, and accepts a path-less one", async () => {
    const foreign = await gql(fixture.handler, BIND, { path: 'root:providers:opencp' }, as(ADMIN));
    expect(foreign.body.errors?.[0].message).toBe(
      'apibindings.apis.kcp.io "kro.services.opencp.cloud" is forbidden: unable to create APIBinding: no permission to bind to export root:providers:opencp:kro.services.opencp.cloud',
    );
    expect(fixture.gateway.objects(TEAM_A, 'APIBinding')?.map((b) => b.metadata.name)).toEqual(['opencp.cloud']);
    const own = await gql(fixture.handler, BIND, { path: TEAM_A }, as(ADMIN));
    expect(own.body.errors).toBeUndefined();
    const pathLess = await gql(
      fixture.handler,
      BIND.replace('kro.services', 'flux.services').replace('kro.services', 'flux.services'),
      {},
      as(ADMIN),
    );
    expect(pathLess.body.data).toEqual({
      apis_kcp_io: { v1alpha2: { createAPIBinding: { metadata: { name: 'flux.services.opencp.cloud' } } } },
    });
  });
});
