import { enablementSpec, specChanges } from '../../config/enablement-spec';
import { ENABLEMENT_NAME } from '../../gateway/documents/tool-documents';
import type { GatewayError } from '../../gateway/gateway-error';
import { pendingClaims } from '../../platform/permission-claims';
import type { APIBinding, EnablementResource } from '../../platform/resources';
import { bindTimeoutFailure, deleteTimeoutFailure } from '../onboarding-failures';
import type { OnboardingConflict } from '../onboarding-state';
import { deleteResource, failed, sendClaims, sendPatch, sendRollback } from './commands';
import type { DeadlineName, EventOf, FlowContext, FlowState, Platform, Transition, Write } from './flow-state';
import { pagesOverdue, stay, stepOf, withMode } from './settle';

type Busy = Extract<FlowState, { mode: 'busy' }>;

/** The object named `name`, when `result` is one. */
function named<T extends { readonly metadata?: { readonly name?: string | null } | null }>(result: unknown, name: string): T | null {
  const object = result as T | null | undefined;
  return typeof object === 'object' && object?.metadata?.name === name ? object : null;
}

/**
 * The fresher of the object the streams last showed and a write's answer: a stream may deliver newer versions of
 * the same object before the write's own answer arrives (the gateway answers the create after the operator moved
 * on). resourceVersions are compared as numbers where both are integers (kcp's are), else the answer wins.
 */
export function fresher<
  T extends { readonly metadata?: { readonly uid?: string | null; readonly resourceVersion?: string | null } | null },
>(seen: T | null, answer: T): T {
  const [before, after] = [seen?.metadata?.resourceVersion, answer.metadata?.resourceVersion];
  const numeric = (value: string | null | undefined): value is string => typeof value === 'string' && /^\d+$/.test(value);
  const sameObject = seen !== null && seen.metadata?.uid === answer.metadata?.uid;
  return sameObject && numeric(before) && numeric(after) && BigInt(before) > BigInt(after) ? seen : answer;
}

function withPlatform(ctx: FlowContext, platform: Partial<Platform>): FlowContext {
  return { ...ctx, platform: { ...ctx.platform, ...platform } };
}

/** Re-reads the workspace within the write (after "already exists" or a conflict). */
function reread(state: Busy, write: Write): Transition {
  return { state: { ...state, write }, effects: [{ type: 'load' }] };
}

/** A snapshot while loaded: new objects, streams from it; a write waiting for it continues. */
export function loaded(state: FlowState, event: EventOf<'loaded'>): Transition {
  const ctx = withPlatform(state.ctx, event.platform);
  const watch = [{ type: 'watch' } as const];
  if (state.mode !== 'busy' || !('stage' in state.write) || state.write.stage !== 'reread') {
    const next: FlowState = state.mode === 'loading' ? withMode('idle', ctx) : { ...state, ctx };
    return { state: next, effects: watch };
  }
  const write = state.write;
  const after = continueAfterReread(ctx, write);
  return { state: after.state, effects: [...watch, ...after.effects] };
}

function continueAfterReread(ctx: FlowContext, write: Write): Transition {
  const { tool, conflictAttempts } = ctx.config;
  switch (write.action) {
    case 'activate':
      return stay(
        withMode('idle', {
          ...ctx,
          conflict: write.existed ? bindingConflict(ctx) : null,
          activation: ctx.platform.binding ? 'none' : 'pending',
        }),
      );
    case 'configure': {
      const resource = ctx.platform.resource;
      const draft = ctx.draft;
      const theirs = resource?.spec ?? {};
      // Never adopt silently: someone else's different configuration is shown next to the user's (docs/platform.md §1.5).
      const conflict: OnboardingConflict | null =
        write.existed && resource && draft && Object.keys(specChanges(tool, draft, theirs)).length > 0
          ? { subject: 'resource', theirs, mine: enablementSpec(tool, draft) }
          : null;
      return stay(withMode('idle', { ...ctx, conflict, awaitingReady: conflict === null }));
    }
    case 'accept-claims':
      return ctx.platform.binding && pendingClaims(ctx.platform.binding).length > 0 && write.attempt < conflictAttempts
        ? sendClaims(ctx, write.attempt + 1)
        : stay(withMode('idle', ctx));
    case 'upgrade':
    case 'apply-mine':
      return sendPatch(ctx, { ...write, attempt: write.attempt + 1 });
    case 'rollback':
      return sendRollback(ctx, write.attempt + 1);
    default:
      return stay(withMode('idle', ctx));
  }
}

