import { ResourceDefinition } from '../crd/resource-definition';
import { KubeObject, kubeTimestamp } from '../store/kube-object';
import { StoreEvent, WorkspaceStore } from '../store/workspace-store';
import { Workspace } from '../workspace';
import { boundStatus, exportClaims, hash, pickBound, referenceOf } from './binding-status';
import { Condition, withConditions } from './conditions';
import { readyConditions } from './ready-conditions';
import { AllowedVersions, SERVICE_TOOLS, ServiceTool } from './service-tools';
import { Timings } from './timings';

/** Live settings shared by all workspaces (changed by `/admin/reset` and `/admin/operator`). */
export interface OperatorSettings {
  timings: Timings;
  allowedVersions: AllowedVersions;
}

/** The `opencp.cloud` APIExport in the provider workspace, as bindings to it resolve it. */
export interface ProviderExport {
  path: string;
  object: KubeObject;
}

const MCP_FINALIZER = 'mcp.opencp.io/managed-control-plane';
const BINDING_FINALIZER = 'apis.kcp.io/apibinding-finalizer';
const CONTENT_FOR = 'ui.platform-mesh.io/content-for';

/**
 * The simulated OpenControlPlane operator plus the kcp controllers of one workspace (platform-contract §1.2,
 * §1.4, §2.4, §3). Level-triggered: every committed change schedules one reconcile pass over all objects; each
 * pass schedules at most one timed step per object and step name, and every step re-reads the object and
 * re-checks its precondition when its timer fires, so late timers after a newer change do nothing wrong.
 */
export class WorkspaceOperator {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly unsubscribe: () => void;
  private passQueued = false;
  private stopped = false;
  private readonly store: WorkspaceStore;

  constructor(
    private readonly workspace: Workspace,
    private readonly settings: OperatorSettings,
    private readonly providerExport: ProviderExport,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.store = workspace.store;
    this.unsubscribe = this.store.subscribe((event) => this.onEvent(event));
    this.queuePass();
  }

