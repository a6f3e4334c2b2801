import { signal, type Signal } from '@angular/core';
import { draftFromResource } from '../catalog/default-draft';
import type { ToolDefinition } from '../catalog/tool-definition';
import { enablementSpec, specChanges, upgradePatch } from '../config/enablement-spec';
import {
  APIBindingsSubscription,
  CreateAPIBindingMutation,
  DeleteAPIBindingMutation,
  UpdateAPIBindingClaimsMutation,
} from '../gateway/documents/api-binding-documents';
import { ManagedControlPlanesSubscription } from '../gateway/documents/control-plane-documents';
import { readMutationResult, type ListSnapshot } from '../gateway/documents/read-response';
import { ENABLEMENT_NAME, toolDocuments, type ToolDocuments } from '../gateway/documents/tool-documents';
import { classifyNetworkError } from '../gateway/error-classification';
import type { GatewayClient, GatewayRequest, GatewayResult } from '../gateway/gateway-client';
import { GatewayError } from '../gateway/gateway-error';
import { claimsToAccept, pendingClaims } from '../platform/permission-claims';
import type { APIBinding, EnablementResource, ManagedControlPlane } from '../platform/resources';
import { bindingDisplayStatus, displayStatus } from '../status/display-rule';
import { Deadline } from './deadline';
import { deriveStep } from './derive-step';
import { LiveList, type ReconnectOptions } from './live-list';
import type { OnboardingController } from './onboarding-controller';
import { assertDraftOffered, bindTimeoutFailure, deleteTimeoutFailure, writeFailure } from './onboarding-failures';
import type { ConfigureDraft, OnboardingAction, OnboardingConflict, OnboardingFailure, OnboardingState, OnboardingStep } from './onboarding-state';
import { systemScheduler, type Scheduler } from './scheduler';
import { pickBinding, pickControlPlane, pickResource, readBlock } from './tool-snapshot';

/** Options of {@link OnboardingMachine}; every duration in milliseconds. */
export interface OnboardingMachineOptions {
  /** How long to wait for the APIBinding to become `Bound` (platform-contract §1.5: "e.g. 2 min"); default 120000. */
  readonly bindTimeoutMs?: number;
  /** How long to wait for binding and enablement resource to be gone after deactivate; default 300000. */
  readonly deleteTimeoutMs?: number;
  /** Attempts to accept claims or apply an upgrade when the object changed meanwhile (conflict, §3.3 "max. 3"); default 3. */
  readonly claimConflictAttempts?: number;
  /** Back-off of dropped streams. */
  readonly reconnect?: ReconnectOptions;
  /** Clock and timers; default the system's. */
  readonly scheduler?: Scheduler;
}

/** Where the page is regarding the initial read. */
type LoadPhase = 'loading' | 'load-failed' | 'loaded';

/**
 * The onboarding flow of one tool (issue #3 §6, platform-contract §1.5) as one generic state machine driven by the
 * tool's catalog entry. It reads control plane, APIBinding and enablement resource in one `ToolState` request, then
 * keeps them live with at most two SSE streams (APIBindings list + the tool's list; only the MCP list while the
 * control plane is not Ready), and derives the step from what the platform holds, so the page can open in any
 * state. Commands are no-ops while `busy` or when the step does not allow them. A failure keeps the step and the
 * draft and sets `failure`; `retry()` repeats the action. Writes never create twice: "already exists" is adopted.
 */
export class OnboardingMachine implements OnboardingController {
  private readonly documents: ToolDocuments;
  private readonly claimConflictAttempts: number;
  /** Waits for `Bound` while activating (platform-contract §1.5). */
  private readonly bindDeadline: Deadline;
  /** Waits for binding and enablement resource to be gone after deactivate. */
  private readonly deleteDeadline: Deadline;
  private readonly stateSignal: ReturnType<typeof signal<OnboardingState>>;

