/**
 * `npm start`: builds the elements, starts the gateway emulator (or uses a real gateway) and serves the local portal.
 *
 *   npm start [-- --port 4200 --gateway-port 3000 --timings demo --configuration development --skip-build
 *                 --log-operations FILE]
 *   GATEWAY_URL=https://<host>/gateway/api/clusters/<workspace>/graphql GATEWAY_TOKEN=<token> npm start
 *
 * GATEWAY_PROXY=0 makes the page call GATEWAY_URL directly instead of through the portal (needs CORS on the gateway).
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SEEDED_WORKSPACES, startGateway } from '../../gateway-emulator/src/public-api';
import { REPO_ROOT } from './content/content-document';
import { emulatorUsers } from './server/emulator-users';
import { EmulatorBackend, GatewayBackend, startPortal } from './server/portal-server';
import { EMULATOR_TIMINGS, EmulatorTimings } from './settings/portal-settings';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env['PORT'] ?? '4200' },
    'gateway-port': { type: 'string', default: '3000' },
    timings: { type: 'string', default: 'demo' },
    configuration: { type: 'string', default: 'development' },
    'skip-build': { type: 'boolean', default: false },
    'log-operations': { type: 'string' },
  },
});

function buildElements(configuration: string): Promise<void> {
  console.log(`Building the elements (ng build --configuration ${configuration}) …`);
  return new Promise((done, fail) => {
    const child = spawn(resolve(REPO_ROOT, 'node_modules/.bin/ng'), ['build', '--configuration', configuration], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
    });
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`ng build exited with ${code}; fix the build error above and run npm start again`)),
    );
  });
}

/** A port option as a number; throws naming the option when it is not a port (0 = ephemeral). */
function portOption(name: 'port' | 'gateway-port'): number {
  const port = Number(values[name]);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--${name} must be a port number 0–65535, got "${values[name]}"`);
  return port;
}

async function main(): Promise<void> {
  if (!EMULATOR_TIMINGS.includes(values.timings as EmulatorTimings)) {
    throw new Error(`--timings must be one of ${EMULATOR_TIMINGS.join(', ')}`);
  }
  if (!values['skip-build']) await buildElements(values.configuration!);

  const closers: Array<() => Promise<void>> = [];
  const gatewayUrl = process.env['GATEWAY_URL'];
  let backend: EmulatorBackend | GatewayBackend;
  if (gatewayUrl) {
    const token = process.env['GATEWAY_TOKEN'];
    if (!token) throw new Error('GATEWAY_URL is set but GATEWAY_TOKEN is empty: export the bearer token of your portal session');
    backend = { mode: 'gateway', url: gatewayUrl, token, proxy: process.env['GATEWAY_PROXY'] !== '0' };
  } else {
    const timings = values.timings as EmulatorTimings;
    const emulator = await startGateway({
      port: portOption('gateway-port'),
      host: '127.0.0.1',
      timings,
      seedToolObjects: process.env['SEED_TOOL_OBJECTS'] !== '0',
      ...(values['log-operations'] ? { logOperations: values['log-operations'] } : {}),
    }).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'EADDRINUSE'
        ? new Error(
            `gateway emulator port ${values['gateway-port']} on 127.0.0.1 is already in use (another npm start?); stop that process or choose another port with --gateway-port <n>`,
          )
        : error;
    });
    closers.push(() => emulator.close());
    backend = { mode: 'emulator', url: emulator.url, workspaces: [...SEEDED_WORKSPACES], users: emulatorUsers(), timings };
  }
  const portal = await startPortal({ port: portOption('port'), backend });
  closers.unshift(() => portal.close());

  const url = portal.url;
  console.log(
    [
      '',
      `Local portal:      ${url}/  (lands on team-a → OpenControlPlane → Overview)`,
      `  read-only user:  ${url}/?user=readonly`,
      `  fast emulator:   ${url}/?timings=fast`,
      `  German:          ${url}/?locale=de`,
      backend.mode === 'emulator'
        ? `Gateway emulator:  ${backend.url} (timings ${backend.timings}; workspaces ${SEEDED_WORKSPACES.join(', ')})`
        : `Gateway:           ${backend.url}${backend.proxy ? ` (proxied via ${url}/gateway/…)` : ''}`,
      `Real portal dev mode (Settings → Development): ${url}/assets/content-configuration.json`,
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );

  const stop = async (signal: string) => {
    console.log(`${signal}: stopping the local portal`);
    for (const close of closers) await close();
    process.exit(0);
  };
  process.once('SIGINT', (signal) => void stop(signal));
  process.once('SIGTERM', (signal) => void stop(signal));
}

main().catch((error: Error) => {
  console.error(`npm start failed: ${error.message}`);
  process.exit(1);
});