  /** Stops all timers and the store subscription (reset, shutdown). */
  stop(): void {
    this.stopped = true;
    this.unsubscribe();
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  /** Writes the Bound status of a binding at once (seeding the automatic `opencp.cloud` binding, §1.1). */
  completeBinding(name: string): void {
    const def = this.def('APIBinding');
    const binding = this.store.get(def, name);
    const exportObject = binding ? this.resolveExport(binding) : undefined;
    if (!binding || !exportObject) throw new Error(`cannot complete APIBinding ${name}: binding or its APIExport is missing`);
    this.store.systemUpdate(def, name, (o) => {
      o.metadata.finalizers = union(o.metadata.finalizers, [BINDING_FINALIZER]);
      o.status = { ...(o.status ?? {}), apiExportClusterName: this.exportClusterName(o), ...boundStatus(binding, exportObject, this.workspace.path, this.stamp()) };
    });
  }

  /** Re-examines all objects, e.g. after the allowed versions changed. */
  poke(): void {
    this.queuePass();
  }

  private def(kind: string): ResourceDefinition {
    return this.store.definition(kind);
  }

  /** kcp's logical cluster name of the binding's export workspace (a stable 16-hex stand-in). */
  private exportClusterName(binding: KubeObject): string {
    return hash(referenceOf(binding).path ?? this.workspace.path).slice(0, 16);
  }

  private stamp(): string {
    return kubeTimestamp(this.now());
  }

  /** Merges `fields` into `status` and sets `conditions` by type (keeping unchanged transition times). */
  private setStatus(o: KubeObject, fields: Record<string, unknown>, conditions: Array<Omit<Condition, 'lastTransitionTime'>> = []): void {
    o.status = { ...(o.status ?? {}), ...fields };
    if (conditions.length > 0) o.status.conditions = withConditions(o.status.conditions, conditions, this.stamp());
  }

  private onEvent(event: StoreEvent): void {
    const rebuildMs = this.settings.timings.schemaRebuildMs;
    if (rebuildMs > 0 && event.resource.kind === 'APIBinding' && this.changesSchema(event)) {
      this.schedule('schema/rebuild', rebuildMs, () => this.workspace.endStreams());
    }
    this.queuePass();
  }

  /** A binding that turns Bound, changes its bound resources or disappears makes the gateway rebuild the schema. */
  private changesSchema(event: StoreEvent): boolean {
    if (event.type === 'DELETED') return event.object.status?.phase === 'Bound';
    const before = event.previous?.status;
    const after = event.object.status;
    return (after?.phase === 'Bound' && before?.phase !== 'Bound') || (after?.phase === 'Bound' && JSON.stringify(before?.boundResources) !== JSON.stringify(after?.boundResources));
  }

  private queuePass(): void {
    if (this.passQueued || this.stopped) return;
    this.passQueued = true;
    setImmediate(() => {
      this.passQueued = false;
      if (!this.stopped) this.reconcileAll();
    });
  }

  /** Runs `step` after `ms` unless a step with this key is already pending. */
  private schedule(key: string, ms: number, step: () => void): void {
    if (this.timers.has(key) || this.stopped) return;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!this.stopped) step();
      }, ms),
    );
  }

  private reconcileAll(): void {
    for (const mcp of this.store.list(this.def('ManagedControlPlane'))) this.reconcileMcp(mcp);
    for (const binding of this.store.list(this.def('APIBinding'))) this.reconcileBinding(binding);
    for (const tool of SERVICE_TOOLS) for (const object of this.store.list(this.def(tool.kind))) this.reconcileTool(tool, object);
    for (const cc of this.store.list(this.def('ContentConfiguration'))) this.reconcileContentConfiguration(cc);
  }

  // ---- ManagedControlPlane: Provisioning → MCPReady → Ready, then the service exports (§1.2) ----

  private reconcileMcp(mcp: KubeObject): void {
    const def = this.def('ManagedControlPlane');
    const name = mcp.metadata.name;
    const t = this.settings.timings;
    if (mcp.metadata.deletionTimestamp) {
      if (this.serviceBindings().length > 0) return;
      this.schedule(`mcp/${name}/cleanup`, t.deletionMs, () => {
        for (const tool of SERVICE_TOOLS) this.deleteIfPresent('APIExport', tool.exportName);
        this.store.systemUpdate(def, name, (o) => removeFinalizers(o, [MCP_FINALIZER]));
      });
      return;
    }
    const phase = mcp.status?.phase;
    const setPhase = (next: string) => () =>
      this.store.systemUpdate(def, name, (o) => {
        o.metadata.finalizers = union(o.metadata.finalizers, [MCP_FINALIZER]);
        o.status = { ...(o.status ?? {}), phase: next, observedGeneration: o.metadata.generation };
      });
    if (phase === undefined || phase === '') this.schedule(`mcp/${name}/provisioning`, 0, setPhase('Provisioning'));
    else if (phase === 'Provisioning') this.schedule(`mcp/${name}/mcpready`, t.mcpProvisioningMs, setPhase('MCPReady'));
    else if (phase === 'MCPReady') this.schedule(`mcp/${name}/ready`, t.mcpReadyMs, setPhase('Ready'));
    else if (phase === 'Ready') this.ensureServiceExports();
  }

  private mcpReady(): boolean {
    return this.store.list(this.def('ManagedControlPlane')).some((m) => m.status?.phase === 'Ready' && !m.metadata.deletionTimestamp);
  }

  private ensureServiceExports(): void {
    const def = this.def('APIExport');
    for (const tool of SERVICE_TOOLS) {
      if (this.store.get(def, tool.exportName)) continue;
      this.store.systemCreate(def, {
        metadata: { name: tool.exportName, finalizers: ['apis.kcp.io/api-export-protection'] },
        spec: { resources: [], permissionClaims: tool.exportClaims.map((c) => ({ ...c, identityHash: '' })) },
        status: {
          identityHash: hash(`${this.workspace.path}:${tool.exportName}`),
          conditions: withConditions(
            [],
            [
              { type: 'IdentityValid', status: 'True', reason: 'IdentityValid', message: '' },
              { type: 'VirtualWorkspaceURLsReady', status: 'True', reason: 'VirtualWorkspaceURLsReady', message: '' },
            ],
            this.stamp(),
          ),
        },
      });
    }
  }

  // ---- APIBinding: "" → Binding → Bound, claims, bound resources, deletion (§3, §1.4) ----

  /** Path-less bindings to a service export (only those count for the deletion holds, §1.4). */
  private serviceBindings(): KubeObject[] {
    return this.store
      .list(this.def('APIBinding'))
      .filter((b) => !referenceOf(b).path && SERVICE_TOOLS.some((t) => t.exportName === referenceOf(b).name));
  }

  private resolveExport(binding: KubeObject): KubeObject | undefined {
    const ref = referenceOf(binding);
    if (ref.path === this.providerExport.path && ref.name === this.providerExport.object.metadata.name) return this.providerExport.object;
    if (ref.path && ref.path !== this.workspace.path) return undefined;
    const found = this.store.get(this.def('APIExport'), ref.name);
    return found && !found.metadata.deletionTimestamp ? found : undefined;
  }

  private reconcileBinding(binding: KubeObject): void {
    const def = this.def('APIBinding');
    const name = binding.metadata.name;
    const t = this.settings.timings;
    const update = (mutate: (o: KubeObject) => void) => () => this.store.systemUpdate(def, name, mutate);

    if (binding.metadata.deletionTimestamp) {
      if (!(binding.metadata.finalizers ?? []).includes(BINDING_FINALIZER)) return;
      this.store.systemUpdate(def, name, (o) => {
        this.setStatus(o, {}, [{ type: 'BindingResourceDeleteSuccess', status: 'False', reason: 'SomeResourcesRemain', message: 'some resources of the bound APIs remain in the workspace and are being deleted', severity: 'Info' }]);
      });
      this.schedule(`binding/${name}/unbind`, t.deletionMs, update((o) => removeFinalizers(o, [BINDING_FINALIZER])));
      return;
    }

    const exportObject = this.resolveExport(binding);
    const ref = referenceOf(binding);
    if (!exportObject) {
      const message = `APIExport ${ref.path ?? this.workspace.path}:${ref.name} not found`;
      this.schedule(
        `binding/${name}/notfound`,
        t.bindingMs,
        update((o) => {
          o.metadata.finalizers = union(o.metadata.finalizers, [BINDING_FINALIZER]);
          this.setStatus(o, {}, [
            { type: 'APIExportValid', status: 'False', reason: 'APIExportNotFound', message, severity: 'Error' },
            { type: 'Ready', status: 'False', reason: 'APIExportNotFound', message, severity: 'Error' },
          ]);
        }),
      );
      return;
    }

    const phase = binding.status?.phase;
    if (!phase) {
      this.schedule(
        `binding/${name}/binding`,
        t.bindingMs,
        update((o) => {
          o.metadata.finalizers = union(o.metadata.finalizers, [BINDING_FINALIZER]);
          this.setStatus(o, { phase: 'Binding', apiExportClusterName: this.exportClusterName(o), exportPermissionClaims: exportClaims(exportObject) }, [
            { type: 'APIExportValid', status: 'True', reason: 'APIExportValid', message: '' },
            { type: 'InitialBindingCompleted', status: 'False', reason: 'WaitingForEstablished', message: 'waiting for the bound resources to be established', severity: 'Info' },
            { type: 'Ready', status: 'False', reason: 'WaitingForEstablished', message: 'waiting for the bound resources to be established', severity: 'Info' },
          ]);
        }),
      );
      return;
    }
    const ms = phase === 'Binding' ? t.boundMs : t.syncMs;
    const desired = boundStatus(binding, exportObject, this.workspace.path, this.stamp());
    if (phase === 'Bound' && JSON.stringify(pickBound(binding.status)) === JSON.stringify(pickBound(desired))) return;
    this.schedule(`binding/${name}/sync`, ms, () => {
      const current = this.store.get(def, name);
      const exportNow = current ? this.resolveExport(current) : undefined;
      if (!current || !exportNow || current.metadata.deletionTimestamp) return;
      this.store.systemUpdate(def, name, (o) => {
        o.status = { ...(o.status ?? {}), ...boundStatus(current, exportNow, this.workspace.path, this.stamp()) };
      });
    });
  }

  // ---- Enablement objects: Provisioning → Ready / Progressing+ReconcileError, deletion holds (§1.2, §1.4, §2.4) ----

  private reconcileTool(tool: ServiceTool, object: KubeObject): void {
    const def = this.def(tool.kind);
    const name = object.metadata.name;
    const t = this.settings.timings;
    const key = `${tool.id}/${name}`;

    if (object.metadata.deletionTimestamp) {
      const blocker = this.serviceBindings().find((b) => referenceOf(b).name === tool.exportName);
      const message = blocker
        ? `deletion blocked: waiting for APIBinding "${blocker.metadata.name}" to be deleted; it still binds the service export ${tool.exportName}`
        : 'Cleanup in progress';
      this.store.systemUpdate(def, name, (o) => {
        this.setStatus(o, { phase: 'Terminating', observedGeneration: o.metadata.generation }, [{ type: 'Ready', status: 'False', reason: 'Terminating', message }]);
      });
      if (!blocker) {
        this.schedule(`${key}/cleanup`, t.deletionMs, () => {
          if (this.serviceBindings().some((b) => referenceOf(b).name === tool.exportName)) return this.queuePass();
          this.removeContentConfigurations(tool);
          this.store.systemUpdate(this.def('APIExport'), tool.exportName, (o) => {
            o.spec = { ...(o.spec ?? {}), resources: [] };
          });
          this.store.systemUpdate(def, name, (o) => removeFinalizers(o, tool.finalizers));
        });
      }
      return;
    }

    const generation = object.metadata.generation;
    const status = object.status;
    const version = String(object.spec?.version ?? '');
    if (!status || status.observedGeneration !== generation || !['Provisioning', 'Progressing', 'Ready'].includes(String(status.phase))) {
      this.schedule(`${key}/provisioning`, t.toolProvisioningMs, () =>
        this.store.systemUpdate(def, name, (o) => {
          o.metadata.finalizers = union(o.metadata.finalizers, tool.finalizers);
          this.setStatus(o, { phase: 'Provisioning', observedGeneration: o.metadata.generation }, [{ type: 'Ready', status: 'False', reason: 'Reconciling', message: 'Reconcile in progress' }]);
        }),
      );
      return;
    }
    const allowed = this.settings.allowedVersions[tool.id] ?? [];
    const stillCurrent = (o: KubeObject) => o.metadata.generation === generation && !o.metadata.deletionTimestamp;
    if (!allowed.includes(version)) {
      const message = tool.versionError(version, allowed);
      const current = (status.conditions as Condition[] | undefined)?.find((c) => c.type === 'Ready');
      if (status.phase === 'Progressing' && current?.message === message) return;
      this.schedule(`${key}/reject`, t.toolReadyMs, () =>
        this.store.systemUpdate(def, name, (o) => {
          if (!stillCurrent(o) || (this.settings.allowedVersions[tool.id] ?? []).includes(String(o.spec?.version ?? ''))) return;
          this.setStatus(o, { phase: 'Progressing', observedGeneration: o.metadata.generation }, [{ type: 'Ready', status: 'False', reason: 'ReconcileError', message }]);
        }),
      );
      return;
    }
    if (status.phase !== 'Ready') {
      if (!this.mcpReady()) return;
      this.schedule(`${key}/ready`, t.toolReadyMs, () => {
        const current = this.store.get(def, name);
        if (!current || !stillCurrent(current) || !this.mcpReady()) return;
        this.publishApis(tool, current);
        this.store.systemUpdate(def, name, (o) => {
          this.setStatus(o, { phase: 'Ready', observedGeneration: o.metadata.generation }, readyConditions(tool, o));
        });
      });
      return;
    }
    this.publishApis(tool, object);
  }

  /** Fills the service export with the tool's APIs and adds its navigation (ContentConfigurations, §1.3). */
  private publishApis(tool: ServiceTool, object: KubeObject): void {
    const exportDef = this.def('APIExport');
    if (!this.store.get(exportDef, tool.exportName)) return;
    const resources = tool.boundResources(object.spec ?? {}).map((r) => ({
      group: r.group,
      name: r.resource,
      schema: `v260311-${hash(`${tool.id}/${r.group}/${r.resource}`).slice(0, 7)}.${r.resource}.${r.group}`,
      storage: { crd: {} },
    }));
    this.store.systemUpdate(exportDef, tool.exportName, (o) => {
      o.spec = { ...(o.spec ?? {}), resources };
    });
    const ccDef = this.def('ContentConfiguration');
    for (const r of resources) {
      const ccName = `opencp-${tool.id}-${r.name}`;
      if (this.store.get(ccDef, ccName)) continue;
      const content = { name: ccName, luigiConfigFragment: { data: { nodes: [{ entityType: 'main.core_platform-mesh_io_account.core_opencp_cloud_managedcontrolplane', pathSegment: r.name, label: r.name, url: '/ui/generic-resource/main.js', context: { resourceDefinition: { group: r.group, plural: r.name } } }] } } };
      this.store.systemCreate(ccDef, {
        metadata: { name: ccName, labels: { [CONTENT_FOR]: tool.exportName, 'ui.platform-mesh.io/entity': 'core_platform-mesh_io_account' } },
        spec: { inlineConfiguration: { contentType: 'json', content: JSON.stringify(content) } },
      });
    }
  }

  private removeContentConfigurations(tool: ServiceTool): void {
    const ccDef = this.def('ContentConfiguration');
    for (const cc of this.store.list(ccDef)) if (cc.metadata.labels?.[CONTENT_FOR] === tool.exportName) this.store.delete(ccDef, cc.metadata.name);
  }

  private deleteIfPresent(kind: string, name: string): void {
    const def = this.def(kind);
    if (!this.store.get(def, name)) return;
    this.store.systemUpdate(def, name, (o) => (o.metadata.finalizers = []));
    if (this.store.get(def, name)) this.store.delete(def, name);
  }

  // ---- ContentConfiguration: the portal's validator marks it Valid and Ready (§6.1) ----

  private reconcileContentConfiguration(cc: KubeObject): void {
    if (cc.metadata.deletionTimestamp || cc.status?.observedGeneration === cc.metadata.generation) return;
    const name = cc.metadata.name;
    this.schedule(`cc/${name}/validate`, this.settings.timings.syncMs, () =>
      this.store.systemUpdate(this.def('ContentConfiguration'), name, (o) => {
        const inline = o.spec?.inlineConfiguration as { content?: string } | undefined;
        this.setStatus(o, { observedGeneration: o.metadata.generation, configurationResult: inline?.content ?? '' }, [
          { type: 'Valid', status: 'True', reason: 'ValidationSucceeded', message: 'The configuration is valid' },
          { type: 'Ready', status: 'True', reason: 'ReconcileSucceeded', message: 'The configuration is ready' },
        ]);
      }),
    );
  }
}

function union(list: string[] | undefined, add: string[]): string[] {
  return [...new Set([...(list ?? []), ...add])];
}

function removeFinalizers(object: KubeObject, remove: string[]): void {
  object.metadata.finalizers = (object.metadata.finalizers ?? []).filter((f) => !remove.includes(f));
}
