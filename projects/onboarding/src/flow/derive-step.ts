import { pendingClaims } from '../platform/permission-claims';
import type { APIBinding, EnablementResource, ManagedControlPlane } from '../platform/resources';
import { displayStatus } from '../status/display-rule';
import type { OnboardingStep } from './onboarding-state';

/** What the platform holds for one tool, plus the user actions in flight that shape the step. */
export interface StepInput {
  readonly controlPlane: ManagedControlPlane | null;
  readonly binding: APIBinding | null;
  readonly resource: EnablementResource | null;
  /** An activation was sent and its binding is not seen yet. */
  readonly activationPending?: boolean;
  /** A deactivation was sent and binding or resource still exist. */
  readonly deactivationRequested?: boolean;
}

/**
 * The step for a platform state (docs/platform.md §1.5), so a page may open in any state:
 * deleting objects → deactivating; no binding → control-plane-not-ready until the MCP is `Ready`, else
 * not-activated; binding not `Bound` → activating (control-plane-not-ready while the MCP is not Ready);
 * undecided claims → permission-claims; no enablement resource → configure; resource Ready by the display rule and
 * not outdated → ready; else installing.
 */
export function deriveStep(input: StepInput): OnboardingStep {
  const { controlPlane, binding, resource } = input;
  if (input.deactivationRequested || resource?.metadata?.deletionTimestamp || binding?.metadata?.deletionTimestamp) {
    return 'deactivating';
  }
  const controlPlaneReady = controlPlane?.status?.phase === 'Ready';
  if (!binding) {
    if (input.activationPending) {
      return 'activating';
    }
    return controlPlaneReady ? 'not-activated' : 'control-plane-not-ready';
  }
  if (binding.status?.phase !== 'Bound') {
    return controlPlaneReady ? 'activating' : 'control-plane-not-ready';
  }
  if (pendingClaims(binding).length > 0) {
    return 'permission-claims';
  }
  if (!resource) {
    return 'configure';
  }
  const status = displayStatus(resource);
  return status?.kind === 'ready' && !status.outdated ? 'ready' : 'installing';
}
