import { createClient, ExecutionResult } from 'graphql-sse';
import { request } from 'node:http';
import { RunningGateway, startGateway } from './public-api';
import { ADMIN, NOACCESS, TEAM_A, waitFor } from './testing/test-requests';

type KroEvent = {
  type: string;
  object: { metadata: { name: string; resourceVersion: string }; spec?: { version?: string }; status?: { phase?: string } | null };
};

const KRO_WATCH = `subscription Watch($rv: String, $all: Boolean) {
  kro_services_opencp_cloud_v1alpha1_kro(name: "default", resourceVersion: $rv, subscribeToAll: $all) {
    type object { metadata { name resourceVersion } spec { version } }
  }
}`;

describe('server over real HTTP (graphql-sse distinct connections)', () => {
  let running: RunningGateway;
  let url: string;

  beforeAll(async () => {
    running = await startGateway({ port: 0, timings: 'fast' });
    url = `${running.url}/api/clusters/${TEAM_A}/graphql`;
  });
  afterAll(() => running.close());
  beforeEach(() => {
    running.gateway.reset({ schemaRebuildMs: 0 });
    running.gateway.faults.clear();
  });

  const client = () => createClient({ url, headers: { Authorization: `Bearer ${ADMIN}` }, retryAttempts: 0 });
  const post = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Record<string, unknown>; errors?: Array<{ message: string; path?: unknown[] }> };
  };
  /** The raw SSE text of one subscription, read until the server ends the stream. */
  const rawStream = async (query: string, token = ADMIN) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    return response.text();
  };
  const kroStore = () => running.gateway.workspace(TEAM_A)!.store;

  /** Collects events of a subscription until `count` arrived or the stream completed. */
  async function collect(
    query: string,
    variables: Record<string, unknown>,
    count: number,
    whileOpen?: () => Promise<void>,
  ): Promise<Array<ExecutionResult<Record<string, KroEvent>, unknown>>> {
    const results: Array<ExecutionResult<Record<string, KroEvent>, unknown>> = [];
    const iterator = client().iterate<Record<string, KroEvent>>({ query, variables });
    const consumer = (async () => {
      for await (const result of iterator) {
        results.push(result);
        if (results.length >= count) break;
      }
    })();
    if (whileOpen) await whileOpen();
    await consumer;
    return results;
  }

  it('streams a single object: silent until created, MODIFIED only for selected fields, DELETED with last state', async () => {
    const watchWithoutRv =
      'subscription { kro_services_opencp_cloud_v1alpha1_kro(name: "default") { type object { metadata { name } spec { version } } } }';
    const results = await collect(watchWithoutRv, {}, 3, async () => {
      // Create only once the watch is registered, so its first event is the live ADDED of v0.8.5.
      await waitFor('watch registered', () => (running.gateway.workspace(TEAM_A)!.openStreams() === 1 ? true : undefined));
      await post(
        'mutation { kro_services_opencp_cloud { v1alpha1 { createKRO(object: { metadata: { name: "default", labels: { a: "1" } }, spec: { version: "v0.8.5" } }) { metadata { name } } } } }',
      );
      const kro = kroStore().definition('KRO');
      // A label change is not selected: no MODIFIED.
      kroStore().update(kro, 'default', { metadata: { labels: { a: '2' } } });
      kroStore().update(kro, 'default', { spec: { version: 'v0.9.3' } });
      await waitFor('finalizers from the operator', () => (kroStore().get(kro, 'default')?.metadata.finalizers?.length ? true : undefined));
      kroStore().systemUpdate(kro, 'default', (o) => (o.metadata.finalizers = []));
      kroStore().delete(kro, 'default');
    });
    const events = results.map((r) => r.data!.kro_services_opencp_cloud_v1alpha1_kro);
    expect(events.map((e) => [e.type, e.object.spec?.version])).toEqual([
      ['ADDED', 'v0.8.5'],
      ['MODIFIED', 'v0.9.3'],
      ['DELETED', 'v0.9.3'],
    ]);
  });

  it('lists first (ADDED burst) without resourceVersion and resumes after one without repeating', async () => {
    // The operator holds still (its first step is a minute away), so the burst shows the created state however slow the machine.
    running.gateway.reset({ schemaRebuildMs: 0, toolProvisioningMs: 60_000 });
    const kro = kroStore().definition('KRO');
    const created = kroStore().create(kro, { metadata: { name: 'default' }, spec: { version: 'v0.8.5' } });
    const burst = await collect(KRO_WATCH, {}, 1);
    expect(burst[0].data!.kro_services_opencp_cloud_v1alpha1_kro).toMatchObject({
      type: 'ADDED',
      object: { metadata: { resourceVersion: created.metadata.resourceVersion } },
    });
    kroStore().update(kro, 'default', { spec: { version: 'v0.9.3' } });
    // Only spec.version is selected: the operator's status writes in between are not selected changes.
    const resume =
      'subscription($rv: String) { kro_services_opencp_cloud_v1alpha1_kro(name: "default", resourceVersion: $rv) { type object { spec { version } } } }';
    const resumed = await collect(resume, { rv: created.metadata.resourceVersion }, 1);
    expect(resumed[0].data!.kro_services_opencp_cloud_v1alpha1_kro).toMatchObject({
      type: 'MODIFIED',
      object: { spec: { version: 'v0.9.3' } },
    });
  });

  it('lists every object of a kind and filters with labelselector', async () => {
    const results = await collect(
      'subscription { apis_kcp_io_v1alpha2_apiexports(labelselector: "x=y") { type object { metadata { name } } } apis_kcp_io_v1alpha2_apibindings { type object { metadata { name } } } }',
      {},
      1,
    ).catch((error: unknown) => [{ errors: [error] }] as Array<ExecutionResult<Record<string, KroEvent>>>);
    // Only one root field is allowed in a subscription: the server answers with a GraphQL error event.
    expect(JSON.stringify(results[0])).toContain('must select only one top level field');
    const all = await collect('subscription { apis_kcp_io_v1alpha2_apibindings { type object { metadata { name } } } }', {}, 1);
    expect(all[0].data!.apis_kcp_io_v1alpha2_apibindings).toEqual({ type: 'ADDED', object: { metadata: { name: 'opencp.cloud' } } });
  });

  it('ends a stream after N events (stream-end-after) with complete', async () => {
    running.gateway.faults.add({ type: 'stream-end-after', events: 1, times: 1 });
    const results = await collect(
      'subscription { apis_kcp_io_v1alpha2_apibindings { type object { metadata { name } } } }',
      {},
      5,
      async () => {
        await post(
          'mutation { apis_kcp_io { v1alpha2 { createAPIBinding(object: { metadata: { name: "kro.services.opencp.cloud" }, spec: { reference: { export: { name: "kro.services.opencp.cloud" } } } }) { metadata { name } } } } }',
        );
      },
    );
    expect(results).toHaveLength(1);
  });

  it("sends no keep-alive comments and ends every stream with complete after streamMaxMs (the gateway's 30 min)", async () => {
    running.gateway.reset({ schemaRebuildMs: 0, streamMaxMs: 300 });
    const raw = await rawStream('subscription { apis_kcp_io_v1alpha2_apibindings { type object { metadata { name } } } }');
    expect(raw.split('\n').filter((line) => line.startsWith(':'))).toEqual([]);
    expect(raw.startsWith('event: next\n')).toBe(true);
    expect(raw.endsWith('event: complete\ndata:\n\n')).toBe(true);
    // The graphql-sse client sees the end as a completed iteration (its cue to resubscribe with the last resourceVersion).
    const seen = await collect('subscription { apis_kcp_io_v1alpha2_apibindings { type object { metadata { name } } } }', {}, 99);
    expect(seen.map((r) => r.data!.apis_kcp_io_v1alpha2_apibindings.type)).toEqual(['ADDED']);
  });

  it('keeps the 30-minute stream end in the fast timings', () => {
    running.gateway.reset('fast');
    expect(running.gateway.timings.streamMaxMs).toBe(30 * 60_000);
  });

  it('nulls only the version block with the error over HTTP; its siblings are lost, other blocks survive', async () => {
    const result = await post(`{
      missing: kro_services_opencp_cloud { v1alpha1 { KRO(name: "default") { metadata { name } } KROs { items { metadata { name } } } } }
      list: kro_services_opencp_cloud { v1alpha1 { KROs { items { metadata { name } } } } }
      apis_kcp_io { v1alpha2 { APIBinding(name: "opencp.cloud") { metadata { name } } } } }`);
    expect(result.data).toEqual({
      missing: { v1alpha1: null },
      list: { v1alpha1: { KROs: { items: [] } } },
      apis_kcp_io: { v1alpha2: { APIBinding: { metadata: { name: 'opencp.cloud' } } } },
    });
    expect(result.errors).toEqual([
      expect.objectContaining({ message: 'kros.kro.services.opencp.cloud "default" not found', path: ['missing', 'v1alpha1', 'KRO'] }),
    ]);
  });

  it('answers a watch without RBAC with one next carrying the forbidden text, then complete', async () => {
    const raw = await rawStream('subscription { kro_services_opencp_cloud_v1alpha1_kros { type } }', NOACCESS);
    const forbidden = 'kros.kro.services.opencp.cloud is forbidden: User \\"outsider@example.com\\" cannot watch resource \\"kros\\"';
    expect(raw).toContain(forbidden);
    expect(raw.match(/^event: /gm)).toEqual(['event: ', 'event: ']);
    expect(raw.endsWith('event: complete\ndata:\n\n')).toBe(true);
  });

  it('delivers forbidden and injected errors as a next event with errors', async () => {
    running.gateway.faults.add({
      type: 'graphql-error',
      field: 'kro_services_opencp_cloud_v1alpha1_kro',
      message: 'watch failed',
      times: 1,
    });
    const results = await collect(KRO_WATCH, {}, 2);
    expect(results).toEqual([{ errors: [expect.objectContaining({ message: 'watch failed' })] }]);
  });

  it('drops the connection (drop-connection) mid-response, so the client sees a network error it cannot resend away', async () => {
    running.gateway.faults.add({ type: 'drop-connection', times: 1 });
    // Headers arrive (a browser resends a request silently only when no response byte came), the body breaks off.
    const response = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN}` },
      body: '{"query":"{ __typename }"}',
    });
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
    expect((await post('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });

  it('answers SSE requests with bad JSON with 400 Error parsing JSON request body', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN}`, accept: 'text/event-stream' },
      body: '{nope',
    });
    expect([response.status, await response.text()]).toEqual([400, 'Error parsing JSON request body']);
  });

  it('closes the watch when the client goes away', async () => {
    const workspace = running.gateway.workspace(TEAM_A)!;
    await new Promise<void>((resolve, reject) => {
      const req = request(
        url,
        { method: 'POST', headers: { authorization: `Bearer ${ADMIN}`, accept: 'text/event-stream', 'content-type': 'application/json' } },
        (res) => {
          res.once('data', () => {
            req.destroy();
            resolve();
          });
        },
      );
      req.on('error', (error) =>
        error.message.includes('aborted') || error.message.includes('socket hang up') ? undefined : reject(error),
      );
      req.end(JSON.stringify({ query: 'subscription { apis_kcp_io_v1alpha2_apibindings { type } }' }));
    });
    await waitFor('stream cleanup', () => (workspace.openStreams() === 0 ? true : undefined));
  });
});
