import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Gateway } from '../gateway';
import { createHandler } from '../handler';
import { graphqlRequest, TEAM_A } from '../testing/test-requests';
import { OperationLog } from './operation-log';

describe('--log-operations', () => {
  it('appends one JSON line per GraphQL request with operation, variables, workspace and status', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gw-log-')), 'ops.jsonl');
    const gateway = new Gateway({ timings: 'fast' });
    const handler = createHandler(gateway, { log: new OperationLog(file) });
    await handler(
      graphqlRequest('query Probe($n: String!) { apis_kcp_io { v1alpha2 { APIBinding(name: $n) { metadata { name } } } } }', {
        n: 'opencp.cloud',
      }),
    );
    await handler(graphqlRequest('{ broken'));
    gateway.close();
    const lines = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      expect.objectContaining({
        operationName: 'Probe',
        workspace: TEAM_A,
        transport: 'json',
        variables: { n: 'opencp.cloud' },
        status: 200,
        query: expect.stringContaining('query Probe'),
      }),
      expect.objectContaining({ status: 400, query: '{ broken' }),
    ]);
  });
});
