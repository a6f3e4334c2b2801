import { Gateway } from './gateway';
import { createHandler } from './handler';
import { startHttpServer } from './server';
import { OperationLog } from './transport/operation-log';

export { Gateway } from './gateway';
export type { GatewayOptions } from './gateway';
export { createHandler, STREAM_LIMIT } from './handler';
export { MAX_IN_FLIGHT } from './transport/request-limits';
export type { Handler } from './handler';
export type { EmulatorRequest, EmulatorResponse } from './transport/http-types';
export { TIMINGS } from './operator/timings';
export type { Timings, TimingsName } from './operator/timings';
export { DEFAULT_ALLOWED_VERSIONS, SERVICE_TOOLS } from './operator/service-tools';
export { SEEDED_WORKSPACES } from './seed/seed-workspace';
export type { FaultSpec } from './faults/fault-injector';

export interface StartGatewayOptions {
  /** TCP port; 0 = ephemeral (tests). Default 3000. */
  port?: number;
  /** Bind address; default `127.0.0.1` (loopback only). */
  host?: string;
  /** Operator step delays: `fast` (tests, ≤ 150 ms per step) or `demo` (default, seconds). */
  timings?: 'fast' | 'demo' | Record<string, number>;
  /** File to append every GraphQL request to as JSON Lines. */
  logOperations?: string;
  /** Optional JSON file persisting the workspaces between runs. */
  stateFile?: string;
  /** Token file (default `projects/gateway-emulator/tokens.json`). */
  tokenFile?: string;
  /** Seed a few example objects per kind of a tool once its binding is Bound (default off; `npm start` turns it on). */
  seedToolObjects?: boolean;
}

export interface RunningGateway {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  port: number;
  /** The emulated platform (workspaces, faults, settings) for in-process assertions. */
  gateway: Gateway;
  /** Stops the server, its streams and the simulated operator. */
  close(): Promise<void>;
}

/**
 * Starts the local kubernetes-graphql-gateway emulator (docs/local-platform.md §6). Resolves once listening;
 * rejects when the port is taken or a bundled file (CRDs, tokens) cannot be read.
 */
export async function startGateway(options: StartGatewayOptions = {}): Promise<RunningGateway> {
  const host = options.host ?? '127.0.0.1';
  const gateway = new Gateway({
    timings: options.timings ?? 'demo',
    stateFile: options.stateFile,
    tokenFile: options.tokenFile,
    seedToolObjects: options.seedToolObjects,
  });
  const handler = createHandler(gateway, { log: options.logOperations ? new OperationLog(options.logOperations) : undefined });
  const { server, port } = await startHttpServer(handler, options.port ?? 3000, host);
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    gateway,
    close: async () => {
      gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
