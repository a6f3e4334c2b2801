import { KubeObject } from '../store/kube-object';
import { hash, referenceOf } from './binding-status';
import { Condition } from './conditions';
import { removeToolContent, toolContentReady, writeToolContent } from './content-configuration-reconciler';
import { OperatorContext, removeFinalizers, union } from './operator-context';
import { readyConditions } from './ready-conditions';
import { ServiceTool } from './service-tools';
import { toolApis } from './tool-apis';

/**
 * An enablement object (`Crossplane`, `KRO`, `Flux`, `OCMController` named `default`; docs/platform.md §1.2, §1.4,
 * docs/platform.md §2.4): Provisioning (Ready=False Reconciling) → Ready (ReconcileSuccess) with its APIs published into the service
 * export; a version the operator does not offer stays Progressing with ReconcileError; deletion waits for the
 * tool's binding to go, then removes navigation and APIs and its finalizers.
 *
 * Navigation (ContentConfigurations, docs/platform.md §1.2 DeployContentConfigurations): KRO, Flux and OCM write theirs once the
 * Ready condition is True and reach phase Ready only when all of them are `Ready=True`; Crossplane writes one set
 * per provider in `spec.providers` right away, without waiting for Ready, and removes those of dropped providers.
 */
export function reconcileTool(ctx: OperatorContext, tool: ServiceTool, object: KubeObject): void {
  if (object.metadata.deletionTimestamp) return reconcileDeletion(ctx, tool, object);
  const def = ctx.def(tool.kind);
  const name = object.metadata.name;
  const t = ctx.timings;
  const key = `${tool.id}/${name}`;
  const generation = object.metadata.generation;
  const status = object.status;
  if (tool.id === 'crossplane' && status) syncProviderContent(ctx, tool, object);
  const version = String(object.spec?.version ?? '');
  if (!status || status.observedGeneration !== generation || !['Provisioning', 'Progressing', 'Ready'].includes(String(status.phase))) {
    ctx.schedule(`${key}/provisioning`, t.toolProvisioningMs, () =>
      ctx.store.systemUpdate(def, name, (o) => {
        o.metadata.finalizers = union(o.metadata.finalizers, tool.finalizers);
        ctx.setStatus(o, { phase: 'Provisioning', observedGeneration: o.metadata.generation }, [
          { type: 'Ready', status: 'False', reason: 'Reconciling', message: 'Reconcile in progress' },
        ]);
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
        ctx.setStatus(o, { phase: 'Progressing', observedGeneration: o.metadata.generation }, [
          { type: 'Ready', status: 'False', reason: 'ReconcileError', message },
        ]);
      }),
    );
    return;
  }
  if (status.phase === 'Ready') return publishApis(ctx, tool, object);
  const readyCondition = (status.conditions as Condition[] | undefined)?.find((c) => c.type === 'Ready');
  if (tool.id !== 'crossplane' && readyCondition?.status === 'True') return awaitToolContent(ctx, tool, object, stillCurrent);
  if (!ctx.mcpReady()) return;
  ctx.schedule(`${key}/ready`, t.toolReadyMs, () => {
    const current = ctx.store.get(def, name);
    if (!current || !stillCurrent(current) || !ctx.mcpReady()) return;
    publishApis(ctx, tool, current);
    // Crossplane does not await its navigation: Ready at once. The others first report the Ready condition.
    const phase = tool.id === 'crossplane' ? 'Ready' : 'Provisioning';
    ctx.store.systemUpdate(def, name, (o) =>
      ctx.setStatus(o, { phase, observedGeneration: o.metadata.generation }, readyConditions(tool, o)),
    );
  });
}

/** KRO, Flux, OCM with Ready=True: write the navigation, then phase Ready once every ContentConfiguration is Ready. */
function awaitToolContent(ctx: OperatorContext, tool: ServiceTool, object: KubeObject, stillCurrent: (o: KubeObject) => boolean): void {
  const apis = toolApis(tool.id);
  writeToolContent(ctx, tool, apis);
  if (!toolContentReady(ctx, apis)) return;
  const name = object.metadata.name;
  ctx.schedule(`${tool.id}/${name}/phase-ready`, ctx.timings.syncMs, () =>
    ctx.store.systemUpdate(ctx.def(tool.kind), name, (o) => {
      if (!stillCurrent(o) || !toolContentReady(ctx, apis)) return;
      ctx.setStatus(o, { phase: 'Ready', observedGeneration: o.metadata.generation });
    }),
  );
}

/** Crossplane: the navigation of each provider in `spec.providers` (no waiting), none for providers dropped. */
function syncProviderContent(ctx: OperatorContext, tool: ServiceTool, object: KubeObject): void {
  const providers = new Set(((object.spec?.providers as Array<{ name?: string }> | undefined) ?? []).map((p) => p.name));
  const apis = toolApis(tool.id).filter((a) => a.provider !== undefined && providers.has(a.provider));
  writeToolContent(ctx, tool, apis);
  removeToolContent(ctx, tool, new Set(apis.map((a) => a.contentConfiguration)));
}

function reconcileDeletion(ctx: OperatorContext, tool: ServiceTool, object: KubeObject): void {
  const def = ctx.def(tool.kind);
  const name = object.metadata.name;
  const blocker = ctx.serviceBindings().find((b) => referenceOf(b).name === tool.exportName);
  const message = blocker
    ? `deletion blocked: waiting for APIBinding "${blocker.metadata.name}" to be deleted; it still binds the service export ${tool.exportName}`
    : 'Cleanup in progress';
  ctx.store.systemUpdate(def, name, (o) => {
    ctx.setStatus(o, { phase: 'Terminating', observedGeneration: o.metadata.generation }, [
      { type: 'Ready', status: 'False', reason: 'Terminating', message },
    ]);
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

/** Fills the service export with the tool's APIs (what its binding then lists in `boundResources`). */
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
}