  private controlPlane: ManagedControlPlane | null = null;
  private binding: APIBinding | null = null;
  private resource: EnablementResource | null = null;
  private loadPhase: LoadPhase = 'loading';
  private busy = false;
  private upgrading = false;
  private draft: ConfigureDraft | null = null;
  private failure: OnboardingFailure | null = null;
  private conflict: OnboardingConflict | null = null;
  /** The user chose their own binding over someone else's: create it once the old one is gone. */
  private recreateBinding = false;
  private activationPending = false;
  private deactivationRequested = false;
  private awaitingReady = false;
  private navigationChange: 'ready' | 'removed' | null = null;
  /** The bind deadline passed in this activation: not re-armed until the user activates again or the step changes. */
  private bindTimedOut = false;
  private disposed = false;
  private started = false;

  private readonly controlPlaneList: LiveList<ManagedControlPlane>;
  private readonly bindingList: LiveList<APIBinding>;
  private readonly resourceList: LiveList<EnablementResource>;

  constructor(
    private readonly tool: ToolDefinition,
    private readonly gateway: GatewayClient,
    options: OnboardingMachineOptions = {},
  ) {
    this.documents = toolDocuments(tool);
    const scheduler = options.scheduler ?? systemScheduler;
    this.bindDeadline = new Deadline(scheduler, options.bindTimeoutMs ?? 120_000, () => this.bindTimeout());
    this.deleteDeadline = new Deadline(scheduler, options.deleteTimeoutMs ?? 300_000, () => this.deleteTimeout());
    this.claimConflictAttempts = Math.max(1, options.claimConflictAttempts ?? 3);
    const live = {
      gateway,
      scheduler,
      reconnect: options.reconnect,
      onFailure: (error: GatewayError) => this.streamFailed(error),
      onConnection: () => this.render(),
    };
    this.controlPlaneList = new LiveList<ManagedControlPlane>({
      ...live,
      document: ManagedControlPlanesSubscription,
      onChange: (items) => this.controlPlaneChanged(pickControlPlane(items)),
    });
    this.bindingList = new LiveList<APIBinding>({
      ...live,
      document: APIBindingsSubscription,
      onChange: (items) => this.observe(() => (this.binding = pickBinding(tool, items))),
    });
    this.resourceList = new LiveList<EnablementResource>({
      ...live,
      document: this.documents.listSubscription,
      onChange: (items) => this.observe(() => (this.resource = pickResource(items))),
    });
    this.stateSignal = signal(this.snapshot(this.step()));
  }

  /** Current state (see {@link OnboardingController.state}). */
  get state(): Signal<OnboardingState> {
    return this.stateSignal.asReadonly();
  }

  start(): void {
    if (this.disposed || this.started) {
      return;
    }
    this.started = true;
    void this.load(false);
  }

  activate(): void {
    const step = this.step();
    if (!this.canAct() || !(step === 'not-activated' || (step === 'activating' && this.failure?.action === 'activate'))) {
      return;
    }
    void this.write('activate', async () => {
      this.activationPending = true;
      this.bindTimedOut = false;
      this.bindDeadline.clear();
      this.render();
      try {
        const request = { document: CreateAPIBindingMutation, variables: { name: this.tool.exportName } };
        const outcome = await this.createOrAdopt<APIBinding>(request, this.tool.exportName);
        this.binding = outcome.created ?? this.binding;
        this.conflict = outcome.existed ? this.bindingConflict() : null;
      } catch (error) {
        this.activationPending = false;
        throw error;
      }
      // Created but not seen yet (no result selected): stay activating until the binding stream shows it.
      this.activationPending = this.binding === null;
    });
  }

  acceptClaims(): void {
    if (!this.canAct() || this.step() !== 'permission-claims') {
      return;
    }
    void this.write('accept-claims', () =>
      this.retryingConflicts(async () => {
        const binding = this.binding;
        if (!binding || pendingClaims(binding).length === 0) {
          return true;
        }
        const result = await this.gateway.mutate<unknown>({
          document: UpdateAPIBindingClaimsMutation,
          variables: {
            name: this.tool.exportName,
            resourceVersion: binding.metadata?.resourceVersion ?? '',
            claims: claimsToAccept(binding),
          },
        });
        if (result.errors[0]) {
          throw result.errors[0];
        }
        this.binding = readMutationResult<APIBinding>(result.data) ?? this.binding;
        return true;
      }),
    );
  }

