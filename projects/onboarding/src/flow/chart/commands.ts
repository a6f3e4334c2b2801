import { draftFromResource } from '../../catalog/default-draft';
import { enablementSpec, upgradePatch } from '../../config/enablement-spec';
import { changeVersionPatch, previousSpec, rollbackPatch, updateVariables } from '../../config/previous-spec';
import {
  CreateAPIBindingMutation,
  DeleteAPIBindingMutation,
  UpdateAPIBindingClaimsMutation,
} from '../../gateway/documents/api-binding-documents';
import { ENABLEMENT_NAME } from '../../gateway/documents/tool-documents';
import { GatewayError } from '../../gateway/gateway-error';
import { claimsToAccept } from '../../platform/permission-claims';
import { draftError, writeFailure } from '../onboarding-failures';
import type { ConfigureDraft, OnboardingAction } from '../onboarding-state';
import type { Effect, FlowContext, FlowState, Transition, Write } from './flow-state';
import { stay, stepOf, upgradable, withMode } from './settle';

/** Enters `busy` with `write`: the failure and the navigation offer of earlier actions go. */
export function busy(ctx: FlowContext, write: Write, effects: readonly Effect[]): Transition {
  return { state: { mode: 'busy', ctx: { ...ctx, failure: null, navigationChange: null, pagesOverdue: false }, write }, effects };
}

/** Ends the write in flight with `error` as the failure of `action`; the upgrade form reopens when it was open. */
export function failed(ctx: FlowContext, action: OnboardingAction, error: unknown, fromForm = false): Transition {
  return stay(withMode(fromForm ? 'upgrading' : 'idle', { ...ctx, failure: writeFailure(action, error) }));
}

/** Guard: a loaded flow with no write in flight and the step `not-activated` (or `activating` after a failed try). */
export function activate(state: FlowState): Transition {
  const step = stepOf(state);
  if (!(step === 'not-activated' || (step === 'activating' && state.ctx.failure?.action === 'activate'))) {
    return stay(state);
  }
  const ctx: FlowContext = { ...state.ctx, activation: 'pending', bindDeadline: 'off' };
  const effects: Effect[] = state.ctx.bindDeadline === 'armed' ? [{ type: 'disarm', deadline: 'bind' }] : [];
  const request = { document: CreateAPIBindingMutation, variables: { name: ctx.config.tool.exportName } };
  return busy(ctx, { action: 'activate', stage: 'create', existed: false }, [...effects, { type: 'mutate', request }]);
}

/** Sends the complete claim list with the binding's resourceVersion (docs/platform.md §3.3); `attempt` counts conflicts. */
export function sendClaims(ctx: FlowContext, attempt: number): Transition {
  const binding = ctx.platform.binding;
  if (!binding) {
    return stay(withMode('idle', ctx));
  }
  const variables = {
    name: ctx.config.tool.exportName,
    resourceVersion: binding.metadata?.resourceVersion ?? '',
    claims: claimsToAccept(binding),
  };
  return busy(ctx, { action: 'accept-claims', stage: 'update', attempt }, [
    { type: 'mutate', request: { document: UpdateAPIBindingClaimsMutation, variables } },
  ]);
}

/** Guard: step `permission-claims`. */
export function acceptClaims(state: FlowState): Transition {
  return stepOf(state) === 'permission-claims' ? sendClaims(state.ctx, 1) : stay(state);
}

/** Guard: step `configure`. A draft the catalog does not offer fails at once, nothing is sent. */
export function configure(state: FlowState, draft: ConfigureDraft): Transition {
  if (stepOf(state) !== 'configure') {
    return stay(state);
  }
  const ctx = { ...state.ctx, draft };
  const invalid = draftError(ctx.config.tool, draft);
  if (invalid) {
    return failed(ctx, 'configure', invalid);
  }
  const variables = { name: ENABLEMENT_NAME, ...enablementSpec(ctx.config.tool, draft) };
  return busy(ctx, { action: 'configure', stage: 'create', existed: false }, [
    { type: 'mutate', request: { document: ctx.config.documents.create, variables } },
  ]);
}

