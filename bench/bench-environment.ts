import { startGateway } from '../projects/gateway-emulator/src/public-api';
import { emulatorUsers } from '../projects/portal/src/server/emulator-users';
import { startPortal } from '../projects/portal/src/server/portal-server';

/** Workspace the bench works in (seeded by the emulator, common.md). */
export const BENCH_WORKSPACE = 'root:orgs:demo:team-a';
/** Admin token of the emulator's token file (common.md). */
const ADMIN_TOKEN = 'local-admin-token';
const CONTROL_PLANE_READY_DEADLINE_MS = 10_000;

/** Written by the bench as another client would: the APIBinding of a tool (platform-contract §3.4 `Activate`). */
const ACTIVATE_DOCUMENT = `mutation BenchActivate($name: String!) {
  apis_kcp_io { v1alpha2 { createAPIBinding(object: {
    metadata: { name: $name }, spec: { reference: { export: { name: $name } } } }) { metadata { name } } } }
}`;

export interface BenchEnvironment {
  /** Local portal base URL, e.g. `http://localhost:5011`. */
  portalUrl: string;
  gatewayUrl: string;
  /** Resets every workspace to its seed (timings `fast`) and waits until the ManagedControlPlane is Ready. */
  resetToReadyControlPlane(): Promise<void>;
  /**
   * Creates the APIBinding `<exportName>` through the gateway as the admin user, the status change the bench then
   * waits for on screen. Resolves with Node's epoch ms taken just before the request was sent.
   */
  activateElsewhere(exportName: string): Promise<number>;
  /**
   * Resolves with Node's epoch ms at the moment the simulated operator commits `status.phase: Bound` on the APIBinding
   * `<exportName>` (an operator step, observed in-process on the workspace store). Call before the binding exists.
   */
  whenBound(exportName: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * Starts the gateway emulator and the local portal (serving `elementsDir`) on loopback ports of the bench range.
 * Throws when a port is taken (pick others with BENCH_GATEWAY_PORT / BENCH_PORTAL_PORT).
 */
export async function startBenchEnvironment(elementsDir: string, ports: { gateway: number; portal: number }): Promise<BenchEnvironment> {
  const gateway = await startGateway({ port: ports.gateway, host: '127.0.0.1', timings: 'fast' });
  let portal: Awaited<ReturnType<typeof startPortal>>;
  try {
    portal = await startPortal({
      port: ports.portal,
      elementsDir,
      backend: { mode: 'emulator', url: gateway.url, workspaces: [BENCH_WORKSPACE], users: emulatorUsers(), timings: 'fast' },
    });
  } catch (error) {
    await gateway.close();
    throw error;
  }
  const admin = (path: string, init?: RequestInit) => fetchOk(new URL(path, gateway.url), init);
  const graphqlUrl = new URL(`/api/clusters/${BENCH_WORKSPACE}/graphql`, gateway.url);

  return {
    portalUrl: portal.url,
    gatewayUrl: gateway.url,
    async resetToReadyControlPlane() {
      await admin('/admin/reset', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ timings: 'fast' }) });
      const deadline = Date.now() + CONTROL_PLANE_READY_DEADLINE_MS;
      let phase: unknown = null;
      while (Date.now() < deadline) {
        const answer = await admin(`/admin/workspaces/${BENCH_WORKSPACE}/objects?kind=ManagedControlPlane`);
        const { items } = (await answer.json()) as { items: { status?: { phase?: string } }[] };
        phase = items[0]?.status?.phase ?? null;
        if (phase === 'Ready') return;
        await new Promise((wake) => setTimeout(wake, 25));
      }
      throw new Error(`ManagedControlPlane in ${BENCH_WORKSPACE} not Ready ${CONTROL_PLANE_READY_DEADLINE_MS} ms after reset (phase ${phase})`);
    },
    async activateElsewhere(exportName: string) {
      const sentAt = Date.now();
      const answer = await fetchOk(graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
        body: JSON.stringify({ query: ACTIVATE_DOCUMENT, variables: { name: exportName } }),
      });
      const result = (await answer.json()) as { errors?: { message: string }[] };
      if (result.errors?.length) throw new Error(`BenchActivate ${exportName} failed: ${result.errors.map((e) => e.message).join('; ')}`);
      return sentAt;
    },
    whenBound(exportName: string) {
      const store = gateway.gateway.workspace(BENCH_WORKSPACE)?.store;
      if (!store) return Promise.reject(new Error(`the emulator has no workspace ${BENCH_WORKSPACE}`));
      return new Promise<number>((resolve) => {
        const stop = store.subscribe((event) => {
          const { object, previous } = event;
          if (object.kind !== 'APIBinding' || object.metadata.name !== exportName) return;
          if (object.status?.['phase'] === 'Bound' && previous?.status?.['phase'] !== 'Bound') {
            stop();
            resolve(Date.now());
          }
        });
      });
    },
    async close() {
      await portal.close();
      await gateway.close();
    },
  };
}

async function fetchOk(url: URL, init?: RequestInit): Promise<Response> {
  const answer = await fetch(url, init);
  if (!answer.ok) throw new Error(`${init?.method ?? 'GET'} ${url} answered ${answer.status}: ${await answer.text()}`);
  return answer;
}
