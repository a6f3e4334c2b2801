import { signal, type Signal } from '@angular/core';
import type { ToolDefinition } from '../catalog/tool-definition';
import { createDryRun, nextActionDryRun, runDryRun, updateDryRun } from '../checks/action-check';
import type { DryRunOutcome } from '../checks/dry-run-outcome';
import { readMutationResult } from '../gateway/documents/read-response';
import { toolDocuments } from '../gateway/documents/tool-documents';
import { classifyNetworkError } from '../gateway/error-classification';
import { operationName } from '../gateway/documents/instantiate-template';
import type { GatewayClient, GatewayRequest } from '../gateway/gateway-client';
import type { APIBinding, EnablementResource, ManagedControlPlane } from '../platform/resources';
import { reduce } from './chart/chart';
import type { DeadlineName, Effect, FlowEvent, FlowState, Platform } from './chart/flow-state';
import { project } from './chart/projection';
import { initialState } from './chart/settle';
import type { ReconnectOptions } from './live-list';
import type { OnboardingController } from './onboarding-controller';
import type { ConfigureDraft, OnboardingState } from './onboarding-state';
import { systemScheduler, type Scheduler, type TimerHandle } from './scheduler';
import { pickBinding, pickControlPlane, pickResource, type BlockResult } from './tool-snapshot';
import { toolPages, ToolPagesWatch, type ListedContentConfiguration } from './tool-pages';
import { toolStateRequest } from './state-requests';
import { PAGES_BLOCK } from '../gateway/documents/content-configuration-documents';
import { BINDINGS_BLOCK, CONTROL_PLANE_BLOCK, WorkspaceWatch } from './workspace-watch';

/** Options of {@link OnboardingMachine}; every duration in milliseconds. */
export interface OnboardingMachineOptions {
  /** How long to wait for the APIBinding to become `Bound` (docs/platform.md §1.5: "e.g. 2 min"); default 120000. */
  readonly bindTimeoutMs?: number;
  /** How long to wait for binding and enablement resource to be gone after deactivate; default 300000. */
  readonly deleteTimeoutMs?: number;
  /** How long to wait for the tool's ContentConfigurations to appear / go before offering Refresh anyway; default 60000. */
  readonly pagesTimeoutMs?: number;
  /** Attempts to accept claims or apply an upgrade when the object changed meanwhile (docs/platform.md §3.3 "max. 3"); default 3. */
  readonly claimConflictAttempts?: number;
  /** Back-off of dropped streams. */
  readonly reconnect?: ReconnectOptions;
  /** Clock and timers; default the system's. */
  readonly scheduler?: Scheduler;
  /**
   * After the first complete state, one dry run of the page's next action (`access`; docs/onboarding-ui.md §11);
   * default true.
   */
  readonly checkAccess?: boolean;
}

/** The configure / Change version form's server-side check: the dry run of a draft, debounced on `scheduler`. */
export interface DraftCheck {
  readonly scheduler: Scheduler;
  /** The dry run of what submitting `draft` would send now (create, or the update while upgrading); never rejects. */
  check(draft: ConfigureDraft): Promise<DryRunOutcome>;
}

/** Alias of the tool's block in ToolState. */
const TOOL_BLOCK = 'tool';

/**
 * The onboarding flow of one tool (docs/platform.md §1.5): the effect runner around the pure chart
 * (`chart/chart.ts`, documented in the library's README). Commands and I/O results become events; the reducer
 * answers with the next state value and the effects to run: the workspace snapshot and streams (a
 * {@link WorkspaceWatch}: one ToolState request, at most two streams), while waiting for the portal's pages the
 * tool's ContentConfigurations (one request, one extra stream), single mutations, and the bind, delete and pages
 * deadlines on the injected scheduler. The page's state is the projection of the state value.
 */
export class OnboardingMachine implements OnboardingController {
  private current: FlowState;
  private readonly stateSignal: ReturnType<typeof signal<OnboardingState>>;
  private readonly watch: WorkspaceWatch;
  /** The tool's ContentConfigurations, only while waiting for the portal's pages (the one extra stream). */
  private readonly pagesWatch: ToolPagesWatch;
  private readonly scheduler: Scheduler;
  private readonly timers = new Map<DeadlineName, TimerHandle>();
  /** The element was removed: the runner stops feeding events (lifecycle of the runner, not of the flow). */
  private disposed = false;
  /** The next action's dry run: pending until the first complete state, then sent once (`access`). */
  private accessCheck: 'pending' | 'sent' | 'off';
  private readonly accessSignal = signal<DryRunOutcome | null>(null);
  /** The access dry run as sent: the form's first check of the same draft reuses its answer (no second request). */
  private accessRun: { readonly key: string; readonly outcome: Promise<DryRunOutcome> } | null = null;
  /** The form's server-side check (item of the configure and Change version forms). */
  readonly draftCheck: DraftCheck;