  configure(draft: ConfigureDraft): void {
    if (!this.canAct() || this.step() !== 'configure') {
      return;
    }
    this.draft = draft;
    void this.write('configure', async () => {
      assertDraftOffered(this.tool, draft);
      const mine = enablementSpec(this.tool, draft);
      const outcome = await this.createOrAdopt<EnablementResource>({ document: this.documents.create, variables: { name: ENABLEMENT_NAME, ...mine } }, ENABLEMENT_NAME);
      this.resource = outcome.created ?? this.resource;
      const theirs = this.resource?.spec ?? {};
      // Never adopt silently: someone else's different configuration is shown next to the user's (§1.5).
      this.conflict = outcome.existed && this.resource && Object.keys(specChanges(this.tool, draft, theirs)).length > 0 ? { subject: 'resource', theirs, mine } : null;
      this.awaitingReady = this.conflict === null;
    });
  }

  keepTheirs(): void {
    if (!this.conflict || this.busy || this.disposed) {
      return;
    }
    this.conflict = null;
    // Theirs is adopted: the navigation changes once it is Ready, as after the user's own configure.
    this.awaitingReady = this.resource !== null;
    this.render();
  }

  applyMine(): void {
    const conflict = this.conflict;
    if (!conflict || !this.canAct()) {
      return;
    }
    if (conflict.subject === 'binding') {
      void this.write('activate', async () => {
        // The reference of a binding is immutable (§3.4): replace theirs, create ours once it is gone.
        await this.deleteIgnoringAbsent({ document: DeleteAPIBindingMutation, variables: { name: this.tool.exportName } });
        this.conflict = null;
        this.recreateBinding = true;
        this.activationPending = true;
      });
      return;
    }
    const draft = this.draft;
    if (draft) {
      void this.write('configure', async () => {
        await this.applyDraft(draft);
        this.conflict = null;
      });
    }
  }

  startUpgrade(): void {
    if (!this.canAct() || !this.upgradable()) {
      return;
    }
    this.upgrading = true;
    this.failure = null;
    this.draft = draftFromResource(this.tool, this.resource);
    this.render();
  }

  cancelUpgrade(): void {
    if (this.busy || !this.upgrading) {
      return;
    }
    this.upgrading = false;
    this.failure = null;
    this.render();
  }

  upgrade(draft: ConfigureDraft): void {
    if (!this.canAct() || !this.upgradable() || !this.resource) {
      return;
    }
    this.draft = draft;
    void this.write('upgrade', async () => {
      await this.applyDraft(draft);
      this.upgrading = false;
    });
  }

  /**
   * Sends the draft as a merge patch against the stored resource with its resourceVersion; on a conflict re-reads
   * and applies the user's change to the fresh object again, at most `claimConflictAttempts` times (§4.3).
   */
  private async applyDraft(draft: ConfigureDraft): Promise<void> {
    assertDraftOffered(this.tool, draft);
    await this.retryingConflicts(async () => {
      const resource = this.resource;
      if (!resource) {
        throw new GatewayError('not-found', `${this.tool.resource.kind} ${ENABLEMENT_NAME} no longer exists`);
      }
      const patch = upgradePatch(this.tool, draft, resource);
      if (Object.keys(patch.spec).length > 0) {
        const result = await this.gateway.mutate<unknown>({
          document: this.documents.update,
          variables: { name: ENABLEMENT_NAME, resourceVersion: patch.metadata.resourceVersion, ...patch.spec },
        });
        if (result.errors[0]) {
          throw result.errors[0];
        }
        this.resource = readMutationResult<EnablementResource>(result.data) ?? this.resource;
        this.awaitingReady = true;
      }
      return true;
    });
  }

