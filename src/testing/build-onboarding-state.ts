import { bindingDisplayStatus, displayStatus, pendingClaims, type OnboardingState } from '@opencp/onboarding';
import { buildTool } from '@opencp/onboarding/testing';

/**
 * An `OnboardingState` for rendering tests of the step components, derived like the flow derives it (display rule,
 * pending claims, bound resources) from the given binding and resource. Test-only.
 */
export function buildOnboardingState(overrides: Partial<OnboardingState> = {}): OnboardingState {
  const binding = overrides.binding ?? null;
  const resource = overrides.resource ?? null;
  return {
    tool: buildTool(),
    step: 'not-activated',
    controlPlanePhase: 'Ready',
    binding,
    resource,
    status: displayStatus(resource),
    bindingStatus: bindingDisplayStatus(binding),
    pendingClaims: pendingClaims(binding),
    boundResources: binding?.status?.boundResources ?? [],
    busy: false,
    upgrading: false,
    draft: null,
    failure: null,
    connection: 'live',
    conflict: null,
    ...overrides,
  };
}