  constructor(
    private readonly tool: ToolDefinition,
    private readonly gateway: GatewayClient,
    options: OnboardingMachineOptions = {},
  ) {
    const documents = toolDocuments(tool);
    this.scheduler = options.scheduler ?? systemScheduler;
    this.accessCheck = options.checkAccess === false ? 'off' : 'pending';
    this.draftCheck = { scheduler: this.scheduler, check: (draft) => this.checkDraft(draft) };
    this.current = initialState({
      tool,
      documents,
      bindTimeoutMs: options.bindTimeoutMs ?? 120_000,
      deleteTimeoutMs: options.deleteTimeoutMs ?? 300_000,
      pagesTimeoutMs: options.pagesTimeoutMs ?? 60_000,
      conflictAttempts: Math.max(1, options.claimConflictAttempts ?? 3),
    });
    this.stateSignal = signal(project(this.current));
    this.watch = new WorkspaceWatch({
      gateway,
      scheduler: this.scheduler,
      reconnect: options.reconnect,
      ...toolStateRequest(tool),
      unwatchedBlocks: [PAGES_BLOCK],
      lists: [{ alias: TOOL_BLOCK, subscription: documents.listSubscription }],
      listener: {
        snapshot: (blocks) => {
          this.dispatch(this.snapshotEvent(blocks));
          // The pages block is a bonus: without it (e.g. no list permission on ContentConfigurations) pages stay unknown.
          const pages = blocks.get(PAGES_BLOCK)?.list;
          if (pages) this.dispatch({ type: 'pages', pages: toolPages(pages.items as ListedContentConfiguration[]) });
        },
        loadFailed: (error) => this.dispatch({ type: 'load-failed', platform: {}, error }),
        changed: (alias, items) => this.dispatch({ type: 'changed', platform: this.platformOf(alias, items) }),
        connection: (connection) => this.dispatch({ type: 'connection', connection }),
        streamFailed: (_alias, error) => this.dispatch({ type: 'stream-failed', error }),
      },
    });
    // A failed pages watch is not the user's failure: the wait's deadline offers Refresh anyway.
    this.pagesWatch = new ToolPagesWatch(
      gateway,
      tool.exportName,
      this.scheduler,
      {
        pages: (pages) => this.dispatch({ type: 'pages', pages }),
        failed: (error) =>
          console.warn(`Watching the ContentConfigurations of ${tool.exportName} failed; Refresh is offered after the wait`, error),
      },
      options.reconnect,
    );
  }

  /** Current state (see {@link OnboardingController.state}). */
  get state(): Signal<OnboardingState> {
    return this.stateSignal.asReadonly();
  }

  /**
   * The answer of the dry run of the page's next action (`nextActionDryRun`), sent once right after the first
   * complete state; null until it answered (or when the state offers no write). `forbidden`: the page is read-only.
   */
  get access(): Signal<DryRunOutcome | null> {
    return this.accessSignal.asReadonly();
  }

  start = () => this.dispatch({ type: 'start' });
  activate = () => this.dispatch({ type: 'activate' });
  acceptClaims = () => this.dispatch({ type: 'accept-claims' });
  configure = (draft: ConfigureDraft) => this.dispatch({ type: 'configure', draft });
  startUpgrade = (version?: string) => this.dispatch({ type: 'start-upgrade', ...(version === undefined ? {} : { version }) });
  cancelUpgrade = () => this.dispatch({ type: 'cancel-upgrade' });
  upgrade = (draft: ConfigureDraft) => this.dispatch({ type: 'upgrade', draft });
  rollback = () => this.dispatch({ type: 'rollback' });
  deactivate = () => this.dispatch({ type: 'deactivate' });
  retry = () => this.dispatch({ type: 'retry' });
  dismissError = () => this.dispatch({ type: 'dismiss' });
  keepTheirs = () => this.dispatch({ type: 'keep-theirs' });
  applyMine = () => this.dispatch({ type: 'apply-mine' });

