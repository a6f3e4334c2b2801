import { seedToolObjects } from '../seed/tool-objects';
import { StoreEvent } from '../store/workspace-store';
import { Workspace } from '../workspace';
import { completeBinding, reconcileBinding } from './binding-reconciler';
import { referenceOf } from './binding-status';
import { reconcileContentConfiguration } from './content-configuration-reconciler';
import { reconcileControlPlane } from './control-plane-reconciler';
import { OperatorContext, OperatorSettings, ProviderExport } from './operator-context';
import { REAL_SCHEDULER, Scheduler } from './scheduler';
import { SERVICE_TOOLS } from './service-tools';
import { reconcileTool } from './tool-reconciler';

export type { OperatorSettings, ProviderExport } from './operator-context';

/**
 * The simulated OpenControlPlane operator plus the kcp controllers of one workspace (docs/platform.md §1.2, §1.4,
 * docs/platform.md §2.4, §3), on an injected Scheduler. Level-triggered: every committed change queues one reconcile pass over all
 * objects (control plane, bindings, tools, ContentConfigurations, each in its own reconciler); a pass schedules at
 * most one timed step per object and step name.
 */
export class WorkspaceOperator {
  private readonly ctx: OperatorContext;
  private readonly unsubscribe: () => void;
  private passQueued = false;

  constructor(workspace: Workspace, settings: OperatorSettings, providerExport: ProviderExport, scheduler: Scheduler = REAL_SCHEDULER) {
    this.ctx = new OperatorContext(workspace, settings, providerExport, scheduler, () => this.queuePass());
    this.unsubscribe = workspace.store.subscribe((event) => this.onEvent(event));
    this.rebuildSchema();
    this.queuePass();
  }

  /** Stops all timers and the store subscription (reset, shutdown). */
  stop(): void {
    this.ctx.stop();
    this.unsubscribe();
  }

  /** Writes the Bound status of a binding at once (seeding the automatic `opencp.cloud` binding, docs/platform.md §1.1). */
  completeBinding(name: string): void {
    completeBinding(this.ctx, name);
  }

  /** Re-examines all objects, e.g. after the allowed versions changed. */
  poke(): void {
    this.queuePass();
  }

  private onEvent(event: StoreEvent): void {
    if (event.resource.kind === 'APIBinding' && changesSchema(event)) {
      // Never inside the store's event dispatch: the rebuild may seed objects (writes of their own).
      const rebuildMs = this.ctx.timings.schemaRebuildMs;
      this.ctx.schedule('schema/rebuild', rebuildMs, () => {
        this.rebuildSchema();
        if (rebuildMs > 0) this.ctx.workspace.endStreams();
      });
    }
    this.queuePass();
  }

  /**
   * The gateway's schema rebuild (docs/platform.md §4.5): the workspace serves the APIs of the tools whose
   * path-less binding is Bound now; newly bound tools get their example objects when seeding is on.
   */
  private rebuildSchema(): void {
    const { ctx } = this;
    const bound = new Set(
      ctx.store
        .list(ctx.def('APIBinding'))
        .filter((b) => b.status?.phase === 'Bound' && !referenceOf(b).path)
        .flatMap((b) => SERVICE_TOOLS.filter((t) => t.exportName === referenceOf(b).name).map((t) => t.id)),
    );
    const added = [...bound].filter((t) => !ctx.workspace.servedTools.has(t));
    ctx.workspace.servedTools = bound;
    if (ctx.settings.seedToolObjects) for (const tool of added) seedToolObjects(ctx.store, tool, ctx.scheduler.now());
  }

  private queuePass(): void {
    if (this.passQueued || this.ctx.isStopped) return;
    this.passQueued = true;
    this.ctx.scheduler.setTimeout(() => {
      this.passQueued = false;
      if (!this.ctx.isStopped) this.reconcileAll();
    }, 0);
  }

  private reconcileAll(): void {
    const { ctx } = this;
    for (const mcp of ctx.store.list(ctx.def('ManagedControlPlane'))) reconcileControlPlane(ctx, mcp);
    for (const binding of ctx.store.list(ctx.def('APIBinding'))) reconcileBinding(ctx, binding);
    for (const tool of SERVICE_TOOLS) for (const object of ctx.store.list(ctx.def(tool.kind))) reconcileTool(ctx, tool, object);
    for (const cc of ctx.store.list(ctx.def('ContentConfiguration'))) reconcileContentConfiguration(ctx, cc);
  }
}

/** A binding that turns Bound, changes its bound resources or disappears makes the gateway rebuild the schema. */
function changesSchema(event: StoreEvent): boolean {
  if (event.type === 'DELETED') return event.object.status?.phase === 'Bound';
  const before = event.previous?.status;
  const after = event.object.status;
  return (
    (after?.phase === 'Bound' && before?.phase !== 'Bound') ||
    (after?.phase === 'Bound' && JSON.stringify(before?.boundResources) !== JSON.stringify(after?.boundResources))
  );
}
