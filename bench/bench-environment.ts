import { startGateway } from '../projects/gateway-emulator/src/public-api';
import {
  claimsToAccept,
  defaultDraft,
  enablementObject,
  type APIBinding,
  type ToolDefinition,
} from '../projects/onboarding/src/public-api';
import { accountContext } from '../projects/portal/src/navigation/luigi-navigation';
import { emulatorUsers } from '../projects/portal/src/server/emulator-users';
import { startPortal } from '../projects/portal/src/server/portal-server';
import { HostPageServer, startHostPage } from './host-page';

/** Workspace the bench works in (seeded by the emulator, docs/local-platform.md §1). */
export const BENCH_WORKSPACE = 'root:orgs:demo:team-a';
/** Admin token of the emulator's token file (docs/local-platform.md §2). */
const ADMIN_TOKEN = 'local-admin-token';
const CONTROL_PLANE_READY_DEADLINE_MS = 10_000;
const BOUND_DEADLINE_MS = 5_000;

/** Written by the bench as another client would: the APIBinding of a tool (docs/platform.md §3.4 `Activate`). */
const ACTIVATE_DOCUMENT = `mutation BenchActivate($name: String!) {
  apis_kcp_io { v1alpha2 { createAPIBinding(object: {
    metadata: { name: $name }, spec: { reference: { export: { name: $name } } } }) { metadata { name } } } }
}`;

export interface BenchEnvironment {
  /** Local portal base URL, e.g. `http://localhost:5011`. */
  portalUrl: string;
  gatewayUrl: string;
  /** The minimal host page (no Luigi) serving the same bundle, with the portal's context for the bench account. */
  hostPage: HostPageServer;
  /**
   * Resets every workspace to its seed (timings `fast`, with `timings` over them) and waits until the
   * ManagedControlPlane is Ready.
   */
  resetToReadyControlPlane(timings?: Record<string, number>): Promise<void>;
  /**
   * Puts `tool` into the installing step as another client would: its APIBinding created and Bound, permission
   * claims accepted, the enablement resource `default` created with the catalog's default choices (written to the
   * emulator's store in-process). Use after a reset with a long `toolReadyMs`, so it stays installing.
   */
  startInstalling(tool: ToolDefinition): Promise<void>;
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
  const account = { id: BENCH_WORKSPACE.split(':').at(-1)!, path: BENCH_WORKSPACE, gatewayUrl: graphqlUrl.href };
  // The portal puts the token into Luigi's global context; without Luigi the elements read `context.token` (docs/platform.md §5.4).
  const hostPage = await startHostPage(elementsDir, { context: { ...accountContext(account), token: ADMIN_TOKEN } });
  const store = () => {
    const found = gateway.gateway.workspace(BENCH_WORKSPACE)?.store;
    if (!found) throw new Error(`the emulator has no workspace ${BENCH_WORKSPACE}`);
    return found;
  };

  return {
    portalUrl: portal.url,
    gatewayUrl: gateway.url,
    hostPage,
    async resetToReadyControlPlane(timings = {}) {
      const body = JSON.stringify({ timings: Object.keys(timings).length > 0 ? timings : 'fast' });
      await admin('/admin/reset', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const deadline = Date.now() + CONTROL_PLANE_READY_DEADLINE_MS;
      let phase: unknown = null;
      while (Date.now() < deadline) {
        const answer = await admin(`/admin/workspaces/${BENCH_WORKSPACE}/objects?kind=ManagedControlPlane`);
        const { items } = (await answer.json()) as { items: { status?: { phase?: string } }[] };
        phase = items[0]?.status?.phase ?? null;
        if (phase === 'Ready') return;
        await new Promise((wake) => setTimeout(wake, 25));
      }
      throw new Error(
        `ManagedControlPlane in ${BENCH_WORKSPACE} not Ready ${CONTROL_PLANE_READY_DEADLINE_MS} ms after reset (phase ${phase})`,
      );
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
    async startInstalling(this: BenchEnvironment, tool: ToolDefinition) {
      const bound = this.whenBound(tool.exportName);
      await this.activateElsewhere(tool.exportName);
      if ((await Promise.race([bound, delay(BOUND_DEADLINE_MS).then(() => null)])) === null) {
        throw new Error(`APIBinding ${tool.exportName} not Bound within ${BOUND_DEADLINE_MS} ms`);
      }
      const bindings = store().definition('APIBinding');
      const binding = store().require(bindings, tool.exportName) as unknown as APIBinding;
      store().update(bindings, tool.exportName, { spec: { permissionClaims: claimsToAccept(binding) } });
      const object = enablementObject(tool, defaultDraft(tool));
      store().create(store().definition(tool.resource.kind), object as unknown as Record<string, unknown>);
    },
    whenBound(exportName: string) {
      return new Promise<number>((resolve) => {
        const stop = store().subscribe((event) => {
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
      await hostPage.close();
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

function delay(ms: number): Promise<void> {
  return new Promise((wake) => setTimeout(wake, ms));
}
