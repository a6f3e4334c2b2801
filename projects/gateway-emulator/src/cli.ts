import { parseArgs } from 'node:util';
import { printSchema } from 'graphql';
import { loadResourceDefinitions } from './crd/resource-definition';
import { ALL_TOOL_DEFINITIONS } from './crd/tool-crds';
import { parseFault } from './faults/fault-injector';
import { startGateway } from './public-api';
import { buildGatewaySchema } from './schema/gateway-schema';

const USAGE = `Usage: npm run gateway -- [options]
  --port N                 port (default 3000; 0 = ephemeral)
  --host ADDR              bind address (default 127.0.0.1)
  --timings fast|demo      operator step delays (default demo)
  --log-operations FILE    append every GraphQL request as JSON Lines
  --state FILE             load/save the workspaces in FILE
  --tokens FILE            token file (default projects/gateway-emulator/tokens.json)
  --fault JSON             inject a fault at start (repeatable), e.g. '{"type":"latency","ms":500}'
  --latency MS             shorthand for a latency fault
  --seed-tool-objects      create example objects of a tool's kinds when its binding is Bound
  --print-schema           print the generated SDL of a fresh workspace and exit
  --all-tools-bound        with --print-schema: the SDL of a workspace with every tool bound`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '3000' },
      host: { type: 'string', default: '127.0.0.1' },
      timings: { type: 'string', default: 'demo' },
      'log-operations': { type: 'string' },
      state: { type: 'string' },
      tokens: { type: 'string' },
      fault: { type: 'string', multiple: true },
      latency: { type: 'string' },
      'seed-tool-objects': { type: 'boolean', default: false },
      'print-schema': { type: 'boolean', default: false },
      'all-tools-bound': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (values['print-schema']) {
    const base = loadResourceDefinitions();
    console.log(printSchema(buildGatewaySchema(values['all-tools-bound'] ? [...base, ...ALL_TOOL_DEFINITIONS] : base)));
    return;
  }
  if (values.timings !== 'fast' && values.timings !== 'demo') throw new Error(`--timings must be fast or demo, got ${values.timings}`);
  const faults = (values.fault ?? []).map((f) => parseFault(JSON.parse(f)));
  if (values.latency !== undefined) faults.push(parseFault({ type: 'latency', ms: Number(values.latency) }));
  const running = await startGateway({
    port: Number(values.port),
    host: values.host,
    timings: values.timings,
    logOperations: values['log-operations'],
    stateFile: values.state,
    tokenFile: values.tokens,
    seedToolObjects: values['seed-tool-objects'],
  });
  for (const fault of faults) running.gateway.faults.add(fault);
  const base = running.url.replace('127.0.0.1', 'localhost');
  console.log(`kubernetes-graphql-gateway emulator on ${base} (timings: ${values.timings})`);
  for (const path of running.gateway.workspacePaths()) console.log(`  ${base}/api/clusters/${path}/graphql`);
  console.log('Tokens (Authorization: Bearer <token>):');
  for (const [token, user] of running.gateway.tokens) console.log(`  ${token}  ${user.name} (${user.role})`);
  console.log(`Admin: POST ${base}/admin/reset, GET ${base}/admin/health, POST/DELETE ${base}/admin/faults, POST ${base}/admin/operator`);
  const shutdown = () => void running.close().then(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(`gateway-emulator: ${(error as Error).message}`);
  process.exit(1);
});
