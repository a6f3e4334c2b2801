import { KubeObject } from '../store/kube-object';
import { OperatorContext } from './operator-context';
import { ServiceTool } from './service-tools';

const CONTENT_FOR = 'ui.platform-mesh.io/content-for';

/** Writes the tool's navigation ContentConfigurations (one per published resource) unless present. */
export function writeToolContent(ctx: OperatorContext, tool: ServiceTool, resources: Array<{ group: string; name: string }>): void {
  const ccDef = ctx.def('ContentConfiguration');
  for (const r of resources) {
    const ccName = `opencp-${tool.id}-${r.name}`;
    if (ctx.store.get(ccDef, ccName)) continue;
    const content = { name: ccName, luigiConfigFragment: { data: { nodes: [{ entityType: 'main.core_platform-mesh_io_account.core_opencp_cloud_managedcontrolplane', pathSegment: r.name, label: r.name, url: '/ui/generic-resource/main.js', context: { resourceDefinition: { group: r.group, plural: r.name } } }] } } };
    ctx.store.systemCreate(ccDef, {
      metadata: { name: ccName, labels: { [CONTENT_FOR]: tool.exportName, 'ui.platform-mesh.io/entity': 'core_platform-mesh_io_account' } },
      spec: { inlineConfiguration: { contentType: 'json', content: JSON.stringify(content) } },
    });
  }
}

/** Deletes the tool's navigation ContentConfigurations. */
export function removeToolContent(ctx: OperatorContext, tool: ServiceTool): void {
  const ccDef = ctx.def('ContentConfiguration');
  for (const cc of ctx.store.list(ccDef)) if (cc.metadata.labels?.[CONTENT_FOR] === tool.exportName) ctx.store.delete(ccDef, cc.metadata.name);
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