/** The conflict when the binding found references another export than the one this page binds, else null. */
function bindingConflict(ctx: FlowContext): OnboardingConflict | null {
  const binding = ctx.platform.binding;
  const reference = binding?.spec?.reference?.export;
  const theirs = { name: reference?.name ?? '', path: reference?.path || null };
  const mine = { name: ctx.config.tool.exportName, path: null };
  return binding && (theirs.name !== mine.name || theirs.path !== null) ? { subject: 'binding', theirs, mine } : null;
}

/** The first snapshot failed (or a block of it): `load-failed` with Retry for every kind. */
export function firstLoadFailed(state: FlowState, event: EventOf<'load-failed'>): Transition {
  const ctx = withPlatform(state.ctx, event.platform);
  return stay(withMode('load-failed', { ...ctx, failure: { action: 'load', error: event.error, retryable: true } }));
}

/** A re-read failed while loaded: within a write it is the write's failure, else a load failure with Retry. */
export function reloadFailed(state: FlowState, event: EventOf<'load-failed'>): Transition {
  const ctx = withPlatform(state.ctx, event.platform);
  if (state.mode === 'busy' && 'stage' in state.write && state.write.stage === 'reread') {
    return writeFailedWith({ ...state, ctx }, event.error);
  }
  return stay({ ...state, ctx: { ...ctx, failure: { action: 'load', error: event.error, retryable: true } } } as FlowState);
}

/** A live change of one object. */
export function changed(state: FlowState, event: EventOf<'changed'>): Transition {
  return stay({ ...state, ctx: withPlatform(state.ctx, event.platform) } as FlowState);
}

/** The mutation of the write in flight answered. */
export function writeDone(state: Busy, event: EventOf<'write-done'>): Transition {
  const { ctx, write } = state;
  const { tool } = ctx.config;
  switch (write.action) {
    case 'activate': {
      const binding = named<APIBinding>(event.result, tool.exportName);
      return binding
        ? stay(withMode('idle', withPlatform(ctx, { binding: fresher(ctx.platform.binding, binding) })))
        : reread(state, { ...write, stage: 'reread', existed: false });
    }
    case 'replace-binding':
      return stay(withMode('idle', { ...ctx, conflict: null, activation: 'recreate' }));
    case 'accept-claims': {
      const binding = named<APIBinding>(event.result, tool.exportName);
      return stay(
        withMode('idle', withPlatform(ctx, { binding: binding ? fresher(ctx.platform.binding, binding) : ctx.platform.binding })),
      );
    }
    case 'configure': {
      const resource = named<EnablementResource>(event.result, ENABLEMENT_NAME);
      return resource
        ? stay(withMode('idle', { ...withPlatform(ctx, { resource: fresher(ctx.platform.resource, resource) }), awaitingReady: true }))
        : reread(state, { ...write, stage: 'reread', existed: false });
    }
    case 'upgrade':
    case 'apply-mine':
    case 'rollback': {
      const answer = named<EnablementResource>(event.result, ENABLEMENT_NAME);
      const resource = answer ? fresher(ctx.platform.resource, answer) : ctx.platform.resource;
      return stay(withMode('idle', { ...withPlatform(ctx, { resource }), awaitingReady: true, conflict: null }));
    }
    case 'deactivate':
      return write.stage === 'delete-binding' ? deleteResource(ctx) : deletesSent(ctx);
  }
}

