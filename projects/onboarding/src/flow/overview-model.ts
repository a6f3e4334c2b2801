import { signal, type Signal } from '@angular/core';
import type { ToolDefinition } from '../catalog/tool-definition';
import { nextActionDryRun, runDryRun } from '../checks/action-check';
import type { DryRunOutcome } from '../checks/dry-run-outcome';
import { overviewToolAlias } from '../gateway/documents/overview-state-document';
import { toolDocuments } from '../gateway/documents/tool-documents';
import type { GatewayClient } from '../gateway/gateway-client';
import type { GatewayError } from '../gateway/gateway-error';
import type { APIBinding, EnablementResource, ManagedControlPlane } from '../platform/resources';
import type { DisplayStatus } from '../status/display-status';
import { bindingDisplayStatus, displayStatus } from '../status/display-rule';
import { deriveStep } from './derive-step';
import type { ConnectionState, ListedObject, ReconnectOptions } from './live-list';
import type { OnboardingStep } from './onboarding-state';
import { systemScheduler, type Scheduler } from './scheduler';
import { overviewStateRequest } from './state-requests';
import { pickBinding, pickControlPlane, pickResource, type BlockResult } from './tool-snapshot';
import { BINDINGS_BLOCK, CONTROL_PLANE_BLOCK, WorkspaceWatch } from './workspace-watch';

/** One overview card: where a catalog tool stands in the workspace. */
export interface ToolCardState {
  readonly tool: ToolDefinition;
  /** The step the tool page would open in (same rule as the page, `deriveStep`). */
  readonly step: OnboardingStep;
  /** Display rule of the enablement resource, null when there is none. */
  readonly status: DisplayStatus | null;
  /** Display rule of the APIBinding, null when there is none. */
  readonly bindingStatus: DisplayStatus | null;
  /** `spec.version` of the enablement resource, null when not configured. */
  readonly installedVersion: string | null;
  readonly binding: APIBinding | null;
  readonly resource: EnablementResource | null;
  /** The tool's own list failed (its block was nulled); other cards are unaffected. */
  readonly error: GatewayError | null;
}

/** What the overview element renders. */
export interface OverviewModelState {
  /** True until the first OverviewState answer. */
  readonly loading: boolean;
  /** ManagedControlPlane `default` phase, null while unknown or absent. */
  readonly controlPlanePhase: string | null;
  readonly cards: readonly ToolCardState[];
  /** Reading or watching the control plane or the bindings failed; `retry()` reads again. */
  readonly failure: GatewayError | null;
  /** `reconnecting` while a live stream cannot reach the gateway: the cards may be outdated. */
  readonly connection: ConnectionState;
}

/** Options of {@link OverviewModel}. */
export interface OverviewModelOptions {
  /** Back-off of dropped streams (delays in ms). */
  readonly reconnect?: ReconnectOptions;
  /** Clock and timers; default the system's. */
  readonly scheduler?: Scheduler;
  /** After the first complete state, one dry run for the whole page (`access`, {@link OverviewModel}); default true. */
  readonly checkAccess?: boolean;
}

/**
 * The all-tools overview (one card per catalog tool) on the shared {@link WorkspaceWatch}: one `OverviewState`
 * request for the control plane, the APIBindings and every catalog tool's list, then list subscriptions: the
 * APIBindings list plus one list stream per tool, and the MCP stream only while the control plane is not Ready.
 * A tool's own failed block or stream marks only its card. `dispose()` closes everything.
 */
export class OverviewModel {
  private readonly stateSignal = signal<OverviewModelState>({
    loading: true,
    controlPlanePhase: null,
    cards: [],
    failure: null,
    connection: 'live',
  });
  private readonly watch: WorkspaceWatch;
  private controlPlane: ManagedControlPlane | null = null;
  private bindings: readonly APIBinding[] = [];
  private readonly resources = new Map<string, EnablementResource | null>();
  private readonly toolErrors = new Map<string, GatewayError | null>();
  private failure: GatewayError | null = null;
  private loading = true;
  private connection: ConnectionState = 'live';
  private disposed = false;
  private accessCheck: 'pending' | 'sent' | 'off';
  private readonly accessSignal = signal<DryRunOutcome | null>(null);

