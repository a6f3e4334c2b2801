import type { ResourceDefinition } from '../crd/resource-definition';
import type { Scheduler } from '../operator/scheduler';
import { KubeObject } from '../store/kube-object';
import { Workspace } from '../workspace';
import { exportClaims } from '../operator/binding-status';
import { OperatorSettings, ProviderExport, WorkspaceOperator } from '../operator/workspace-operator';

/** Workspaces every fresh emulator serves (docs/local-platform.md §1). */
export const SEEDED_WORKSPACES = ['root:orgs:demo:team-a', 'root:orgs:demo:team-b'] as const;

/** Provider workspace of the `opencp.cloud` APIExport (docs/platform.md §1.1). */
export const PROVIDER_WORKSPACE = 'root:providers:opencp';

/**
 * A fresh account workspace (docs/local-platform.md §1, docs/platform.md §1.1): the automatic, Bound binding to `opencp.cloud`
 * with its claims accepted, and ManagedControlPlane `default` in `Provisioning`. The operator then moves the MCP
 * on to `Ready` and creates the four (empty) service exports. No tool bindings.
 */
function seedWorkspace(workspace: Workspace, operator: WorkspaceOperator, provider: ProviderExport): void {
  const store = workspace.store;
  const acceptedClaims = exportClaims(provider.object).map((claim) => ({ ...claim, state: 'Accepted', selector: { matchAll: true } }));
  store.create(store.definition('APIBinding'), {
    metadata: { name: 'opencp.cloud' },
    spec: { reference: { export: { name: 'opencp.cloud', path: provider.path } }, permissionClaims: acceptedClaims },
  });
  operator.completeBinding('opencp.cloud');
  store.systemCreate(store.definition('ManagedControlPlane'), {
    metadata: { name: 'default', finalizers: ['mcp.opencp.io/managed-control-plane'] },
    spec: {},
    status: { phase: 'Provisioning', observedGeneration: 1 },
  });
}

/** A workspace with its simulated operator. */
export interface OperatedWorkspace {
  readonly workspace: Workspace;
  readonly operator: WorkspaceOperator;
}

/**
 * A fresh account workspace at `path` serving `definitions`, seeded ({@link seedWorkspace}) and operated on
 * `scheduler`'s clock and timers. The Gateway builds one per seeded workspace; the operator specs build one without the
 * Gateway (no GraphQL schema, no users).
 */
export function createSeededWorkspace(
  path: string,
  definitions: readonly ResourceDefinition[],
  settings: OperatorSettings,
  provider: ProviderExport,
  scheduler: Scheduler,
): OperatedWorkspace {
  const workspace = new Workspace(path, definitions, () => scheduler.now());
  const operator = new WorkspaceOperator(workspace, settings, provider, scheduler);
  seedWorkspace(workspace, operator, provider);
  return { workspace, operator };
}

/** The `opencp.cloud` export as bindings to it see it (bundled YAML plus an identity hash). */
export function providerExport(document: Record<string, unknown>): ProviderExport {
  const object = structuredClone(document) as unknown as KubeObject;
  object.status = { identityHash: 'f0c1b4e0a3d5c7e9b2a4c6e8d0f1a3b5c7d9e1f3a5b7c9d1e3f5a7b9c1d3e5f7' };
  return { path: PROVIDER_WORKSPACE, object };
}
