import { pendingClaims } from '../../platform/permission-claims';
import { bindingDisplayStatus, displayStatus } from '../../status/display-rule';
import type { OnboardingState } from '../onboarding-state';
import type { FlowState } from './flow-state';
import { stepOf } from './settle';

/** What a tool page renders for a state value; projects only, changes nothing. */
export function project(state: FlowState): OnboardingState {
  const { ctx } = state;
  const { binding, resource, controlPlane } = ctx.platform;
  return {
    tool: ctx.config.tool,
    step: stepOf(state),
    controlPlanePhase: controlPlane?.status?.phase || null,
    binding,
    resource,
    status: displayStatus(resource),
    bindingStatus: bindingDisplayStatus(binding),
    pendingClaims: pendingClaims(binding),
    boundResources: binding?.status?.boundResources ?? [],
    busy: state.mode === 'busy',
    upgrading: state.mode === 'upgrading' || (state.mode === 'busy' && 'fromForm' in state.write && state.write.fromForm),
    draft: ctx.draft,
    failure: ctx.failure,
    navigationChange: ctx.navigationChange,
    navigationOverdue: ctx.pagesOverdue,
    pages: ctx.pages,
    connection: ctx.connection,
    conflict: ctx.conflict,
  };
}