  constructor(
    private readonly tools: readonly ToolDefinition[],
    private readonly gateway: GatewayClient,
    options: OverviewModelOptions = {},
  ) {
    this.accessCheck = options.checkAccess === false ? 'off' : 'pending';
    const byAlias = new Map(tools.map((tool) => [overviewToolAlias(tool), tool]));
    this.watch = new WorkspaceWatch({
      gateway,
      scheduler: options.scheduler ?? systemScheduler,
      reconnect: options.reconnect,
      ...overviewStateRequest(tools),
      lists: tools.map((tool) => ({ alias: overviewToolAlias(tool), subscription: toolDocuments(tool).listSubscription })),
      listener: {
        snapshot: (blocks) => this.snapshot(blocks, byAlias),
        loadFailed: (error) => this.apply(() => ((this.loading = false), (this.failure = error))),
        changed: (alias, items) => this.apply(() => this.changed(alias, items, byAlias)),
        connection: (state) => this.apply(() => (this.connection = state)),
        streamFailed: (alias, error) =>
          this.apply(() => (byAlias.has(alias) ? this.toolErrors.set(byAlias.get(alias)!.id, error) : (this.failure = error))),
      },
    });
    this.render();
  }

  get state(): Signal<OverviewModelState> {
    return this.stateSignal.asReadonly();
  }

  /**
   * The answer of the page's one dry run (docs/onboarding-ui.md §11), sent once after the first complete state: the
   * APIBinding create of the first tool not activated, else the next action of the first tool that has one
   * (`nextActionDryRun`). Null until answered. `forbidden`: the workspace is read-only for the user.
   */
  get access(): Signal<DryRunOutcome | null> {
    return this.accessSignal.asReadonly();
  }

  /** Reads the overview state and opens the streams. */
  start(): void {
    this.watch.load();
  }

  /** Reads everything again after a failure. */
  retry(): void {
    if (!this.disposed) {
      this.failure = null;
      this.watch.load();
    }
  }

  /** Closes the failure message without acting. */
  dismissError(): void {
    this.apply(() => (this.failure = null));
  }

  dispose(): void {
    this.disposed = true;
    this.watch.dispose();
  }

  private snapshot(blocks: ReadonlyMap<string, BlockResult<ListedObject>>, byAlias: ReadonlyMap<string, ToolDefinition>): void {
    const controlPlanes = blocks.get(CONTROL_PLANE_BLOCK)!;
    const bindings = blocks.get(BINDINGS_BLOCK)!;
    this.loading = false;
    this.controlPlane = controlPlanes.list ? pickControlPlane(controlPlanes.list.items as ManagedControlPlane[]) : null;
    this.bindings = (bindings.list?.items as APIBinding[] | undefined) ?? [];
    this.failure = controlPlanes.error ?? bindings.error;
    for (const [alias, tool] of byAlias) {
      const block = blocks.get(alias)!;
      this.resources.set(tool.id, block.list ? pickResource(block.list.items as EnablementResource[]) : null);
      this.toolErrors.set(tool.id, block.error);
    }
    if (!this.failure) {
      this.watch.open();
    }
    this.render();
    if (!this.failure && this.accessCheck === 'pending') {
      this.accessCheck = 'sent';
      this.sendAccessCheck();
    }
  }

  /** After the first state is rendered and its streams opened: at most one dry run for the whole page. */
  private sendAccessCheck(): void {
    const cards = this.stateSignal().cards;
    const notActivated = cards.find((card) => card.step === 'not-activated' || card.step === 'control-plane-not-ready');
    const request = (notActivated ? [notActivated] : cards).map(nextActionDryRun).find((candidate) => candidate !== null);
    if (!request) return;
    void runDryRun(this.gateway, request).then((outcome) => {
      if (!this.disposed) this.accessSignal.set(outcome);
    });
  }

  private changed(alias: string, items: readonly ListedObject[], byAlias: ReadonlyMap<string, ToolDefinition>): void {
    if (alias === CONTROL_PLANE_BLOCK) {
      this.controlPlane = pickControlPlane(items as ManagedControlPlane[]);
    } else if (alias === BINDINGS_BLOCK) {
      this.bindings = items as APIBinding[];
    } else {
      this.resources.set(byAlias.get(alias)!.id, pickResource(items as EnablementResource[]));
    }
  }

  private apply(change: () => void): void {
    if (!this.disposed) {
      change();
      this.render();
    }
  }

  private render(): void {
    if (this.disposed) {
      return;
    }
    const cards = this.tools.map<ToolCardState>((tool) => {
      const binding = pickBinding(tool, this.bindings);
      const resource = this.resources.get(tool.id) ?? null;
      return {
        tool,
        step: deriveStep({ controlPlane: this.controlPlane, binding, resource }),
        status: displayStatus(resource),
        bindingStatus: bindingDisplayStatus(binding),
        installedVersion: resource?.spec?.version ?? null,
        binding,
        resource,
        error: this.toolErrors.get(tool.id) ?? null,
      };
    });
    this.stateSignal.set({
      loading: this.loading,
      controlPlanePhase: this.controlPlane?.status?.phase || null,
      cards,
      failure: this.failure,
      connection: this.connection,
    });
  }
}