  /** Runs `attempt`; a conflict re-reads the workspace and runs it again, at most `claimConflictAttempts` times. */
  private async retryingConflicts(attempt: () => Promise<boolean>): Promise<void> {
    for (let count = 1; ; count++) {
      try {
        await attempt();
        return;
      } catch (error) {
        if (!(error instanceof GatewayError) || error.kind !== 'conflict' || count >= this.claimConflictAttempts) {
          throw error;
        }
      }
      // The object changed meanwhile: re-read it and apply the user's change again (§3.3).
      await this.load(true);
    }
  }

  deactivate(): void {
    if (!this.canAct() || (!this.binding && !this.resource) || this.deactivationRequested) {
      return;
    }
    void this.write('deactivate', async () => {
      this.deactivationRequested = true;
      this.upgrading = false;
      this.render();
      try {
        // The binding goes first; the resource's finalizers wait until no binding references the export (§1.4).
        await this.deleteIgnoringAbsent({ document: DeleteAPIBindingMutation, variables: { name: this.tool.exportName } });
        await this.deleteIgnoringAbsent({ document: this.documents.delete, variables: { name: ENABLEMENT_NAME } });
      } catch (error) {
        this.deactivationRequested = false;
        throw error;
      }
      // The streams may already have shown both gone (observe() settled it); only a pending removal needs a deadline.
      this.deleteDeadline.clear();
      if (this.deactivationRequested) {
        this.deleteDeadline.arm();
      }
    });
  }

  retry(): void {
    const failure = this.failure;
    if (!failure && this.loadPhase === 'load-failed' && !this.disposed) {
      // The load failure was dismissed: Retry stays on the page and reads again.
      void this.load(false);
      return;
    }
    if (!failure || this.busy || this.disposed) {
      return;
    }
    if (this.conflict && (failure.action === 'activate' || failure.action === 'configure')) {
      // Applying the user's side of a conflict failed: Retry applies it again.
      return this.applyMine();
    }
    switch (failure.action) {
      case 'load':
        this.failure = null;
        if (this.loadPhase === 'loaded') {
          this.reload();
        } else {
          void this.load(false);
        }
        return;
      case 'activate':
        return this.activate();
      case 'accept-claims':
        return this.acceptClaims();
      case 'configure':
        return this.draft ? this.configure(this.draft) : undefined;
      case 'upgrade':
        return this.draft ? this.upgrade(this.draft) : undefined;
      case 'deactivate':
        return this.deactivate();
    }
  }

  dismissError(): void {
    if (this.failure) {
      this.failure = null;
      this.render();
    }
  }

  dispose(): void {
    this.disposed = true;
    this.stopStreams();
    this.bindDeadline.clear();
    this.deleteDeadline.clear();
  }

  // ---- reading and streams ----

  /** Reads ToolState; `silent` keeps the current step visible (re-read after adopt, conflict, MCP Ready). */
  private async load(silent: boolean): Promise<void> {
    if (!silent) {
      this.loadPhase = 'loading';
      this.render();
    }
    let result: GatewayResult<unknown>;
    try {
      result = await this.gateway.query<unknown>({ document: this.documents.toolState });
    } catch (error) {
      if (silent) {
        throw classifyNetworkError(error);
      }
      return this.loadFailed(classifyNetworkError(error));
    }
    if (this.disposed) {
      return;
    }
    const controlPlane = readBlock<ManagedControlPlane>(result, 'mcp');
    const bindings = readBlock<APIBinding>(result, 'bindings');
    const resources = readBlock<EnablementResource>(result, 'tool');
    this.controlPlane = controlPlane.list ? pickControlPlane(controlPlane.list.items) : this.controlPlane;
    this.binding = bindings.list ? pickBinding(this.tool, bindings.list.items) : this.binding;
    this.resource = resources.list ? pickResource(resources.list.items) : this.resource;
    const error = controlPlane.error ?? bindings.error ?? resources.error;
    if (error) {
      if (silent) {
        throw error;
      }
      return this.loadFailed(error);
    }
    this.loadPhase = 'loaded';
    this.openStreams(controlPlane.list!, bindings.list!, resources.list!);
    this.render();
  }

