import { Gateway } from '../gateway';
import { createHandler, Handler } from '../handler';
import { graphqlRequest } from '../testing/test-requests';
import { MAX_IN_FLIGHT } from './request-limits';

/** Per-pod request limits of the gateway (docs/platform.md §4.6, §4.7): 400 in flight → 429, 60 s → 504. */
describe('request limits', () => {
  let gateway: Gateway;
  let handler: Handler;

  afterEach(() => gateway.close());
  const start = (timings: Record<string, number>) => {
    gateway = new Gateway({ timings: { schemaRebuildMs: 0, ...timings } });
    handler = createHandler(gateway);
  };

  it('answers 504 with the gateway body when a request runs longer than requestTimeoutMs, and runs faster ones', async () => {
    start({ requestTimeoutMs: 40 });
    gateway.faults.add({ type: 'latency', ms: 400, times: 1 });
    const slow = await handler(graphqlRequest('{ __typename }'));
    expect([slow.status, JSON.parse(String(slow.body))]).toEqual([504, { errors: [{ message: 'request timeout' }] }]);
    const quick = await handler(graphqlRequest('{ __typename }'));
    expect([quick.status, JSON.parse(String(quick.body))]).toEqual([200, { data: { __typename: 'Query' } }]);
  });

  it("defaults to the gateway's 60 s timeout in both named timings", () => {
    start({});
    expect(gateway.timings.requestTimeoutMs).toBe(60_000);
    gateway.reset('demo');
    expect(gateway.timings.requestTimeoutMs).toBe(60_000);
  });

  it(`answers 429 Too Many Requests beyond ${MAX_IN_FLIGHT} requests in flight and serves again once they finish`, async () => {
    start({});
    gateway.faults.add({ type: 'latency', ms: 50, times: MAX_IN_FLIGHT });
    const answers = await Promise.all(Array.from({ length: MAX_IN_FLIGHT + 1 }, () => handler(graphqlRequest('{ __typename }'))));
    const refused = answers.filter((a) => a.status === 429);
    expect(refused.map((a) => a.body)).toEqual(['Too Many Requests']);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(MAX_IN_FLIGHT);
    expect((await handler(graphqlRequest('{ __typename }'))).status).toBe(200);
  });
});
