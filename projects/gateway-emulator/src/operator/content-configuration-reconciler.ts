import { KubeObject } from '../store/kube-object';
import { Condition } from './conditions';
import { OperatorContext, removeFinalizers } from './operator-context';
import { ServiceTool } from './service-tools';
import { ToolApi, toolContentDocument } from './tool-apis';

const CONTENT_FOR = 'ui.platform-mesh.io/content-for';
const ENTITY = 'ui.platform-mesh.io/entity';
/** The operator's finalizer on the ContentConfigurations it manages. */
export const CONTENT_FINALIZER = 'contentconfigurations.opencp.io/managed-content-configurations';

/**
 * Writes the ContentConfigurations of `apis` that are missing (docs/platform.md §1.3, §6.1): labels `entity` (account)
 * and `content-for` (the tool's export), inline JSON content of one node, the operator's finalizer.
 */
export function writeToolContent(ctx: OperatorContext, tool: ServiceTool, apis: readonly ToolApi[]): void {
  const def = ctx.def('ContentConfiguration');
  for (const api of apis) {
    if (ctx.store.get(def, api.contentConfiguration)) continue;
    ctx.store.systemCreate(def, {
      metadata: {
        name: api.contentConfiguration,
        labels: { [ENTITY]: 'core_platform-mesh_io_account', [CONTENT_FOR]: tool.exportName },
        finalizers: [CONTENT_FINALIZER],
      },
      spec: { inlineConfiguration: { contentType: 'json', content: JSON.stringify(toolContentDocument(api)) } },
    });
  }
}

/** Whether every ContentConfiguration of `apis` exists and is `Ready=True` (the portal serves it). */
export function toolContentReady(ctx: OperatorContext, apis: readonly ToolApi[]): boolean {
  const def = ctx.def('ContentConfiguration');
  return apis.every((api) => {
    const cc = ctx.store.get(def, api.contentConfiguration);
    return (
      cc !== undefined &&
      !cc.metadata.deletionTimestamp &&
      (cc.status?.conditions as Condition[] | undefined)?.some((c) => c.type === 'Ready' && c.status === 'True') === true
    );
  });
}

/** Deletes the tool's ContentConfigurations, except those named in `keep`: marked deleting, then the finalizer released. */
export function removeToolContent(ctx: OperatorContext, tool: ServiceTool, keep: ReadonlySet<string> = new Set()): void {
  const def = ctx.def('ContentConfiguration');
  for (const cc of ctx.store.list(def)) {
    const name = cc.metadata.name;
    if (cc.metadata.labels?.[CONTENT_FOR] !== tool.exportName || keep.has(name)) continue;
    ctx.store.delete(def, name);
    ctx.store.systemUpdate(def, name, (o) => removeFinalizers(o, [CONTENT_FINALIZER]));
  }
}

/** The portal's validator (docs/platform.md §6.1): marks a ContentConfiguration Valid and Ready after `syncMs`. */
export function reconcileContentConfiguration(ctx: OperatorContext, cc: KubeObject): void {
  if (cc.metadata.deletionTimestamp || cc.status?.observedGeneration === cc.metadata.generation) return;
  const name = cc.metadata.name;
  ctx.schedule(`cc/${name}/validate`, ctx.timings.syncMs, () =>
    ctx.store.systemUpdate(ctx.def('ContentConfiguration'), name, (o) => {
      const inline = o.spec?.inlineConfiguration as { content?: string } | undefined;
      ctx.setStatus(o, { observedGeneration: o.metadata.generation, configurationResult: inline?.content ?? '' }, [
        { type: 'Valid', status: 'True', reason: 'ValidationSucceeded', message: 'The configuration is valid' },
        { type: 'Ready', status: 'True', reason: 'ReconcileSucceeded', message: 'The configuration is ready' },
      ]);
    }),
  );
}