/**
 * Guard: step `ready` or `installing`. Opens the form prefilled with the spec in force; `version` (e.g. the available
 * update) is preselected when the catalog offers it, else ignored.
 */
export function startUpgrade(state: FlowState, version?: string): Transition {
  if (!upgradable(stepOf(state))) {
    return stay(state);
  }
  const tool = state.ctx.config.tool;
  const installed = draftFromResource(tool, state.ctx.platform.resource);
  const offered = version !== undefined && tool.versions.some((candidate) => candidate.version === version);
  const draft = offered ? { ...installed, version } : installed;
  return stay(withMode('upgrading', { ...state.ctx, draft, failure: null }));
}

/**
 * Sends the draft as a merge patch against the stored resource with its resourceVersion (docs/platform.md §4.3);
 * nothing to change ends the write at once. `attempt` counts conflicts.
 */
export function sendPatch(ctx: FlowContext, write: Extract<Write, { action: 'upgrade' | 'apply-mine' }>): Transition {
  const action = write.action === 'upgrade' ? 'upgrade' : 'configure';
  const resource = ctx.platform.resource;
  const invalid = draftError(ctx.config.tool, write.draft);
  if (invalid) {
    return failed(ctx, action, invalid, write.fromForm);
  }
  if (!resource?.metadata?.resourceVersion) {
    return failed(
      ctx,
      action,
      new GatewayError('not-found', `${ctx.config.tool.resource.kind} ${ENABLEMENT_NAME} no longer exists`),
      write.fromForm,
    );
  }
  // Change version keeps the spec in force in the previous-spec annotation, in the same patch (roll back).
  const patch =
    write.action === 'upgrade'
      ? changeVersionPatch(ctx.config.tool, write.draft, resource)
      : upgradePatch(ctx.config.tool, write.draft, resource);
  if (Object.keys(patch.spec).length === 0) {
    return stay(withMode('idle', { ...ctx, conflict: null }));
  }
  const variables = updateVariables(patch);
  return busy(ctx, { ...write, stage: 'update' }, [{ type: 'mutate', request: { document: ctx.config.documents.update, variables } }]);
}

/** Guard: step `ready` or `installing` and a resource. */
export function upgrade(state: FlowState, draft: ConfigureDraft): Transition {
  if (!upgradable(stepOf(state)) || !state.ctx.platform.resource) {
    return stay(state);
  }
  return sendPatch(
    { ...state.ctx, draft },
    { action: 'upgrade', stage: 'update', attempt: 1, draft, fromForm: state.mode === 'upgrading' },
  );
}

/**
 * Sends the roll back (`rollbackPatch`: the annotated previous spec with the current resourceVersion, the annotation
 * removed); the previous spec becomes the draft. Without an annotation (changed elsewhere meanwhile) it fails as a
 * conflict, nothing is sent; its Retry reads the workspace again. `attempt` counts conflicts.
 */
export function sendRollback(ctx: FlowContext, attempt: number): Transition {
  const { tool } = ctx.config;
  const resource = ctx.platform.resource;
  const previous = previousSpec(resource);
  const patch = resource ? rollbackPatch(tool, resource) : null;
  if (!previous || !patch) {
    const message = `${tool.resource.kind} ${ENABLEMENT_NAME} was changed meanwhile and no longer records a previous version; nothing was rolled back`;
    return failed(ctx, 'rollback', new GatewayError('conflict', message));
  }
  const { chartVersion: _chartVersion, ...draft } = previous;
  return busy({ ...ctx, draft }, { action: 'rollback', stage: 'update', attempt }, [
    { type: 'mutate', request: { document: ctx.config.documents.update, variables: updateVariables(patch) } },
  ]);
}

/** Guard: step `ready` and a previous spec in the annotation (docs/onboarding-ui.md §10). */
export function rollback(state: FlowState): Transition {
  if (stepOf(state) !== 'ready' || !previousSpec(state.ctx.platform.resource)) {
    return stay(state);
  }
  return sendRollback(state.ctx, 1);
}