  dispose(): void {
    this.disposed = true;
    this.watch.dispose();
    this.pagesWatch.stop();
    this.timers.forEach((handle) => this.scheduler.clearTimeout(handle));
    this.timers.clear();
  }

  /** Runs one transition: the new state value is projected before its effects run. */
  private dispatch(event: FlowEvent): void {
    if (this.disposed) {
      return;
    }
    const { state, effects } = reduce(this.current, event);
    this.current = state;
    this.stateSignal.set(project(state));
    effects.forEach((effect) => this.run(effect));
    if (this.accessCheck === 'pending' && (state.mode === 'idle' || state.mode === 'busy')) {
      this.accessCheck = 'sent';
      this.sendAccessCheck();
    }
  }

  /** After the first state's own effects (its streams), so the first state waits for nothing. */
  private sendAccessCheck(): void {
    const request = nextActionDryRun(this.stateSignal());
    if (!request) return;
    const outcome = runDryRun(this.gateway, request);
    this.accessRun = { key: requestKey(request), outcome };
    void outcome.then((outcome) => {
      if (!this.disposed) this.accessSignal.set(outcome);
    });
  }

  private checkDraft(draft: ConfigureDraft): Promise<DryRunOutcome> {
    const state = this.stateSignal();
    const resource = state.upgrading ? state.resource : null;
    try {
      const request = resource ? updateDryRun(this.tool, draft, resource) : createDryRun(this.tool, draft);
      return this.accessRun?.key === requestKey(request) ? this.accessRun.outcome : runDryRun(this.gateway, request);
    } catch (error: unknown) {
      // No resourceVersion to patch against: no verdict, the form stays submittable.
      return Promise.resolve({ kind: 'unknown', error: classifyNetworkError(error) });
    }
  }

  private run(effect: Effect): void {
    switch (effect.type) {
      case 'load':
        return this.watch.load();
      case 'watch':
        return this.watch.open();
      case 'mutate':
        void this.gateway.mutate<unknown>(effect.request).then(
          (result) =>
            this.dispatch(
              result.errors[0]
                ? { type: 'write-failed', error: result.errors[0] }
                : { type: 'write-done', result: readMutationResult(result.data) ?? null },
            ),
          (error: unknown) => this.dispatch({ type: 'write-failed', error: classifyNetworkError(error) }),
        );
        return;
      case 'arm':
        this.disarm(effect.deadline);
        this.timers.set(
          effect.deadline,
          this.scheduler.setTimeout(() => {
            this.timers.delete(effect.deadline);
            this.dispatch({ type: 'deadline', deadline: effect.deadline });
          }, effect.ms),
        );
        return;
      case 'disarm':
        return this.disarm(effect.deadline);
      case 'watch-pages':
        return this.pagesWatch.start();
      case 'unwatch-pages':
        return this.pagesWatch.stop();
    }
  }

  private disarm(deadline: DeadlineName): void {
    const handle = this.timers.get(deadline);
    if (handle !== undefined) {
      this.scheduler.clearTimeout(handle);
      this.timers.delete(deadline);
    }
  }

  /** `loaded` with every object, or `load-failed` with the blocks that were read and the first block error. */
  private snapshotEvent(blocks: ReadonlyMap<string, BlockResult<unknown>>): FlowEvent {
    const platform: Partial<Platform> = {};
    const order = [CONTROL_PLANE_BLOCK, BINDINGS_BLOCK, TOOL_BLOCK];
    for (const alias of order) {
      const list = blocks.get(alias)?.list;
      if (list) {
        Object.assign(platform, this.platformOf(alias, list.items));
      }
    }
    const error = order.map((alias) => blocks.get(alias)?.error).find((candidate) => candidate);
    return error ? { type: 'load-failed', platform, error } : { type: 'loaded', platform: platform as Platform };
  }

  private platformOf(alias: string, items: readonly unknown[]): Partial<Platform> {
    switch (alias) {
      case CONTROL_PLANE_BLOCK:
        return { controlPlane: pickControlPlane(items as ManagedControlPlane[]) };
      case BINDINGS_BLOCK:
        return { binding: pickBinding(this.tool, items as APIBinding[]) };
      default:
        return { resource: pickResource(items as EnablementResource[]) };
    }
  }
}

/** Identity of a request: its document and variables. */
function requestKey(request: GatewayRequest): string {
  return `${operationName(request.document)} ${JSON.stringify(request.variables ?? {})}`;
}
