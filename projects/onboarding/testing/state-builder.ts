import type { OnboardingState } from '../src/flow/onboarding-state';
import { pendingClaims } from '../src/platform/permission-claims';
import { bindingDisplayStatus, displayStatus } from '../src/status/display-rule';
import { buildTool } from './tool-builders';

/**
 * An `OnboardingState` as the flow derives it (display rule, pending claims, bound resources) from the given
 * binding and resource; default a KRO page in `not-activated`. Test-only.
 */
export function buildState(overrides: Partial<OnboardingState> = {}): OnboardingState {
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
