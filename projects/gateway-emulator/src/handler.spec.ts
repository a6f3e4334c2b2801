import { Gateway } from './gateway';
import { createHandler, Handler } from './handler';
import { gql, graphqlRequest, READONLY, TEAM_A, waitFor } from './testing/test-requests';

const KRO_QUERY = `query KroState { kro_services_opencp_cloud { v1alpha1 { KRO(name: "default") { metadata { name } spec { version } } } } }`;
const CREATE_KRO = `mutation CreateKro($version: String!) { kro_services_opencp_cloud { v1alpha1 { createKRO(object: { metadata: { name: "default" }, spec: { version: $version } }) { metadata { name resourceVersion generation } } } } }`;

describe('handler (pure request → response)', () => {
  let gateway: Gateway;
  let handler: Handler;

  beforeEach(() => {
    gateway = new Gateway({ timings: { schemaRebuildMs: 0 } });
    handler = createHandler(gateway);
  });
  afterEach(() => gateway.close());

  describe('transport', () => {
    it('answers unknown workspaces and paths with 404 page not found', async () => {
      const response = await handler({ ...graphqlRequest(KRO_QUERY), url: '/api/clusters/root:orgs:nope/graphql' });
      expect([response.status, response.body]).toEqual([404, '404 page not found']);
      expect((await handler({ ...graphqlRequest(KRO_QUERY), url: '/other' })).status).toBe(404);
    });

    it.each([
      [{}, 'Unauthorized: missing Authorization header'],
      [{ authorization: 'bearer local-admin-token' }, 'Unauthorized: invalid Authorization header format'],
      [{ authorization: 'Bearer ' }, 'Unauthorized: empty bearer token'],
      [{ authorization: 'Bearer wrong' }, 'Unauthorized'],
    ])('answers 401 for %j', async (headers, message) => {
      const req = graphqlRequest(KRO_QUERY);
      const response = await handler({ ...req, headers: { 'content-type': 'application/json', ...headers } });
      expect([response.status, response.body]).toEqual([401, message]);
    });

    it('answers 400 for unparsable queries and documents deeper than 10', async () => {
      const broken = await gql(handler, '{ apis_kcp_io { ');
      expect(broken.status).toBe(400);
      expect(broken.body.errors?.[0].message).toMatch(/^failed to parse query: Syntax Error/);
      const deep = await gql(
        handler,
        '{ apis_kcp_io { v1alpha2 { APIBindings { items { status { boundResources { schema { name } } } } } } } }',
      );
      expect(deep.status).toBe(200);
      const tooDeep = await gql(
        handler,
        '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }',
      );
      expect(tooDeep.status).toBe(400);
      expect(tooDeep.body).toEqual({ errors: [{ message: 'query depth 11 exceeds maximum allowed depth of 10' }] });
    });

    it('rejects batches above 10 and runs smaller ones', async () => {
      const batch = (n: number) => ({
        ...graphqlRequest(KRO_QUERY),
        body: JSON.stringify(Array.from({ length: n }, () => ({ query: '{ __typename }' }))),
      });
      const big = await handler(batch(11));
      expect([big.status, JSON.parse(String(big.body))]).toEqual([
        400,
        { errors: [{ message: 'batch size 11 exceeds maximum allowed batch size of 10' }] },
      ]);
      const small = await handler(batch(2));
      expect(JSON.parse(String(small.body))).toEqual([{ data: { __typename: 'Query' } }, { data: { __typename: 'Query' } }]);
    });

    it('answers schema errors with HTTP 200 and the GraphQL message', async () => {
      const result = await gql(handler, '{ kro_services_opencp_cloud { v1alpha1 { KRO(name: "default", namespace: "x") { nope } } } }');
      expect(result.status).toBe(200);
      expect(result.body.errors?.map((e) => e.message)).toEqual(
        expect.arrayContaining([
          'Unknown argument "namespace" on field "KroServicesOpencpCloudV1alpha1Query.KRO".',
          'Cannot query field "nope" on type "KroServicesOpencpCloudV1alpha1KRO".',
        ]),
      );
    });

    it('allows localhost origins with the Authorization header and answers preflights', async () => {
      const preflight = await handler({
        method: 'OPTIONS',
        url: `/api/clusters/${TEAM_A}/graphql`,
        headers: { origin: 'http://localhost:4200' },
        body: '',
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers['access-control-allow-origin']).toBe('http://localhost:4200');
      expect(preflight.headers['access-control-allow-headers']).toContain('Authorization');
      const foreign = await handler({
        ...graphqlRequest(KRO_QUERY),
        headers: { ...graphqlRequest(KRO_QUERY).headers, origin: 'https://evil.example' },
      });
      expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  describe('GraphQL semantics', () => {
    it('nulls the version block on a not-found get and keeps sibling blocks', async () => {
      const result = await gql(
        handler,
        `{ core_opencp_cloud { v1alpha1 { ManagedControlPlane(name: "default") { metadata { name } } } } kro_services_opencp_cloud { v1alpha1 { KRO(name: "default") { metadata { name } } } } }`,
      );
      expect(result.status).toBe(200);
      expect(result.body.data).toEqual({
        core_opencp_cloud: { v1alpha1: { ManagedControlPlane: { metadata: { name: 'default' } } } },
        kro_services_opencp_cloud: { v1alpha1: null },
      });
      expect(result.body.errors).toEqual([
        {
          message: 'kros.kro.services.opencp.cloud "default" not found',
          locations: expect.any(Array),
          path: ['kro_services_opencp_cloud', 'v1alpha1', 'KRO'],
        },
      ]);
      expect(JSON.stringify(result.body.errors)).not.toContain('extensions');
    });

    it('creates, reads as YAML, lists with limit/continue and answers a second create with already exists', async () => {
      const created = await gql(handler, CREATE_KRO, { version: 'v0.8.5' });
      expect(created.body.data).toEqual({
        kro_services_opencp_cloud: {
          v1alpha1: { createKRO: { metadata: { name: 'default', resourceVersion: expect.any(String), generation: 1 } } },
        },
      });
      const again = await gql(handler, CREATE_KRO, { version: 'v0.8.5' });
      expect(again.body.errors?.[0].message).toBe('kros.kro.services.opencp.cloud "default" already exists');
      const yaml = await gql(handler, '{ kro_services_opencp_cloud { v1alpha1 { KROYaml(name: "default") } } }');
      expect(yaml.body.data?.kro_services_opencp_cloud).toEqual({ v1alpha1: { KROYaml: expect.stringContaining('kind: KRO\n') } });
      const store = gateway.workspace(TEAM_A)!.store;
      store.create(store.definition('KRO'), { metadata: { name: 'second' }, spec: { version: 'v0.8.5' } });
      type Page = { items: Array<{ metadata: { name: string } }>; continue: string | null; remainingItemCount: number | null };
      const listPage = async (after?: string) => {
        const page = await gql(
          handler,
          'query($c: String) { kro_services_opencp_cloud { v1alpha1 { KROs(limit: 1, continue: $c) { items { metadata { name } } continue remainingItemCount } } } }',
          { c: after },
        );
        return (page.body.data as { kro_services_opencp_cloud: { v1alpha1: { KROs: Page } } }).kro_services_opencp_cloud.v1alpha1.KROs;
      };
      const first = await listPage();
      expect(first).toEqual({ items: [{ metadata: { name: 'default' } }], continue: expect.any(String), remainingItemCount: 1 });
      expect(await listPage(first.continue!)).toEqual({
        items: [{ metadata: { name: 'second' } }],
        continue: null,
        remainingItemCount: null,
      });
    });

    it('applies updates as merge patches with the StringMap and JSONString scalars', async () => {
      await gql(handler, CREATE_KRO, { version: 'v0.8.5' });
      const updated = await gql(
        handler,
        `mutation($labels: StringMap_Input) { kro_services_opencp_cloud { v1alpha1 { updateKRO(name: "default", object: { metadata: { labels: $labels, annotations: [{ key: "a.b/c", value: "x" }] }, spec: { chartVersion: "0.8.5" } }) { metadata { labels annotations generation } spec { version chartVersion } } } } }`,
        { labels: [{ key: 'team', value: 'a' }] },
      );
      expect(updated.body.data).toEqual({
        kro_services_opencp_cloud: {
          v1alpha1: {
            updateKRO: {
              metadata: { labels: { team: 'a' }, annotations: { 'a.b/c': 'x' }, generation: 2 },
              spec: { version: 'v0.8.5', chartVersion: '0.8.5' },
            },
          },
        },
      });
    });

    it('merges annotations sent as a StringMap_Input variable: a value is set, null removes the key, omitted keeps them', async () => {
      await gql(handler, CREATE_KRO, { version: 'v0.8.5' });
      const update = `mutation($resourceVersion: String!, $annotations: StringMap_Input, $version: String) { kro_services_opencp_cloud { v1alpha1 { updateKRO(name: "default", object: { metadata: { resourceVersion: $resourceVersion, annotations: $annotations }, spec: { version: $version } }) { metadata { resourceVersion annotations } spec { version } } } } }`;
      const read = async () =>
        (
          await gql(
            handler,
            `{ kro_services_opencp_cloud { v1alpha1 { KRO(name: "default") { metadata { resourceVersion annotations } spec { version } } } } }`,
          )
        ).body.data as {
          kro_services_opencp_cloud: {
            v1alpha1: {
              KRO: { metadata: { resourceVersion: string; annotations: Record<string, string> | null }; spec: { version: string } };
            };
          };
        };
      const kro = async () => (await read()).kro_services_opencp_cloud.v1alpha1.KRO;
      const previous = '{"version":"v0.8.5"}';
      await gql(handler, update, {
        resourceVersion: (await kro()).metadata.resourceVersion,
        annotations: { 'onboarding.opencp.cloud/previous-spec': previous, other: 'x' },
        version: 'v0.9.3',
      });
      expect(await kro()).toMatchObject({
        metadata: { annotations: { 'onboarding.opencp.cloud/previous-spec': previous, other: 'x' } },
        spec: { version: 'v0.9.3' },
      });
      await gql(handler, update, { resourceVersion: (await kro()).metadata.resourceVersion, version: 'v0.9.3' });
      expect((await kro()).metadata.annotations).toEqual({ 'onboarding.opencp.cloud/previous-spec': previous, other: 'x' });
      await gql(handler, update, {
        resourceVersion: (await kro()).metadata.resourceVersion,
        annotations: { 'onboarding.opencp.cloud/previous-spec': null },
        version: 'v0.8.5',
      });
      expect(await kro()).toMatchObject({ metadata: { annotations: { other: 'x' } }, spec: { version: 'v0.8.5' } });
    });

    it('answers writes of the read-only user with is forbidden, reads succeed', async () => {
      const denied = await gql(handler, CREATE_KRO, { version: 'v0.8.5' }, { authorization: `Bearer ${READONLY}` });
      expect(denied.body.errors?.[0].message).toBe(
        'kros.kro.services.opencp.cloud is forbidden: User "readonly@example.com" cannot create resource "kros" in API group "kro.services.opencp.cloud" at the cluster scope',
      );
      const read = await gql(
        handler,
        '{ apis_kcp_io { v1alpha2 { APIBindings { items { metadata { name } } } } } }',
        {},
        { authorization: `Bearer ${READONLY}` },
      );
      expect(read.body.errors).toBeUndefined();
    });

    it('answers write and list failures with the API server texts of docs/platform.md §4.7 (HTTP 200, no extensions)', async () => {
      const created = await gql(handler, CREATE_KRO, { version: 'v0.8.5' });
      const rv = (
        created.body.data as { kro_services_opencp_cloud: { v1alpha1: { createKRO: { metadata: { resourceVersion: string } } } } }
      ).kro_services_opencp_cloud.v1alpha1.createKRO.metadata.resourceVersion;
      const update =
        'mutation($rv: String, $v: String) { kro_services_opencp_cloud { v1alpha1 { updateKRO(name: "default", object: { metadata: { resourceVersion: $rv }, spec: { version: $v } }) { metadata { name } } } } }';
      await gql(handler, update, { v: 'v0.9.3' });
      const stale = await gql(handler, update, { rv, v: 'v0.8.5' });
      expect([stale.status, stale.body.errors?.[0].message]).toEqual([
        200,
        'Operation cannot be fulfilled on kros.kro.services.opencp.cloud "default": the object has been modified; please apply your changes to the latest version and try again',
      ]);
      const invalid = await gql(
        handler,
        'mutation { kro_services_opencp_cloud { v1alpha1 { createKRO(object: { metadata: { name: "other" }, spec: { chartVersion: "1" } }) { metadata { name } } } } }',
      );
      expect(invalid.body.errors?.[0].message).toBe('KRO.kro.services.opencp.cloud "other" is invalid: spec.version: Required value');
      const badContinue = await gql(
        handler,
        '{ kro_services_opencp_cloud { v1alpha1 { KROs(limit: 1, continue: "not-base64-json") { items { metadata { name } } } } } }',
      );
      expect(badContinue.body.errors?.[0].message).toMatch(/^unable to list objects: continue key is not valid: /);
      const badSelector = await gql(
        handler,
        '{ kro_services_opencp_cloud { v1alpha1 { KROs(labelselector: "a b c") { items { metadata { name } } } } } }',
      );
      expect(badSelector.body.errors?.[0].message).toMatch(/^unable to parse requirement: /);
      expect(JSON.stringify([stale.body, invalid.body, badContinue.body])).not.toContain('extensions');
    });

    it('answers delete with true while finalizers keep the object (deletionTimestamp set)', async () => {
      await gql(handler, CREATE_KRO, { version: 'v0.8.5' });
      await waitFor("the operator's finalizers", () =>
        gateway.objects(TEAM_A, 'KRO')?.[0]?.metadata.finalizers?.length ? true : undefined,
      );
      const deleted = await gql(handler, 'mutation { kro_services_opencp_cloud { v1alpha1 { deleteKRO(name: "default") } } }');
      expect(deleted.body).toEqual({ data: { kro_services_opencp_cloud: { v1alpha1: { deleteKRO: true } } } });
      const [kro] = gateway.objects(TEAM_A, 'KRO') ?? [];
      expect(kro.metadata.deletionTimestamp).toEqual(expect.any(String));
      expect(kro.metadata.finalizers?.length).toBeGreaterThan(0);
    });

    it('answers 400 for documents of more than 1000 fields (complexity)', async () => {
      const wide = `{ ${Array.from({ length: 1001 }, (_, i) => `f${i}: __typename`).join(' ')} }`;
      const result = await gql(handler, wide);
      expect([result.status, result.body]).toEqual([
        400,
        { errors: [{ message: 'query complexity 1001 exceeds maximum allowed complexity of 1000' }] },
      ]);
      expect((await gql(handler, wide.replace('f1000: __typename', ''))).status).toBe(200);
    });

    it('creates or replaces with applyYaml', async () => {
      const yaml =
        'apiVersion: kro.services.opencp.cloud/v1alpha1\nkind: KRO\nmetadata:\n  name: default\nspec:\n  version: v0.8.5\n  chartVersion: 0.8.5\n';
      const first = await gql(handler, 'mutation($y: String!) { applyYaml(yaml: $y) }', { y: yaml });
      expect(JSON.parse(String((first.body.data as { applyYaml: string }).applyYaml))).toMatchObject({
        kind: 'KRO',
        spec: { version: 'v0.8.5' },
      });
      await gql(handler, 'mutation($y: String!) { applyYaml(yaml: $y) }', {
        y: yaml.replace('  chartVersion: 0.8.5\n', '').replace('v0.8.5', 'v0.9.3'),
      });
      expect(gateway.objects(TEAM_A, 'KRO')?.[0].spec).toEqual({ version: 'v0.9.3' });
    });
  });

  describe('faults', () => {
    it('http-status answers 429, 503 and 504 with the gateway bodies for the matching operation only', async () => {
      gateway.faults.add({ type: 'http-status', status: 503, operationName: 'KroState', times: 1 });
      gateway.faults.add({ type: 'http-status', status: 504, operationName: 'Other' });
      const hit = await handler(graphqlRequest(KRO_QUERY));
      expect([hit.status, hit.body]).toEqual([503, 'Service Unavailable']);
      expect((await handler(graphqlRequest(KRO_QUERY))).status).toBe(200);
      const timeout = await handler({ ...graphqlRequest('query Other { __typename }') });
      expect([timeout.status, JSON.parse(String(timeout.body))]).toEqual([504, { errors: [{ message: 'request timeout' }] }]);
      gateway.faults.clear();
      gateway.faults.add({ type: 'http-status', status: 429 });
      expect((await handler(graphqlRequest(KRO_QUERY))).body).toBe('Too Many Requests');
    });

    it('graphql-error fails the whole operation or, with field, only that field (null propagation)', async () => {
      gateway.faults.add({ type: 'graphql-error', message: 'boom', times: 1 });
      expect((await gql(handler, KRO_QUERY)).body).toEqual({ data: null, errors: [{ message: 'boom' }] });
      gateway.faults.add({ type: 'graphql-error', field: 'ManagedControlPlane', message: 'mcp failed' });
      const partial = await gql(
        handler,
        '{ core_opencp_cloud { v1alpha1 { ManagedControlPlane(name: "default") { metadata { name } } } } apis_kcp_io { v1alpha2 { APIBindings { items { metadata { name } } } } } }',
      );
      expect(partial.body.data?.core_opencp_cloud).toEqual({ v1alpha1: null });
      expect(partial.body.data?.apis_kcp_io).toEqual({ v1alpha2: { APIBindings: { items: [{ metadata: { name: 'opencp.cloud' } }] } } });
      expect(partial.body.errors?.[0]).toMatchObject({
        message: 'mcp failed',
        path: ['core_opencp_cloud', 'v1alpha1', 'ManagedControlPlane'],
      });
    });

    it('latency delays the answer and drop-connection tells the adapter to cut the socket', async () => {
      gateway.faults.add({ type: 'latency', ms: 60, times: 1 });
      gateway.faults.add({ type: 'drop-connection', afterMs: 5, times: 1 });
      // Fake clock: the answer must wait for exactly the injected 60 ms, asserted without measuring real time.
      jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
      try {
        let answered = false;
        const pending = handler(graphqlRequest(KRO_QUERY)).then((response) => ((answered = true), response));
        await jest.advanceTimersByTimeAsync(59);
        expect(answered).toBe(false);
        await jest.advanceTimersByTimeAsync(1);
        const response = await pending;
        expect(answered).toBe(true);
        expect(response.dropAfterMs).toBe(5);
      } finally {
        jest.useRealTimers();
      }
      expect(gateway.faults.list()).toEqual([]);
    });

    it('drop-connection without afterMs runs nothing and tells the adapter to cut the answer at once', async () => {
      gateway.faults.add({ type: 'drop-connection', times: 1 });
      const response = await handler(graphqlRequest(KRO_QUERY));
      expect([response.dropAfterMs, JSON.parse(String(response.body))]).toEqual([0, { data: null }]);
    });
  });

  describe('admin API', () => {
    const admin = (method: string, url: string, body = '', remoteAddress?: string) =>
      handler({ method, url, headers: {}, body, remoteAddress });

    it('reports health, reads the store and refuses non-loopback peers', async () => {
      expect(JSON.parse(String((await admin('GET', '/admin/health')).body))).toEqual({ ok: true });
      const objects = JSON.parse(String((await admin('GET', `/admin/workspaces/${TEAM_A}/objects?kind=ManagedControlPlane`)).body)) as {
        items: Array<{ metadata: { name: string } }>;
      };
      expect(objects.items.map((o) => o.metadata.name)).toEqual(['default']);
      expect((await admin('GET', '/admin/health', '', '10.0.0.5')).status).toBe(403);
      expect((await admin('GET', '/admin/workspaces/root:nope/objects')).status).toBe(404);
    });

    it('adds and clears faults, validating the body', async () => {
      const added = await admin('POST', '/admin/faults', JSON.stringify({ type: 'latency', ms: 10 }));
      expect(JSON.parse(String(added.body))).toEqual({ id: expect.stringMatching(/^fault-/) });
      expect(JSON.parse(String((await admin('POST', '/admin/faults', JSON.stringify({ type: 'nope' }))).body)).error).toMatch(
        /unknown fault type/,
      );
      await admin('DELETE', '/admin/faults');
      expect(gateway.faults.list()).toEqual([]);
    });

    it('resets all workspaces to the seed', async () => {
      await gql(handler, CREATE_KRO, { version: 'v0.8.5' });
      expect(gateway.objects(TEAM_A, 'KRO')).toHaveLength(1);
      expect((await admin('POST', '/admin/reset', JSON.stringify({ timings: 'fast' }))).status).toBe(200);
      expect(gateway.objects(TEAM_A, 'KRO')).toEqual([]);
      expect(gateway.objects(TEAM_A, 'ManagedControlPlane')?.[0].status?.phase).toBe('Provisioning');
      expect(gateway.timings.mcpReadyMs).toBeLessThanOrEqual(150);
    });

    it('sets the versions the operator accepts', async () => {
      const answer = await admin('POST', '/admin/operator', JSON.stringify({ allowedVersions: { kro: ['v9.9.9'] } }));
      expect(JSON.parse(String(answer.body)).allowedVersions.kro).toEqual(['v9.9.9']);
      expect((await admin('POST', '/admin/operator', JSON.stringify({ allowedVersions: { nope: [] } }))).status).toBe(400);
    });
  });
});
