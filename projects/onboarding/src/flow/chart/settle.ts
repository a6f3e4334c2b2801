import { specChanges } from '../../config/enablement-spec';
import { pendingClaims } from '../../platform/permission-claims';
import { deriveStep } from '../derive-step';
import type { OnboardingFailure, OnboardingStep } from '../onboarding-state';
import type { ToolPage } from '../tool-pages';
import type { Effect, FlowConfig, FlowContext, FlowState, Mode, Platform, Transition } from './flow-state';

/** The first state of a flow: nothing read yet. */
export function initialState(config: FlowConfig): FlowState {
  const platform: Platform = { controlPlane: null, binding: null, resource: null };
  return {
    mode: 'initial',
    ctx: {
      config,
      platform,
      draft: null,
      failure: null,
      conflict: null,
      navigationChange: null,
      pagesWait: 'off',
      pagesOverdue: false,
      pages: null,
      connection: 'live',
      activation: 'none',
      deactivating: false,
      awaitingReady: false,
      bindDeadline: 'off',
      deleteDeadline: 'off',
    },
  };
}

/** The step shown for a state: the load modes as such, else derived from what the platform holds (`deriveStep`). */
export function stepOf(state: FlowState): OnboardingStep {
  if (state.mode === 'initial' || state.mode === 'loading') {
    return 'loading';
  }
  if (state.mode === 'load-failed') {
    return 'load-failed';
  }
  const { platform, activation, deactivating } = state.ctx;
  return deriveStep({ ...platform, activationPending: activation !== 'none', deactivationRequested: deactivating });
}

/** The steps whose configuration may be changed (the upgrade form). */
export function upgradable(step: OnboardingStep): boolean {
  return step === 'ready' || step === 'installing';
}

/** A state of a non-busy mode. */
export function withMode(mode: Exclude<Mode, 'busy'>, ctx: FlowContext): FlowState {
  return { mode, ctx };
}

/** No change, no effect. */
export function stay(state: FlowState): Transition {
  return { state, effects: [] };
}

/**
 * The rules that follow from what the platform holds, applied after every transition of a loaded flow:
 * a seen binding ends a pending activation; both objects gone end a deactivation (then the pages wait: `removed`);
 * the bind deadline runs exactly while the step is `activating`; a failure whose goal the platform shows reached
 * is cleared; Ready after the user's configure/upgrade starts the pages wait (`ready`); the upgrade form closes
 * when the step no longer allows an upgrade (e.g. the resource was deleted elsewhere).
 */
export function settle(transition: Transition): Transition {
  const { state } = transition;
  if (state.mode === 'initial' || state.mode === 'loading' || state.mode === 'load-failed') {
    return transition;
  }
  const effects: Effect[] = [...transition.effects];
  let ctx = state.ctx;
  const { platform, config } = ctx;
  if (platform.binding && ctx.activation === 'pending') {
    ctx = { ...ctx, activation: 'none' };
  }
  if (ctx.deactivating && !platform.binding && !platform.resource) {
    if (ctx.deleteDeadline === 'armed') {
      effects.push({ type: 'disarm', deadline: 'delete' });
    }
    const failure = ctx.failure?.action === 'deactivate' ? null : ctx.failure;
    ctx = { ...waitForPages(ctx, 'removed', effects), deactivating: false, deleteDeadline: 'off', failure };
  }
  const step = stepOf({ ...state, ctx });
  if (step === 'activating') {
    if (ctx.bindDeadline === 'off') {
      ctx = { ...ctx, bindDeadline: 'armed' };
      effects.push({ type: 'arm', deadline: 'bind', ms: config.bindTimeoutMs });
    }
  } else if (ctx.bindDeadline === 'armed') {
    ctx = { ...ctx, bindDeadline: 'off' };
    effects.push({ type: 'disarm', deadline: 'bind' });
  } else if (ctx.bindDeadline === 'expired' && step === 'not-activated') {
    ctx = { ...ctx, bindDeadline: 'off' };
  }
  if (ctx.failure && state.mode !== 'busy' && landed(ctx, ctx.failure, step)) {
    ctx = { ...ctx, failure: null };
  }
  if (ctx.awaitingReady && step === 'ready') {
    ctx = { ...waitForPages(ctx, 'ready', effects), awaitingReady: false };
  }
  const mode = state.mode === 'upgrading' && !upgradable(step) ? 'idle' : state.mode;
  const next: FlowState = state.mode === 'busy' ? { ...state, ctx } : withMode(mode as Exclude<Mode, 'busy'>, ctx);
  return { state: next, effects };
}

/**
 * Whether the platform shows the failed action's goal reached meanwhile (a write that landed despite a 504,
 * someone else's change, a deadline that no longer applies), so its message would be stale.
 */
function landed(ctx: FlowContext, failure: OnboardingFailure, step: OnboardingStep): boolean {
  const { binding, resource } = ctx.platform;
  switch (failure.action) {
    case 'activate':
      return failure.error.kind === 'deadline' ? step !== 'activating' : binding !== null && ctx.conflict === null;
    case 'accept-claims':
      return binding !== null && pendingClaims(binding).length === 0;
    case 'configure':
      return resource !== null && ctx.conflict === null && failure.error.kind !== 'invalid';
    case 'upgrade':
    case 'rollback':
      return (
        resource !== null && ctx.draft !== null && Object.keys(specChanges(ctx.config.tool, ctx.draft, resource.spec ?? {})).length === 0
      );
    default:
      return false;
  }
}

/**
 * Starts waiting for the portal's pages to follow a change ([watch-pages], [arm pages]); a wait already running
 * is replaced. `navigationChange` is set when the pages follow ({@link pagesSeen}) or the deadline passes.
 */
export function waitForPages(ctx: FlowContext, wait: 'ready' | 'removed', effects: Effect[]): FlowContext {
  effects.push({ type: 'watch-pages' }, { type: 'arm', deadline: 'pages', ms: ctx.config.pagesTimeoutMs });
  return { ...ctx, pagesWait: wait, pagesOverdue: false, navigationChange: null };
}

/** The tool's pages as listed: they are kept; the wait ends when they match it (some for `ready`, none for `removed`). */
export function pagesSeen(state: FlowState, pages: readonly ToolPage[]): Transition {
  const ctx = { ...state.ctx, pages };
  const wait = ctx.pagesWait;
  if (wait === 'off' || (wait === 'ready') !== pages.length > 0) {
    return stay({ ...state, ctx } as FlowState);
  }
  const effects: Effect[] = [{ type: 'unwatch-pages' }, { type: 'disarm', deadline: 'pages' }];
  return { state: { ...state, ctx: { ...ctx, pagesWait: 'off', navigationChange: wait } } as FlowState, effects };
}

/** The pages deadline passed while waiting: the change is offered anyway, marked overdue; the watch ends. */
export function pagesOverdue(state: FlowState): Transition {
  const wait = state.ctx.pagesWait;
  if (wait === 'off') {
    return stay(state);
  }
  const ctx = { ...state.ctx, pagesWait: 'off' as const, pagesOverdue: true, navigationChange: wait };
  return { state: { ...state, ctx } as FlowState, effects: [{ type: 'unwatch-pages' }] };
}