  /** Silent re-read outside a write; a failure is shown as a load failure with retry. */
  private reload(): void {
    void this.load(true).catch((error: unknown) => this.streamFailed(classifyNetworkError(error)));
  }

  private loadFailed(error: GatewayError): void {
    this.loadPhase = 'load-failed';
    // On first load every kind offers Retry: access may have just been granted, the workspace may just exist.
    this.failure = { action: 'load', error, retryable: true };
    this.render();
  }

  private openStreams(
    controlPlanes: ListSnapshot<ManagedControlPlane>,
    bindings: ListSnapshot<APIBinding>,
    resources: ListSnapshot<EnablementResource>,
  ): void {
    this.stopStreams();
    if (this.step() === 'control-plane-not-ready') {
      this.controlPlaneList.start(controlPlanes);
    } else {
      this.bindingList.start(bindings);
      this.resourceList.start(resources);
    }
  }

  private stopStreams(): void {
    this.controlPlaneList.stop();
    this.bindingList.stop();
    this.resourceList.stop();
  }

  private controlPlaneChanged(controlPlane: ManagedControlPlane | null): void {
    this.controlPlane = controlPlane;
    // Events arrive only while the MCP stream is open (control plane not Ready, openStreams).
    if (controlPlane?.status?.phase === 'Ready') {
      // Ready: the MCP stream is no longer needed; re-read and switch to the binding + tool streams.
      this.controlPlaneList.stop();
      this.reload();
    }
    this.render();
  }

  private streamFailed(error: GatewayError): void {
    if (this.disposed) {
      return;
    }
    this.failure = { action: 'load', error, retryable: true };
    this.render();
  }

  /** Applies a live change and settles what it completes (Bound, deleted, Ready). */
  private observe(apply: () => void): void {
    if (this.disposed) {
      return;
    }
    apply();
    if (this.binding) {
      this.activationPending = this.recreateBinding;
    } else if (this.recreateBinding) {
      this.recreateBinding = false;
      this.activationPending = false;
      this.activate();
    }
    if (this.deactivationRequested && !this.binding && !this.resource) {
      this.deactivationRequested = false;
      this.deleteDeadline.clear();
      this.navigationChange = 'removed';
      if (this.failure?.action === 'deactivate') {
        this.failure = null;
      }
    }
    this.render();
  }

  // ---- writes ----

  private canAct(): boolean {
    return !this.disposed && !this.busy && this.loadPhase === 'loaded';
  }

  private upgradable(step = this.step()): boolean {
    return step === 'ready' || step === 'installing';
  }

  /** Runs a write with `busy` set; a failure keeps step and draft and records `failure` for `retry()`. */
  private async write(action: OnboardingAction, run: () => Promise<void>): Promise<void> {
    this.busy = true;
    this.failure = null;
    this.navigationChange = null;
    this.render();
    try {
      await run();
    } catch (error) {
      this.failure = writeFailure(action, error);
    } finally {
      this.busy = false;
      if (!this.disposed) {
        this.render();
      }
    }
  }

  /**
   * Sends a create (docs/platform.md §1.5): resolves the created object named `name`, or `created: null` after
   * re-reading what the workspace holds; `existed` when the answer was "already exists" (the caller compares).
   */
  private async createOrAdopt<T extends { readonly metadata?: { readonly name?: string | null } | null }>(
    request: GatewayRequest,
    name: string,
  ): Promise<{ readonly created: T | null; readonly existed: boolean }> {
    const result = await this.gateway.mutate<unknown>(request);
    const error = result.errors[0];
    if (error && error.kind !== 'already-exists') {
      throw error;
    }
    const created = readMutationResult<T>(result.data);
    if (!error && created?.metadata?.name === name) {
      return { created, existed: false };
    }
    await this.load(true);
    return { created: null, existed: error !== undefined };
  }