/** Guard: a binding or resource exists and no deactivation is under way. The binding goes first (docs/platform.md §1.4). */
export function deactivate(state: FlowState): Transition {
  const { binding, resource } = state.ctx.platform;
  if ((!binding && !resource) || state.ctx.deactivating) {
    return stay(state);
  }
  const request = { document: DeleteAPIBindingMutation, variables: { name: state.ctx.config.tool.exportName } };
  return busy({ ...state.ctx, deactivating: true }, { action: 'deactivate', stage: 'delete-binding' }, [{ type: 'mutate', request }]);
}

/** Deletes the enablement resource (second half of a deactivation). */
export function deleteResource(ctx: FlowContext): Transition {
  const request = { document: ctx.config.documents.delete, variables: { name: ENABLEMENT_NAME } };
  return busy(ctx, { action: 'deactivate', stage: 'delete-resource' }, [{ type: 'mutate', request }]);
}

/** Guard: a conflict. Adopts theirs; the navigation changes once it is Ready, as after the user's own configure. */
export function keepTheirs(state: FlowState): Transition {
  if (!state.ctx.conflict) {
    return stay(state);
  }
  return stay(withMode('idle', { ...state.ctx, conflict: null, awaitingReady: state.ctx.platform.resource !== null }));
}

/**
 * Guard: a conflict. The resource: the draft as a merge patch with the stored resourceVersion. The binding: its
 * reference is immutable (docs/platform.md §3.4), so theirs is deleted and ours created once it is gone.
 */
export function applyMine(state: FlowState): Transition {
  const { conflict, draft, config } = state.ctx;
  if (conflict?.subject === 'binding') {
    const request = { document: DeleteAPIBindingMutation, variables: { name: config.tool.exportName } };
    return busy(state.ctx, { action: 'replace-binding' }, [{ type: 'mutate', request }]);
  }
  if (conflict?.subject === 'resource' && draft) {
    return sendPatch(state.ctx, { action: 'apply-mine', stage: 'update', attempt: 1, draft, fromForm: false });
  }
  return stay(state);
}

/** Guard: a failure. Runs the failed action again with the same input (a conflict's failure: apply mine again). */
export function retry(state: FlowState): Transition {
  const failure = state.ctx.failure;
  if (!failure) {
    return stay(state);
  }
  const cleared: FlowState = { ...state, ctx: { ...state.ctx, failure: null } };
  if (state.ctx.conflict && (failure.action === 'activate' || failure.action === 'configure')) {
    return guardedOrKept(state, applyMine(cleared));
  }
  const draft = state.ctx.draft;
  switch (failure.action) {
    case 'load':
      return { state: cleared, effects: [{ type: 'load' }] };
    case 'activate':
      return guardedOrKept(state, activate(state));
    case 'accept-claims':
      return guardedOrKept(state, acceptClaims(cleared));
    case 'configure':
      return draft ? guardedOrKept(state, configure(cleared, draft)) : stay(state);
    case 'upgrade':
      return draft ? guardedOrKept(state, upgrade(cleared, draft)) : stay(state);
    case 'rollback':
      // Nothing left to roll back to (changed elsewhere): Retry shows the latest version instead.
      return previousSpec(state.ctx.platform.resource)
        ? guardedOrKept(state, rollback(cleared))
        : { state: cleared, effects: [{ type: 'load' }] };
    case 'deactivate':
      return guardedOrKept(state, deactivate(cleared));
  }
}

/** A retry whose action's guard refused keeps the failure on screen (nothing happened). */
function guardedOrKept(original: FlowState, transition: Transition): Transition {
  return transition.effects.length === 0 && transition.state.mode === original.mode && !transition.state.ctx.failure
    ? stay(original)
    : transition;
}

/** Clears the failure without acting. */
export function dismiss(state: FlowState): Transition {
  return state.ctx.failure ? stay({ ...state, ctx: { ...state.ctx, failure: null } }) : stay(state);
}