/** Both deletes were accepted: wait for the streams to show both gone, at most `deleteTimeoutMs`. */
function deletesSent(ctx: FlowContext): Transition {
  if (!ctx.deactivating) {
    return stay(withMode('idle', ctx));
  }
  return {
    state: withMode('idle', { ...ctx, deleteDeadline: 'armed' }),
    effects: [{ type: 'arm', deadline: 'delete', ms: ctx.config.deleteTimeoutMs }],
  };
}

/** The mutation of the write in flight failed. */
export function writeFailed(state: Busy, event: EventOf<'write-failed'>): Transition {
  return writeFailedWith(state, event.error);
}

function writeFailedWith(state: Busy, error: GatewayError): Transition {
  const { ctx, write } = state;
  const { conflictAttempts } = ctx.config;
  switch (write.action) {
    case 'activate':
      if (error.kind === 'already-exists' && write.stage === 'create') {
        return reread(state, { ...write, stage: 'reread', existed: true });
      }
      return failed({ ...ctx, activation: 'none' }, 'activate', error);
    case 'replace-binding':
      return error.kind === 'not-found' ? writeDone(state, { type: 'write-done', result: true }) : failed(ctx, 'activate', error);
    case 'accept-claims':
      if (error.kind === 'conflict' && write.stage === 'update' && write.attempt < conflictAttempts) {
        // The binding changed meanwhile: re-read it and send the complete list again (docs/platform.md §3.3).
        return reread(state, { ...write, stage: 'reread' });
      }
      return failed(ctx, 'accept-claims', error);
    case 'configure':
      if (error.kind === 'already-exists' && write.stage === 'create') {
        return reread(state, { ...write, stage: 'reread', existed: true });
      }
      return failed(ctx, 'configure', error);
    case 'upgrade':
    case 'apply-mine':
      if (error.kind === 'conflict' && write.stage === 'update' && write.attempt < conflictAttempts) {
        return reread(state, { ...write, stage: 'reread' });
      }
      return failed(ctx, write.action === 'upgrade' ? 'upgrade' : 'configure', error, write.fromForm);
    case 'rollback':
      if (error.kind === 'conflict' && write.stage === 'update' && write.attempt < conflictAttempts) {
        // Changed meanwhile: re-read; the roll back is computed anew from the stored annotation.
        return reread(state, { ...write, stage: 'reread' });
      }
      return failed(ctx, 'rollback', error);
    case 'deactivate':
      if (error.kind === 'not-found') {
        return writeDone(state, { type: 'write-done', result: true });
      }
      return failed({ ...ctx, deactivating: false }, 'deactivate', error);
  }
}

/** A deadline passed: guard, the bind deadline while `activating`, the delete deadline while deactivating. */
export function deadline(state: FlowState, name: DeadlineName): Transition {
  const { ctx } = state;
  const { tool, bindTimeoutMs, deleteTimeoutMs } = ctx.config;
  if (name === 'pages') {
    return pagesOverdue(state);
  }
  if (name === 'bind') {
    if (ctx.bindDeadline !== 'armed' || stepOf(state) !== 'activating') {
      return stay(state);
    }
    const failure = bindTimeoutFailure(tool, ctx.platform.binding, bindTimeoutMs);
    return stay({ ...state, ctx: { ...ctx, bindDeadline: 'expired', activation: 'none', failure } } as FlowState);
  }
  if (ctx.deleteDeadline !== 'armed' || !ctx.deactivating) {
    return stay(state);
  }
  const failure = deleteTimeoutFailure(tool, ctx.platform.binding, ctx.platform.resource, deleteTimeoutMs);
  return stay({ ...state, ctx: { ...ctx, deleteDeadline: 'off', deactivating: false, failure } } as FlowState);
}
