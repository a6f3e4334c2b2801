import type { Signal } from '@angular/core';
import type { ConfigureDraft, OnboardingState } from './onboarding-state';

/**
 * The commands a tool page may send to its onboarding flow. Implemented by `OnboardingMachine`;
 * every command is a no-op while `state().busy` is true or when the current step does not allow it.
 */
export interface OnboardingController {
  /** Current state, updated by commands and by live watch events. */
  readonly state: Signal<OnboardingState>;
  /** Reads the control plane, binding and resource in one request, then opens the live streams. */
  start(): void;
  /** Creates the APIBinding (adopting an existing one) and waits for Bound. */
  activate(): void;
  /** Accepts every pending permission claim of the export (docs/platform.md §3.3), retrying on conflict. */
  acceptClaims(): void;
  /** Creates the enablement resource `default` from the draft. */
  configure(draft: ConfigureDraft): void;
  /**
   * Opens the Change version form of a ready (or installing) tool, prefilled with the spec in force; `version`, when
   * the catalog offers it, is preselected (e.g. "Update available: v1.20.1").
   */
  startUpgrade(version?: string): void;
  /** Closes the upgrade form without changes. */
  cancelUpgrade(): void;
  /**
   * Sends the draft as a merge patch with the resource's resourceVersion; the spec in force goes into the
   * previous-spec annotation in the same patch.
   */
  upgrade(draft: ConfigureDraft): void;
  /**
   * Ready with a previous-spec annotation: restores that spec with the current resourceVersion and removes the
   * annotation; the tool goes through installing to Ready like any change. A conflict re-reads and tries again.
   */
  rollback(): void;
  /** Deletes the APIBinding, then the enablement resource; the caller has already asked the user to confirm. */
  deactivate(): void;
  /** Resolves `state().conflict` by adopting the object someone else created. */
  keepTheirs(): void;
  /**
   * Resolves `state().conflict` with the user's choice: the draft as a merge patch with the stored
   * resourceVersion (enablement resource), or their binding replaced by this page's (the reference is immutable).
   */
  applyMine(): void;
  /** Runs the failed action again (same input); after a dismissed load failure, reads again. */
  retry(): void;
  /** Clears the failure message without acting. */
  dismissError(): void;
  /** Closes every stream and timer. */
  dispose(): void;
}