  /** The conflict when the binding found references another export than the one this page binds, else null. */
  private bindingConflict(): OnboardingConflict | null {
    const reference = this.binding?.spec?.reference?.export;
    const theirs = { name: reference?.name ?? '', path: reference?.path || null };
    const mine = { name: this.tool.exportName, path: null };
    return this.binding && (theirs.name !== mine.name || theirs.path !== null) ? { subject: 'binding', theirs, mine } : null;
  }

  private async deleteIgnoringAbsent(request: GatewayRequest): Promise<void> {
    const result = await this.gateway.mutate<unknown>(request);
    const error = result.errors[0];
    if (error && error.kind !== 'not-found') {
      throw error;
    }
  }

  // ---- deadlines ----

  private bindTimeout(): void {
    if (this.disposed || this.step() !== 'activating') {
      return;
    }
    this.bindTimedOut = true;
    this.activationPending = false;
    this.failure = bindTimeoutFailure(this.tool, this.binding, this.bindDeadline.ms);
    this.render();
  }

  private deleteTimeout(): void {
    if (this.disposed || !this.deactivationRequested) {
      return;
    }
    this.deactivationRequested = false;
    this.failure = deleteTimeoutFailure(this.tool, this.binding, this.resource, this.deleteDeadline.ms);
    this.render();
  }

  // ---- state ----

  private step(): OnboardingStep {
    if (this.loadPhase !== 'loaded') {
      return this.loadPhase;
    }
    return deriveStep({
      controlPlane: this.controlPlane,
      binding: this.binding,
      resource: this.resource,
      activationPending: this.activationPending,
      deactivationRequested: this.deactivationRequested,
    });
  }

  private render(): void {
    if (this.disposed) {
      return;
    }
    const step = this.step();
    if (step === 'activating') {
      if (!this.bindTimedOut) {
        this.bindDeadline.arm();
      }
    } else {
      this.bindDeadline.clear();
      this.bindTimedOut = step === 'not-activated' ? false : this.bindTimedOut;
    }
    if (this.failure && !this.busy && this.landed(this.failure, step)) {
      this.failure = null;
    }
    if (this.awaitingReady && step === 'ready') {
      this.awaitingReady = false;
      this.navigationChange = 'ready';
    }
    if (this.upgrading && !this.upgradable(step)) {
      this.upgrading = false;
    }
    this.stateSignal.set(this.snapshot(step));
  }

  /**
   * Whether the platform shows that the failed action's goal was reached meanwhile (a write that landed despite a
   * 504, someone else's change, a deadline that no longer applies), so its message would be stale.
   */
  private landed(failure: OnboardingFailure, step: OnboardingStep): boolean {
    switch (failure.action) {
      case 'activate':
        return failure.error.kind === 'deadline' ? step !== 'activating' : this.binding !== null && this.conflict === null;
      case 'accept-claims':
        return this.binding !== null && pendingClaims(this.binding).length === 0;
      case 'configure':
        return this.resource !== null && this.conflict === null && failure.error.kind !== 'invalid';
      case 'upgrade':
        return this.resource !== null && this.draft !== null && Object.keys(specChanges(this.tool, this.draft, this.resource.spec ?? {})).length === 0;
      default:
        return false;
    }
  }

  /** `step` is {@link step}() of the current fields (render() computes it once). */
  private snapshot(step: OnboardingStep): OnboardingState {
    return {
      tool: this.tool,
      step,
      controlPlanePhase: this.controlPlane?.status?.phase || null,
      binding: this.binding,
      resource: this.resource,
      status: displayStatus(this.resource),
      bindingStatus: bindingDisplayStatus(this.binding),
      pendingClaims: pendingClaims(this.binding),
      boundResources: this.binding?.status?.boundResources ?? [],
      busy: this.busy,
      upgrading: this.upgrading,
      draft: this.draft,
      failure: this.failure,
      navigationChange: this.navigationChange,
      connection: [this.controlPlaneList, this.bindingList, this.resourceList].some((list) => list.active && list.connectionState === 'reconnecting')
        ? 'reconnecting'
        : 'live',
      conflict: this.conflict,
    };
  }
}
