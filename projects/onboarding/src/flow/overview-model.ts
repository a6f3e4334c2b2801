import { signal, type Signal } from '@angular/core';
import type { DocumentNode } from 'graphql';
import type { ToolDefinition } from '../catalog/tool-definition';
import { APIBindingsSubscription } from '../gateway/documents/api-binding-documents';
import { ManagedControlPlanesSubscription } from '../gateway/documents/control-plane-documents';
import { overviewStateDocument, overviewToolAlias } from '../gateway/documents/overview-state-document';
import { toolDocuments } from '../gateway/documents/tool-documents';
import { classifyNetworkError } from '../gateway/error-classification';
import type { GatewayClient, GatewayResult } from '../gateway/gateway-client';
import type { GatewayError } from '../gateway/gateway-error';
import type { APIBinding, EnablementResource, ManagedControlPlane } from '../platform/resources';
import type { DisplayStatus } from '../status/display-status';
import { bindingDisplayStatus, displayStatus } from '../status/display-rule';
import { deriveStep } from './derive-step';
import { LiveList, type ConnectionState, type ReconnectOptions } from './live-list';
import type { OnboardingStep } from './onboarding-state';
import { systemScheduler, type Scheduler } from './scheduler';
import { pickBinding, pickControlPlane, pickResource, readBlock } from './tool-snapshot';

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
}

/**
 * The all-tools overview (issue #3 §8): one `OverviewState` request for the control plane, the APIBindings and every
 * catalog tool's list, then list subscriptions: the APIBindings list plus one list stream per tool, and the MCP
 * stream only while the control plane is not Ready (then the others wait, as nothing can be activated). Streams
 * resume from their last resourceVersion and apply events by uid; `dispose()` closes everything.
 */
export class OverviewModel {
  private readonly stateSignal = signal<OverviewModelState>({ loading: true, controlPlanePhase: null, cards: [], failure: null, connection: 'live' });
  /** OverviewState of the tools, built once: retries and the re-read on MCP Ready reuse it. */
  private readonly stateDocument: DocumentNode;
  private controlPlane: ManagedControlPlane | null = null;
  private bindings: readonly APIBinding[] = [];
  private readonly resources = new Map<string, EnablementResource | null>();
  private readonly toolErrors = new Map<string, GatewayError | null>();
  private failure: GatewayError | null = null;
  private loading = true;
  private disposed = false;
  private readonly controlPlaneList: LiveList<ManagedControlPlane>;
  private readonly bindingList: LiveList<APIBinding>;
  private readonly toolLists: ReadonlyMap<string, LiveList<EnablementResource>>;

  constructor(
    private readonly tools: readonly ToolDefinition[],
    private readonly gateway: GatewayClient,
    options: OverviewModelOptions = {},
  ) {
    this.stateDocument = overviewStateDocument(tools);
    const live = {
      gateway,
      scheduler: options.scheduler ?? systemScheduler,
      reconnect: options.reconnect,
      onFailure: (error: GatewayError) => this.fail(error),
      onConnection: () => this.render(),
    };
    this.controlPlaneList = new LiveList<ManagedControlPlane>({
      ...live,
      document: ManagedControlPlanesSubscription,
      onChange: (items) => this.controlPlaneChanged(pickControlPlane(items)),
    });
    this.bindingList = new LiveList<APIBinding>({ ...live, document: APIBindingsSubscription, onChange: (items) => this.apply(() => (this.bindings = items)) });
    this.toolLists = new Map(
      tools.map((tool) => [
        tool.id,
        new LiveList<EnablementResource>({
          ...live,
          document: toolDocuments(tool).listSubscription,
          onChange: (items) => this.apply(() => this.resources.set(tool.id, pickResource(items))),
          onFailure: (error) => this.apply(() => this.toolErrors.set(tool.id, error)),
        }),
      ]),
    );
    this.render();
  }

  get state(): Signal<OverviewModelState> {
    return this.stateSignal.asReadonly();
  }

  /** Reads the overview state and opens the streams. */
  start(): void {
    void this.load();
  }

  /** Reads everything again after a failure. */
  retry(): void {
    if (!this.disposed) {
      this.failure = null;
      void this.load();
    }
  }

  /** Closes the failure message without acting. */
  dismissError(): void {
    if (this.failure) {
      this.failure = null;
      this.render();
    }
  }

  dispose(): void {
    this.disposed = true;
    this.stopStreams();
  }

  private async load(): Promise<void> {
    let result: GatewayResult<unknown>;
    try {
      result = await this.gateway.query<unknown>({ document: this.stateDocument });
    } catch (error) {
      return this.fail(classifyNetworkError(error));
    }
    if (this.disposed) {
      return;
    }
    this.loading = false;
    const controlPlanes = readBlock<ManagedControlPlane>(result, 'mcp');
    const bindings = readBlock<APIBinding>(result, 'bindings');
    this.controlPlane = controlPlanes.list ? pickControlPlane(controlPlanes.list.items) : null;
    this.bindings = bindings.list?.items ?? [];
    this.failure = controlPlanes.error ?? bindings.error;
    this.stopStreams();
    const toolBlocks = this.tools.map((tool) => ({ tool, block: readBlock<EnablementResource>(result, overviewToolAlias(tool)) }));
    for (const { tool, block } of toolBlocks) {
      this.resources.set(tool.id, block.list ? pickResource(block.list.items) : null);
      this.toolErrors.set(tool.id, block.error);
    }
    if (!this.failure && controlPlanes.list && bindings.list) {
      if (this.controlPlane?.status?.phase !== 'Ready') {
        this.controlPlaneList.start(controlPlanes.list);
      } else {
        this.bindingList.start(bindings.list);
        for (const { tool, block } of toolBlocks) {
          if (block.list) {
            this.toolLists.get(tool.id)?.start(block.list);
          }
        }
      }
    }
    this.render();
  }

  private controlPlaneChanged(controlPlane: ManagedControlPlane | null): void {
    this.controlPlane = controlPlane;
    if (controlPlane?.status?.phase === 'Ready') {
      this.controlPlaneList.stop();
      void this.load();
    }
    this.render();
  }

  private apply(change: () => void): void {
    if (!this.disposed) {
      change();
      this.render();
    }
  }

  private fail(error: GatewayError): void {
    if (!this.disposed) {
      this.loading = false;
      this.failure = error;
      this.render();
    }
  }

  private stopStreams(): void {
    this.controlPlaneList.stop();
    this.bindingList.stop();
    this.toolLists.forEach((list) => list.stop());
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
      connection: [this.controlPlaneList, this.bindingList, ...this.toolLists.values()].some((list) => list.active && list.connectionState === 'reconnecting')
        ? 'reconnecting'
        : 'live',
    });
  }
}
