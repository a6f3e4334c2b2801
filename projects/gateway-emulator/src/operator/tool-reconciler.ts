import { KubeObject } from '../store/kube-object';
import { hash, referenceOf } from './binding-status';
import { Condition } from './conditions';
import { removeToolContent, writeToolContent } from './content-configuration-reconciler';
import { OperatorContext, removeFinalizers, union } from './operator-context';
import { readyConditions } from './ready-conditions';
import { ServiceTool } from './service-tools';

/**
 * An enablement object (`Crossplane`, `KRO`, `Flux`, `OCMController` named `default`; docs/platform.md §1.2, §1.4,
 * §2.4): Provisioning (Ready=False Reconciling) → Ready (ReconcileSuccess) with its APIs published into the service
 * export; a version the operator does not offer stays Progressing with ReconcileError; deletion waits for the
 * tool's binding to go, then removes navigation and APIs and its finalizers.
 */
export function reconcileTool(ctx: OperatorContext, tool: ServiceTool, object: KubeObject): void {
  if (object.metadata.deletionTimestamp) return reconcileDeletion(ctx, tool, object);
  const def = ctx.def(tool.kind);
  const name = object.metadata.name;
  const t = ctx.timings;
  const key = `${tool.id}/${name}`;
  const generation = object.metadata.generation;
  const status = object.status;
  const version = String(object.spec?.version ?? '');
  if (!status || status.observedGeneration !== generation || !['Provisioning', 'Progressing', 'Ready'].includes(String(status.phase))) {
    ctx.schedule(`${key}/provisioning`, t.toolProvisioningMs, () =>
      ctx.store.systemUpdate(def, name, (o) => {
        o.metadata.finalizers = union(o.metadata.finalizers, tool.finalizers);
        ctx.setStatus(o, { phase: 'Provisioning', observedGeneration: o.metadata.generation }, [{ type: 'Ready', status: 'False', reason: 'Reconciling', message: 'Reconcile in progress' }]);
      }),
    );
    return;
  }
  const allowed = ctx.settings.allowedVersions[tool.id] ?? [];
  const stillCurrent = (o: KubeObject) => o.metadata.generation === generation && !o.metadata.deletionTimestamp;
  if (!allowed.includes(version)) {
    const message = tool.versionError(version, allowed);
    const current = (status.conditions as Condition[] | undefined)?.find((c) => c.type === 'Ready');
    if (status.phase === 'Progressing' && current?.message === message) return;
    ctx.schedule(`${key}/reject`, t.toolReadyMs, () =>
      ctx.store.systemUpdate(def, name, (o) => {
        if (!stillCurrent(o) || (ctx.settings.allowedVersions[tool.id] ?? []).includes(String(o.spec?.version ?? ''))) return;
        ctx.setStatus(o, { phase: 'Progressing', observedGeneration: o.metadata.generation }, [{ type: 'Ready', status: 'False', reason: 'ReconcileError', message }]);
      }),
    );
    return;
  }
  if (status.phase !== 'Ready') {
    if (!ctx.mcpReady()) return;
    ctx.schedule(`${key}/ready`, t.toolReadyMs, () => {
      const current = ctx.store.get(def, name);
      if (!current || !stillCurrent(current) || !ctx.mcpReady()) return;
      publishApis(ctx, tool, current);
      ctx.store.systemUpdate(def, name, (o) => {
        ctx.setStatus(o, { phase: 'Ready', observedGeneration: o.metadata.generation }, readyConditions(tool, o));
      });
    });
    return;
  }
  publishApis(ctx, tool, object);
}

function reconcileDeletion(ctx: OperatorContext, tool: ServiceTool, object: KubeObject): void {
  const def = ctx.def(tool.kind);
  const name = object.metadata.name;
  const blocker = ctx.serviceBindings().find((b) => referenceOf(b).name === tool.exportName);
  const message = blocker
    ? `deletion blocked: waiting for APIBinding "${blocker.metadata.name}" to be deleted; it still binds the service export ${tool.exportName}`
    : 'Cleanup in progress';
  ctx.store.systemUpdate(def, name, (o) => {
    ctx.setStatus(o, { phase: 'Terminating', observedGeneration: o.metadata.generation }, [{ type: 'Ready', status: 'False', reason: 'Terminating', message }]);
  });
  if (blocker) return;
  ctx.schedule(`${tool.id}/${name}/cleanup`, ctx.timings.deletionMs, () => {
    if (ctx.serviceBindings().some((b) => referenceOf(b).name === tool.exportName)) return ctx.requeue();
    removeToolContent(ctx, tool);
    ctx.store.systemUpdate(ctx.def('APIExport'), tool.exportName, (o) => {
      o.spec = { ...(o.spec ?? {}), resources: [] };
    });
    ctx.store.systemUpdate(def, name, (o) => removeFinalizers(o, tool.finalizers));
  });
}

/** Fills the service export with the tool's APIs and adds its navigation (ContentConfigurations, §1.3). */
function publishApis(ctx: OperatorContext, tool: ServiceTool, object: KubeObject): void {
  const exportDef = ctx.def('APIExport');
  if (!ctx.store.get(exportDef, tool.exportName)) return;
  const resources = tool.boundResources(object.spec ?? {}).map((r) => ({
    group: r.group,
    name: r.resource,
    schema: `v260311-${hash(`${tool.id}/${r.group}/${r.resource}`).slice(0, 7)}.${r.resource}.${r.group}`,
    storage: { crd: {} },
  }));
  ctx.store.systemUpdate(exportDef, tool.exportName, (o) => {
    o.spec = { ...(o.spec ?? {}), resources };
  });
  writeToolContent(ctx, tool, resources);
}
