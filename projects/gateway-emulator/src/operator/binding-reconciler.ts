import { TOOL_DEFINITIONS } from '../crd/tool-crds';
import { KubeObject } from '../store/kube-object';
import { boundStatus, exportClaims, hash, pickBound, referenceOf } from './binding-status';
import { removeToolContent } from './content-configuration-reconciler';
import { OperatorContext, removeFinalizers, union } from './operator-context';
import { SERVICE_TOOLS } from './service-tools';

export const BINDING_FINALIZER = 'apis.kcp.io/apibinding-finalizer';

/** kcp's logical cluster name of the binding's export workspace (a stable 16-hex stand-in). */
export const exportClusterName = (ctx: OperatorContext, binding: KubeObject): string =>
  hash(referenceOf(binding).path ?? ctx.workspace.path).slice(0, 16);

/** The export a binding references: the provider's `opencp.cloud`, or one in the workspace itself (not deleting). */
export function resolveExport(ctx: OperatorContext, binding: KubeObject): KubeObject | undefined {
  const ref = referenceOf(binding);
  const provider = ctx.providerExport;
  if (ref.path === provider.path && ref.name === provider.object.metadata.name) return provider.object;
  if (ref.path && ref.path !== ctx.workspace.path) return undefined;
  const found = ctx.store.get(ctx.def('APIExport'), ref.name);
  return found && !found.metadata.deletionTimestamp ? found : undefined;
}

/**
 * APIBinding, as kcp moves it (docs/platform.md §3, §1.4): `""` → Binding → Bound (`APIExportNotFound` while the
 * export is missing), claims and bound resources kept in sync with the export, deletion through its finalizer
 * with `BindingResourceDeleteSuccess` progress. Deleting a tool's binding removes the tool's navigation
 * (ContentConfigurations) at once, before the binding finishes deleting.
 */
export function reconcileBinding(ctx: OperatorContext, binding: KubeObject): void {
  const def = ctx.def('APIBinding');
  const name = binding.metadata.name;
  const t = ctx.timings;
  const update = (mutate: (o: KubeObject) => void) => () => ctx.store.systemUpdate(def, name, mutate);

  if (binding.metadata.deletionTimestamp) {
    if (!(binding.metadata.finalizers ?? []).includes(BINDING_FINALIZER)) return;
    const tool = referenceOf(binding).path ? undefined : SERVICE_TOOLS.find((t) => t.exportName === referenceOf(binding).name);
    if (tool) removeToolContent(ctx, tool);
    ctx.store.systemUpdate(def, name, (o) => {
      ctx.setStatus(o, {}, [
        {
          type: 'BindingResourceDeleteSuccess',
          status: 'False',
          reason: 'SomeResourcesRemain',
          message: 'some resources of the bound APIs remain in the workspace and are being deleted',
          severity: 'Info',
        },
      ]);
    });
    ctx.schedule(`binding/${name}/unbind`, t.deletionMs, () => {
      if (tool) deleteBoundObjects(ctx, tool.id);
      ctx.store.systemUpdate(def, name, (o) => removeFinalizers(o, [BINDING_FINALIZER]));
    });
    return;
  }

  const exportObject = resolveExport(ctx, binding);
  const ref = referenceOf(binding);
  if (!exportObject) {
    const message = `APIExport ${ref.path ?? ctx.workspace.path}:${ref.name} not found`;
    ctx.schedule(
      `binding/${name}/notfound`,
      t.bindingMs,
      update((o) => {
        o.metadata.finalizers = union(o.metadata.finalizers, [BINDING_FINALIZER]);
        ctx.setStatus(o, {}, [
          { type: 'APIExportValid', status: 'False', reason: 'APIExportNotFound', message, severity: 'Error' },
          { type: 'Ready', status: 'False', reason: 'APIExportNotFound', message, severity: 'Error' },
        ]);
      }),
    );
    return;
  }

  const phase = binding.status?.phase;
  if (!phase) {
    ctx.schedule(
      `binding/${name}/binding`,
      t.bindingMs,
      update((o) => {
        o.metadata.finalizers = union(o.metadata.finalizers, [BINDING_FINALIZER]);
        ctx.setStatus(
          o,
          { phase: 'Binding', apiExportClusterName: exportClusterName(ctx, o), exportPermissionClaims: exportClaims(exportObject) },
          [
            { type: 'APIExportValid', status: 'True', reason: 'APIExportValid', message: '' },
            {
              type: 'InitialBindingCompleted',
              status: 'False',
              reason: 'WaitingForEstablished',
              message: 'waiting for the bound resources to be established',
              severity: 'Info',
            },
            {
              type: 'Ready',
              status: 'False',
              reason: 'WaitingForEstablished',
              message: 'waiting for the bound resources to be established',
              severity: 'Info',
            },
          ],
        );
      }),
    );
    return;
  }
  const ms = phase === 'Binding' ? t.boundMs : t.syncMs;
  const desired = boundStatus(binding, exportObject, ctx.workspace.path, ctx.stamp());
  if (phase === 'Bound' && JSON.stringify(pickBound(binding.status)) === JSON.stringify(pickBound(desired))) return;
  ctx.schedule(`binding/${name}/sync`, ms, () => {
    const current = ctx.store.get(def, name);
    const exportNow = current ? resolveExport(ctx, current) : undefined;
    if (!current || !exportNow || current.metadata.deletionTimestamp) return;
    ctx.store.systemUpdate(def, name, (o) => {
      o.status = { ...(o.status ?? {}), ...boundStatus(current, exportNow, ctx.workspace.path, ctx.stamp()) };
    });
  });
}

/** kcp deletes every object of the bound APIs before the binding goes (docs/platform.md §1.4); finalizers are cleared. */
function deleteBoundObjects(ctx: OperatorContext, tool: string): void {
  for (const def of TOOL_DEFINITIONS.get(tool as never) ?? []) {
    for (const object of ctx.store.list(def)) {
      const { name, namespace } = object.metadata;
      ctx.store.systemUpdate(def, name, (o) => (o.metadata.finalizers = []), namespace);
      if (ctx.store.get(def, name, namespace)) ctx.store.delete(def, name, { namespace });
    }
  }
}

/** Writes the Bound status of a binding at once (seeding the automatic `opencp.cloud` binding, docs/platform.md §1.1). */
export function completeBinding(ctx: OperatorContext, name: string): void {
  const def = ctx.def('APIBinding');
  const binding = ctx.store.get(def, name);
  const exportObject = binding ? resolveExport(ctx, binding) : undefined;
  if (!binding || !exportObject) throw new Error(`cannot complete APIBinding ${name}: binding or its APIExport is missing`);
  ctx.store.systemUpdate(def, name, (o) => {
    o.metadata.finalizers = union(o.metadata.finalizers, [BINDING_FINALIZER]);
    o.status = {
      ...(o.status ?? {}),
      apiExportClusterName: exportClusterName(ctx, o),
      ...boundStatus(binding, exportObject, ctx.workspace.path, ctx.stamp()),
    };
  });
}
