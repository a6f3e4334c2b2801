/**
 * Gateway emulator benchmark (`npm run bench:gateway`): prints figures, asserts nothing.
 * 1. Requests per second for a list query over loopback HTTP (fixed request count, fixed concurrency).
 * 2. How many concurrent SSE watch streams it held open (up to the gateway's 50-stream limit, then one more
 *    to show the 429).
 */
import { request } from 'node:http';
import { startGateway } from '../src/public-api';

const WORKSPACE = 'root:orgs:demo:team-a';
const REQUESTS = 2000;
const CONCURRENCY = 16;
const LIST_QUERY =
  '{ apis_kcp_io { v1alpha2 { APIBindings { resourceVersion items { metadata { name resourceVersion } status { phase } } } } } }';

async function main(): Promise<void> {
  const running = await startGateway({ port: 0, timings: 'fast' });
  const url = `${running.url}/api/clusters/${WORKSPACE}/graphql`;
  const headers = { 'content-type': 'application/json', authorization: 'Bearer local-admin-token' };
  try {
    let sent = 0;
    let failed = 0;
    const started = process.hrtime.bigint();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (sent < REQUESTS) {
          sent += 1;
          const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query: LIST_QUERY }) });
          if (response.status !== 200) failed += 1;
          await response.arrayBuffer();
        }
      }),
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    console.log(
      `list query: ${REQUESTS} requests, concurrency ${CONCURRENCY}, ${seconds.toFixed(2)} s → ${(REQUESTS / seconds).toFixed(0)} requests/s (${failed} non-200)`,
    );

    const sockets: Array<{ destroy: () => void }> = [];
    const openStream = () =>
      new Promise<number>((resolve) => {
        const req = request(url, { method: 'POST', headers: { ...headers, accept: 'text/event-stream' } }, (res) => {
          if (res.statusCode === 200) res.once('data', () => resolve(200));
          else res.resume().once('end', () => resolve(res.statusCode ?? 0));
        });
        req.on('error', () => resolve(0));
        req.end(JSON.stringify({ query: 'subscription { apis_kcp_io_v1alpha2_apibindings { type object { metadata { name } } } }' }));
        sockets.push(req);
      });
    const statuses: number[] = [];
    for (let i = 0; i < 51; i++) statuses.push(await openStream());
    const held = statuses.filter((s) => s === 200).length;
    console.log(
      `SSE: held ${held} concurrent streams open (server count ${running.gateway.openStreams()}); stream #51 answered HTTP ${statuses[50]}`,
    );
    for (const socket of sockets) socket.destroy();
  } finally {
    await running.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${(error as Error).message}`);
  process.exit(1);
});
