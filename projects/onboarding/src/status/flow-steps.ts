import { previousSpec } from '../config/previous-spec';
import type { OnboardingState } from '../flow/onboarding-state';

/** The steps a tool page shows: 1 Activate (with the permission review), 2 Configure, then the outcome. */
export type FlowStepId = 'activate' | 'configure' | 'outcome';

/** Where a step stands; exactly one step is `current` while the flow shows steps. */
export type FlowStepStatus = 'done' | 'current' | 'upcoming';

/** What the outcome step says: Active, a failure, or the removal in progress. */
export type FlowOutcome = 'active' | 'failed' | 'removing';

export interface FlowStep {
  readonly id: FlowStepId;
  readonly status: FlowStepStatus;
  /** The current step failed (a failed action or an error condition, display rule docs/platform.md §2.3). */
  readonly failed: boolean;
}

/** What the platform is doing right now, for the words of a long-running step. */
export type FlowActivity =
  | { readonly kind: 'binding' }
  | { readonly kind: 'reviewing-permissions'; readonly claims: number }
  | { readonly kind: 'installing'; readonly version: string }
  | { readonly kind: 'updating'; readonly from: string | null; readonly to: string }
  | { readonly kind: 'removing' };

/** What comes after the current step. */
export type FlowNext = 'review-permissions' | 'configure' | 'active' | 'removed';

export interface FlowSteps {
  readonly steps: readonly [FlowStep, FlowStep, FlowStep];
  readonly outcome: FlowOutcome | null;
  /** Null while the user is the one to act (activate, choose a version) or nothing runs. */
  readonly activity: FlowActivity | null;
  /** Null when the outcome is reached. */
  readonly next: FlowNext | null;
  /** Key of the running activity: the elapsed time restarts when it changes. Null without activity. */
  readonly activityKey: string | null;
}

const ORDER: readonly FlowStepId[] = ['activate', 'configure', 'outcome'];

/**
 * The steps indicator of a flow state, or null while the page loads or failed to load (nothing to place). Activate
 * is current until the binding is Bound and its claims are decided (docs/platform.md §1.5, §3.3); Configure while
 * the version is chosen and installed (also while a change of version runs: `updating` when the resource was
 * changed before, i.e. `generation > 1` or a previous-spec annotation, with the previous version when annotated);
 * the outcome once Ready (`active`), on an error condition of the resource or a failed configure/upgrade
 * (`failed`), and while deactivating (`removing`).
 */
export function flowSteps(state: OnboardingState): FlowSteps | null {
  const { step, resource } = state;
  if (step === 'loading' || step === 'load-failed') return null;
  const errors = (state.status?.errors.length ?? 0) > 0;
  const failedAction = state.failure?.action ?? null;
  const make = (current: FlowStepId, failed: boolean, rest: Omit<FlowSteps, 'steps' | 'activityKey'>): FlowSteps => {
    const at = ORDER.indexOf(current);
    const steps = ORDER.map((id, index) => ({
      id,
      status: index < at ? 'done' : index === at ? 'current' : 'upcoming',
      failed: index === at && failed,
    })) as unknown as FlowSteps['steps'];
    return { steps, ...rest, activityKey: rest.activity ? JSON.stringify(rest.activity) : null };
  };
  const activateFailed = failedAction === 'activate' || failedAction === 'accept-claims';

  switch (step) {
    case 'control-plane-not-ready':
    case 'not-activated':
      return make('activate', activateFailed, { outcome: null, activity: null, next: 'configure' });
    case 'activating':
      return make('activate', activateFailed, { outcome: null, activity: { kind: 'binding' }, next: 'configure' });
    case 'permission-claims':
      return make('activate', activateFailed, {
        outcome: null,
        activity: { kind: 'reviewing-permissions', claims: state.pendingClaims.length },
        next: 'configure',
      });
    case 'configure':
      return make('configure', failedAction === 'configure', { outcome: null, activity: null, next: 'active' });
    case 'deactivating':
      return make('outcome', failedAction === 'deactivate', { outcome: 'removing', activity: { kind: 'removing' }, next: 'removed' });
    case 'ready':
      if (state.upgrading) return make('configure', failedAction === 'upgrade', { outcome: null, activity: null, next: 'active' });
      return make('outcome', false, { outcome: 'active', activity: null, next: null });
    case 'installing': {
      if (errors || failedAction === 'configure' || failedAction === 'upgrade' || failedAction === 'rollback') {
        return make('outcome', true, { outcome: 'failed', activity: null, next: null });
      }
      if (state.upgrading) return make('configure', false, { outcome: null, activity: null, next: 'active' });
      const version = resource?.spec?.version ?? state.draft?.version ?? '';
      const previous = previousSpec(resource);
      const changed = previous !== null || (resource?.metadata?.generation ?? 1) > 1;
      const activity: FlowActivity = changed
        ? { kind: 'updating', from: previous && previous.version !== version ? previous.version : null, to: version }
        : { kind: 'installing', version };
      return make('configure', false, { outcome: null, activity, next: 'active' });
    }
  }
}
