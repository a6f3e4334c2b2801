import { KubeObject } from '../store/kube-object';
import { hash } from './binding-status';
import { withConditions } from './conditions';
import { OperatorContext, removeFinalizers, union } from './operator-context';
import { SERVICE_TOOLS } from './service-tools';

const MCP_FINALIZER = 'mcp.opencp.io/managed-control-plane';

/**
 * ManagedControlPlane (docs/platform.md §1.2, §1.4): Provisioning → MCPReady → Ready, then the four empty service
 * APIExports `<tool>.services.opencp.cloud`; on deletion it waits until no path-less binding uses a service
 * export, then removes the exports and its finalizer.
 */
export function reconcileControlPlane(ctx: OperatorContext, mcp: KubeObject): void {
  const def = ctx.def('ManagedControlPlane');
  const name = mcp.metadata.name;
  const t = ctx.timings;
  if (mcp.metadata.deletionTimestamp) {
    if (ctx.serviceBindings().length > 0) return;
    ctx.schedule(`mcp/${name}/cleanup`, t.deletionMs, () => {
      for (const tool of SERVICE_TOOLS) ctx.deleteIfPresent('APIExport', tool.exportName);
      ctx.store.systemUpdate(def, name, (o) => removeFinalizers(o, [MCP_FINALIZER]));
    });
    return;
  }
  const phase = mcp.status?.phase;
  const setPhase = (next: string) => () =>
    ctx.store.systemUpdate(def, name, (o) => {
      o.metadata.finalizers = union(o.metadata.finalizers, [MCP_FINALIZER]);
      o.status = { ...(o.status ?? {}), phase: next, observedGeneration: o.metadata.generation };
    });
  if (phase === undefined || phase === '') ctx.schedule(`mcp/${name}/provisioning`, 0, setPhase('Provisioning'));
  else if (phase === 'Provisioning') ctx.schedule(`mcp/${name}/mcpready`, t.mcpProvisioningMs, setPhase('MCPReady'));
  else if (phase === 'MCPReady') ctx.schedule(`mcp/${name}/ready`, t.mcpReadyMs, setPhase('Ready'));
  else if (phase === 'Ready') ensureServiceExports(ctx);
}

function ensureServiceExports(ctx: OperatorContext): void {
  const def = ctx.def('APIExport');
  for (const tool of SERVICE_TOOLS) {
    if (ctx.store.get(def, tool.exportName)) continue;
    ctx.store.systemCreate(def, {
      metadata: { name: tool.exportName, finalizers: ['apis.kcp.io/api-export-protection'] },
      spec: { resources: [], permissionClaims: tool.exportClaims.map((c) => ({ ...c, identityHash: '' })) },
      status: {
        identityHash: hash(`${ctx.workspace.path}:${tool.exportName}`),
        conditions: withConditions(
          [],
          [
            { type: 'IdentityValid', status: 'True', reason: 'IdentityValid', message: '' },
            { type: 'VirtualWorkspaceURLsReady', status: 'True', reason: 'VirtualWorkspaceURLsReady', message: '' },
          ],
          ctx.stamp(),
        ),
      },
    });
  }
}
