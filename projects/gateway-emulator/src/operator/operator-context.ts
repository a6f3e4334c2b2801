import { ResourceDefinition } from '../crd/resource-definition';
import { KubeObject, kubeTimestamp } from '../store/kube-object';
import { WorkspaceStore } from '../store/workspace-store';
import { Workspace } from '../workspace';
import { referenceOf } from './binding-status';
import { Condition, withConditions } from './conditions';
import { Scheduler, TimerHandle } from './scheduler';
import { AllowedVersions, SERVICE_TOOLS } from './service-tools';
import { Timings } from './timings';

/** Live settings shared by all workspaces (changed by `/admin/reset` and `/admin/operator`). */
export interface OperatorSettings {
  timings: Timings;
  allowedVersions: AllowedVersions;
  /** Create example objects of a tool's kinds when its APIs are bound (`--seed-tool-objects`). */
  seedToolObjects?: boolean;
}

/** The `opencp.cloud` APIExport in the provider workspace, as bindings to it resolve it. */
export interface ProviderExport {
  path: string;
  object: KubeObject;
}

export type ConditionInput = Omit<Condition, 'lastTransitionTime'>;

/**
 * What the reconcilers of one workspace share: its store, settings, the scheduler, and keyed timed steps (at most
 * one pending step per key; a step re-reads what it changes when it fires, so late steps do nothing wrong).
 */
export class OperatorContext {
  readonly store: WorkspaceStore;
  private readonly timers = new Map<string, TimerHandle>();
  private stopped = false;

  constructor(
    readonly workspace: Workspace,
    readonly settings: OperatorSettings,
    readonly providerExport: ProviderExport,
    readonly scheduler: Scheduler,
    /** Asks for another reconcile pass over all objects. */
    readonly requeue: () => void,
  ) {
    this.store = workspace.store;
  }

  get timings(): Timings {
    return this.settings.timings;
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  /** Storage-version definition of a served kind. */
  def(kind: string): ResourceDefinition {
    return this.store.definition(kind);
  }

  /** Runs `step` after `ms` unless a step with this key is already pending. */
  schedule(key: string, ms: number, step: () => void): void {
    if (this.timers.has(key) || this.stopped) return;
    const handle = this.scheduler.setTimeout(() => {
      this.timers.delete(key);
      if (!this.stopped) step();
    }, ms);
    this.timers.set(key, handle);
  }

  /** Cancels every pending step; nothing is scheduled afterwards. */
  stop(): void {
    this.stopped = true;
    for (const handle of this.timers.values()) this.scheduler.clearTimeout(handle);
    this.timers.clear();
  }

  /** RFC 3339 time of now (condition transitions, deletion timestamps). */
  stamp(): string {
    return kubeTimestamp(this.scheduler.now());
  }

  /** Merges `fields` into `status` and sets `conditions` by type (keeping unchanged transition times). */
  setStatus(o: KubeObject, fields: Record<string, unknown>, conditions: ConditionInput[] = []): void {
    o.status = { ...(o.status ?? {}), ...fields };
    if (conditions.length > 0) o.status.conditions = withConditions(o.status.conditions, conditions, this.stamp());
  }

  /** Path-less bindings to a service export (only those count for the deletion holds, docs/platform.md §1.4). */
  serviceBindings(): KubeObject[] {
    return this.store
      .list(this.def('APIBinding'))
      .filter((b) => !referenceOf(b).path && SERVICE_TOOLS.some((t) => t.exportName === referenceOf(b).name));
  }

  mcpReady(): boolean {
    return this.store.list(this.def('ManagedControlPlane')).some((m) => m.status?.phase === 'Ready' && !m.metadata.deletionTimestamp);
  }

  /** Removes an object at once, finalizers included (the operator's own clean-up). */
  deleteIfPresent(kind: string, name: string): void {
    const def = this.def(kind);
    if (!this.store.get(def, name)) return;
    this.store.systemUpdate(def, name, (o) => (o.metadata.finalizers = []));
    if (this.store.get(def, name)) this.store.delete(def, name);
  }
}

export function union(list: string[] | undefined, add: string[]): string[] {
  return [...new Set([...(list ?? []), ...add])];
}

export function removeFinalizers(object: KubeObject, remove: string[]): void {
  object.metadata.finalizers = (object.metadata.finalizers ?? []).filter((f) => !remove.includes(f));
}
