import type { OnboardingState } from '../flow/onboarding-state';
import { flowSteps } from './flow-steps';

/**
 * The facts of the one summary sentence a tool page shows per state (the UI words them per locale):
 * e.g. `running` → "Crossplane v1.20.0 is running with 1 provider", `removing` with `waitingFor: 'objects'` →
 * "Crossplane is being removed: waiting until the objects of its APIs are deleted".
 */
export type StatusSummary =
  | { readonly kind: 'loading' }
  | { readonly kind: 'load-failed' }
  | { readonly kind: 'waiting-for-control-plane' }
  | { readonly kind: 'not-activated' }
  | { readonly kind: 'binding' }
  | { readonly kind: 'reviewing-permissions'; readonly claims: number }
  | { readonly kind: 'configure' }
  | { readonly kind: 'installing'; readonly version: string }
  | { readonly kind: 'updating'; readonly from: string | null; readonly to: string }
  | { readonly kind: 'failing'; readonly version: string; readonly reason: string | null }
  | {
      readonly kind: 'running';
      readonly version: string;
      /** Configured providers (Crossplane) or components (Flux); null for tools without an extension. */
      readonly extension: { readonly type: 'providers' | 'components'; readonly count: number } | null;
    }
  | { readonly kind: 'removing'; readonly waitingFor: 'objects' | 'operator' };

/**
 * The summary of a state: the step, refined by the resource (version, extensions), the display rule's errors and
 * the deletion progress. Removing waits for `objects` while the binding still deletes the objects of its APIs
 * (docs/platform.md §1.4), else for the `operator` to remove the tool.
 */
export function statusSummary(state: OnboardingState): StatusSummary {
  const version = state.resource?.spec?.version ?? '';
  switch (state.step) {
    case 'loading':
    case 'load-failed':
    case 'not-activated':
    case 'configure':
      return { kind: state.step };
    case 'control-plane-not-ready':
      return { kind: 'waiting-for-control-plane' };
    case 'activating':
      return { kind: 'binding' };
    case 'permission-claims':
      return { kind: 'reviewing-permissions', claims: state.pendingClaims.length };
    case 'deactivating':
      return { kind: 'removing', waitingFor: state.binding ? 'objects' : 'operator' };
    case 'ready':
      return { kind: 'running', version, extension: extensionOf(state) };
    case 'installing': {
      const error = state.status?.errors[0];
      if (error) return { kind: 'failing', version, reason: error.message || error.reason || null };
      const activity = flowSteps(state)?.activity;
      return activity?.kind === 'updating' ? activity : { kind: 'installing', version };
    }
  }
}

function extensionOf(state: OnboardingState): Extract<StatusSummary, { kind: 'running' }>['extension'] {
  const type = state.tool.extension?.type;
  if (type === 'providers') return { type, count: state.resource?.spec?.providers?.length ?? 0 };
  if (type === 'components') return { type, count: state.resource?.spec?.components?.length ?? 0 };
  return null;
}
