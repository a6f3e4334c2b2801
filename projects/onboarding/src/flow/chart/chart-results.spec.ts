import { buildBinding, buildControlPlane, buildResource } from '@opencp/onboarding/testing';
import { at as fixtures, chartConfig as config, chartState as state, chartTool as tool, effectText } from '../../../testing/chart-fixtures';
import { GatewayError } from '../../gateway/gateway-error';
import type { APIBinding } from '../../platform/resources';
import { reduce } from './chart';
import type { Effect, FlowContext, FlowState, Platform, Transition, Write } from './flow-state';
import { project } from './projection';
import { deadline, fresher, loaded, reloadFailed, writeDone, writeFailed } from './results';
import { settle, stepOf } from './settle';

const conflictError = new GatewayError('conflict', 'the object has been modified');
const unavailable = new GatewayError('unavailable', 'Service Unavailable', [], 503);
const alreadyExists = new GatewayError('already-exists', 'already exists');
const notFound = new GatewayError('not-found', 'not found');
const invalid = new GatewayError('invalid', 'rejected');

const at = {
  ...fixtures,
  gone: { controlPlane: buildControlPlane(), binding: null, resource: null },
} satisfies Record<string, Platform>;

type Busy = Extract<FlowState, { mode: 'busy' }>;

function busyState(platform: Platform, write: Write, ctx: Partial<FlowContext> = {}): Busy {
  return state('busy', platform, ctx, write) as Busy;
}

const effects = (transition: Transition): string[] => transition.effects.map(effectText);
const writeOf = (transition: Transition): Write | undefined => (transition.state.mode === 'busy' ? transition.state.write : undefined);

describe('results: fresher', () => {
  const seen = (resourceVersion: string, uid = 'u1') => ({ metadata: { uid, resourceVersion }, tag: 'seen' });
  const answer = (resourceVersion: string, uid = 'u1') => ({ metadata: { uid, resourceVersion }, tag: 'answer' });

  it('keeps the seen object when it is newer than the answer of the same object', () => {
    expect(fresher(seen('12'), answer('11')).tag).toBe('seen');
  });

  it('takes the answer when both versions are equal', () => {
    expect(fresher(seen('11'), answer('11')).tag).toBe('answer');
  });

  it('takes the answer of another object even when the seen version is higher', () => {
    expect(fresher(seen('99', 'old-uid'), answer('11', 'new-uid')).tag).toBe('answer');
  });

  it.each(['x9', '9x', 'abc', ''])('takes the answer without comparing when the seen version %p is not an integer', (version) => {
    expect(fresher(seen(version), answer('5')).tag).toBe('answer');
  });

  it.each(['x9', '9x'])('takes the answer without comparing when the answer version %p is not an integer', (version) => {
    expect(fresher(seen('5'), answer(version)).tag).toBe('answer');
  });
});

describe('results: write-done', () => {
  it('activate: an answer naming another object re-reads, as a binding not found before', () => {
    const given = busyState(at.notActivated, { action: 'activate', stage: 'create', existed: false }, { activation: 'pending' });
    const next = writeDone(given, { type: 'write-done', result: buildBinding({ name: 'other.export' }) });
    expect(next.state.mode).toBe('busy');
    expect(writeOf(next)).toEqual({ action: 'activate', stage: 'reread', existed: false });
    expect(effects(next)).toEqual(['load']);
  });

  it('activate: a result that is not an object re-reads with existed false', () => {
    const given = busyState(at.notActivated, { action: 'activate', stage: 'create', existed: false });
    const next = writeDone(given, { type: 'write-done', result: null });
    expect(writeOf(next)).toEqual({ action: 'activate', stage: 'reread', existed: false });
  });

  it('activate: the answer with the same resourceVersion as the streamed binding replaces it', () => {
    const streamed = buildBinding({ phase: 'Binding', resourceVersion: '100' });
    const answered = buildBinding({ phase: 'Bound', resourceVersion: '100' });
    const given = busyState({ ...at.notActivated, binding: streamed }, { action: 'activate', stage: 'create', existed: false });
    const next = writeDone(given, { type: 'write-done', result: answered });
    expect(next.state.mode).toBe('idle');
    expect(next.state.ctx.platform.binding?.status?.phase).toBe('Bound');
  });

  it('configure: an answer naming another object re-reads (not adopted)', () => {
    const given = busyState(at.configure, { action: 'configure', stage: 'create', existed: false });
    const next = writeDone(given, { type: 'write-done', result: buildResource({ name: 'not-default' }) });
    expect(next.state.mode).toBe('busy');
    expect(writeOf(next)).toEqual({ action: 'configure', stage: 'reread', existed: false });
    expect(effects(next)).toEqual(['load']);
    expect(next.state.ctx.platform.resource).toBeNull();
  });

  it('configure: the own resource answered is adopted and Ready is awaited', () => {
    const given = busyState(at.configure, { action: 'configure', stage: 'create', existed: false });
    const answered = buildResource({ phase: null });
    const next = writeDone(given, { type: 'write-done', result: answered });
    expect(next.state.mode).toBe('idle');
    expect(next.state.ctx.platform.resource).toBe(answered);
    expect(next.state.ctx.awaitingReady).toBe(true);
  });

  it('deactivate: deletes sent without a deactivation under way end idle without arming the delete deadline', () => {
    const given = busyState(at.ready, { action: 'deactivate', stage: 'delete-resource' }, { deactivating: false });
    const next = writeDone(given, { type: 'write-done', result: true });
    expect(next.state.mode).toBe('idle');
    expect(effects(next)).toEqual([]);
    expect(next.state.ctx.deleteDeadline).toBe('off');
  });

  it('deactivate: deletes sent while deactivating arm the delete deadline', () => {
    const given = busyState(at.ready, { action: 'deactivate', stage: 'delete-resource' }, { deactivating: true });
    const next = writeDone(given, { type: 'write-done', result: true });
    expect(effects(next)).toEqual(['arm delete']);
    expect(next.state.ctx.deleteDeadline).toBe('armed');
  });
});

describe('results: snapshot after a re-read', () => {
  const activateReread = (existed: boolean): Write => ({ action: 'activate', stage: 'reread', existed });

  it('activate, existed: a binding without an export reference is a conflict naming an empty export', () => {
    const foreign: APIBinding = { ...buildBinding(), spec: { permissionClaims: [] } } as unknown as APIBinding;
    const platform = { ...at.notActivated, binding: foreign };
    const next = loaded(busyState(at.notActivated, activateReread(true)), { type: 'loaded', platform });
    expect(next.state.ctx.conflict).toEqual({
      subject: 'binding',
      theirs: { name: '', path: null },
      mine: { name: tool.exportName, path: null },
    });
  });

  it('activate, existed: our own binding found is no conflict', () => {
    const next = loaded(busyState(at.notActivated, activateReread(true)), { type: 'loaded', platform: at.configure });
    expect(next.state.mode).toBe('idle');
    expect(next.state.ctx.conflict).toBeNull();
    expect(next.state.ctx.activation).toBe('none');
  });

  it('activate, existed: no binding found is no conflict and the activation stays pending', () => {
    const next = loaded(busyState(at.notActivated, activateReread(true)), { type: 'loaded', platform: at.notActivated });
    expect(next.state.ctx.conflict).toBeNull();
    expect(next.state.ctx.activation).toBe('pending');
  });

  it('activate, existed: a binding of our export in another path is a conflict', () => {
    const base = buildBinding();
    const elsewhere = { ...base, spec: { ...base.spec, reference: { export: { name: tool.exportName, path: 'root:other' } } } };
    const platform = { ...at.notActivated, binding: elsewhere } as Platform;
    const next = loaded(busyState(at.notActivated, activateReread(true)), { type: 'loaded', platform });
    expect(next.state.ctx.conflict).toEqual({
      subject: 'binding',
      theirs: { name: tool.exportName, path: 'root:other' },
      mine: { name: tool.exportName, path: null },
    });
  });

  it('configure, not existed: a different resource found is adopted without a conflict', () => {
    const write: Write = { action: 'configure', stage: 'reread', existed: false };
    const given = busyState(at.configure, write, { draft: { version: 'v0.9.3' } });
    const next = loaded(given, { type: 'loaded', platform: at.ready });
    expect(next.state.mode).toBe('idle');
    expect(next.state.ctx.conflict).toBeNull();
    expect(next.state.ctx.awaitingReady).toBe(true);
  });

  it('configure, existed: a different resource found is a conflict', () => {
    const write: Write = { action: 'configure', stage: 'reread', existed: true };
    const given = busyState(at.configure, write, { draft: { version: 'v0.9.3' } });
    const next = loaded(given, { type: 'loaded', platform: at.ready });
    expect(next.state.ctx.conflict?.subject).toBe('resource');
    expect(next.state.ctx.awaitingReady).toBe(false);
  });

  const claimsReread = (attempt: number): Write => ({ action: 'accept-claims', stage: 'reread', attempt });

  it('accept-claims: claims still pending with attempts left are sent again', () => {
    const next = loaded(busyState(at.claims, claimsReread(1)), { type: 'loaded', platform: at.claims });
    expect(next.state.mode).toBe('busy');
    expect(writeOf(next)).toEqual({ action: 'accept-claims', stage: 'update', attempt: 2 });
    expect(effects(next)).toEqual(['watch', 'mutate UpdateAPIBindingClaims']);
  });

  it('accept-claims: no claims pending any more ends idle without sending', () => {
    const next = loaded(busyState(at.claims, claimsReread(1)), { type: 'loaded', platform: at.configure });
    expect(next.state.mode).toBe('idle');
    expect(effects(next)).toEqual(['watch']);
  });

  it('accept-claims: the binding gone ends idle without sending', () => {
    const next = loaded(busyState(at.claims, claimsReread(1)), { type: 'loaded', platform: at.notActivated });
    expect(next.state.mode).toBe('idle');
    expect(effects(next)).toEqual(['watch']);
  });

  it('accept-claims: claims pending but the last attempt used ends idle without sending', () => {
    const next = loaded(busyState(at.claims, claimsReread(config.conflictAttempts)), { type: 'loaded', platform: at.claims });
    expect(next.state.mode).toBe('idle');
    expect(effects(next)).toEqual(['watch']);
  });
});

describe('results: a re-read failed', () => {
  it('outside a re-read (write waiting for its mutation) it is a load failure and the write goes on', () => {
    const given = busyState(at.notActivated, { action: 'activate', stage: 'create', existed: false });
    const next = reloadFailed(given, { type: 'load-failed', platform: {}, error: unavailable });
    expect(next.state.mode).toBe('busy');
    expect(next.state.ctx.failure).toEqual({ action: 'load', error: unavailable, retryable: true });
  });

  it('activate in reread: already-exists is the activation failure (no second re-read)', () => {
    const given = busyState(at.notActivated, { action: 'activate', stage: 'reread', existed: false });
    const next = reloadFailed(given, { type: 'load-failed', platform: {}, error: alreadyExists });
    expect(next.state.mode).toBe('idle');
    expect(next.state.ctx.failure?.action).toBe('activate');
    expect(effects(next)).toEqual([]);
  });

  it('configure in reread: already-exists is the configure failure', () => {
    const given = busyState(at.configure, { action: 'configure', stage: 'reread', existed: true });
    const next = reloadFailed(given, { type: 'load-failed', platform: {}, error: alreadyExists });
    expect(next.state.mode).toBe('idle');
    expect(next.state.ctx.failure?.action).toBe('configure');
  });

  it('accept-claims in reread: a conflict is the failure', () => {
    const given = busyState(at.claims, { action: 'accept-claims', stage: 'reread', attempt: 1 });
    const next = reloadFailed(given, { type: 'load-failed', platform: {}, error: conflictError });
    expect(next.state.mode).toBe('idle');
    expect(next.state.ctx.failure?.action).toBe('accept-claims');
  });

  it('upgrade in reread: a conflict is the failure and the form reopens', () => {
    const write: Write = { action: 'upgrade', stage: 'reread', attempt: 1, draft: { version: 'v0.9.3' }, fromForm: true };
    const next = reloadFailed(busyState(at.ready, write), { type: 'load-failed', platform: {}, error: conflictError });
    expect(next.state.mode).toBe('upgrading');
    expect(next.state.ctx.failure?.action).toBe('upgrade');
  });

  it('rollback in reread: a conflict is the failure', () => {
    const given = busyState(at.ready, { action: 'rollback', stage: 'reread', attempt: 1 });
    const next = reloadFailed(given, { type: 'load-failed', platform: {}, error: conflictError });
    expect(next.state.mode).toBe('idle');
    expect(next.state.ctx.failure?.action).toBe('rollback');
  });
});

describe('results: write-failed', () => {
  const failedWith = (given: Busy, error: GatewayError) => writeFailed(given, { type: 'write-failed', error });

  it('replace-binding: not-found means theirs is gone, ours is created next', () => {
    const given = busyState(at.notActivated, { action: 'replace-binding' }, { conflict: null });
    const next = failedWith(given, notFound);
    expect(next.state.mode).toBe('idle');
    expect(next.state.ctx.activation).toBe('recreate');
    expect(next.state.ctx.failure).toBeNull();
  });

  it('replace-binding: any other error is the activation failure', () => {
    const next = failedWith(busyState(at.configure, { action: 'replace-binding' }), unavailable);
    expect(next.state.mode).toBe('idle');
    expect(next.state.ctx.activation).toBe('none');
    expect(next.state.ctx.failure).toEqual({ action: 'activate', error: unavailable, retryable: true });
  });

  describe.each([
    ['accept-claims', at.claims, { action: 'accept-claims' as const, stage: 'update' as const }],
    ['rollback', at.ready, { action: 'rollback' as const, stage: 'update' as const }],
  ])('%s', (action, platform, write) => {
    it('a conflict with attempts left re-reads', () => {
      const next = failedWith(busyState(platform, { ...write, attempt: 1 }), conflictError);
      expect(writeOf(next)).toEqual({ ...write, stage: 'reread', attempt: 1 });
      expect(effects(next)).toEqual(['load']);
    });

    it('another error in the update fails at once', () => {
      const next = failedWith(busyState(platform, { ...write, attempt: 1 }), unavailable);
      expect(next.state.mode).toBe('idle');
      expect(next.state.ctx.failure?.action).toBe(action);
      expect(effects(next)).toEqual([]);
    });

    it('a conflict on the last attempt fails', () => {
      const next = failedWith(busyState(platform, { ...write, attempt: config.conflictAttempts }), conflictError);
      expect(next.state.mode).toBe('idle');
      expect(next.state.ctx.failure?.action).toBe(action);
    });
  });

  it('deactivate: not-found of the binding delete goes on with the resource delete', () => {
    const given = busyState(at.ready, { action: 'deactivate', stage: 'delete-binding' }, { deactivating: true });
    const next = failedWith(given, notFound);
    expect(writeOf(next)).toEqual({ action: 'deactivate', stage: 'delete-resource' });
  });
});

describe('results: deadlines', () => {
  it('bind: armed while activating fails the activation', () => {
    const next = deadline(state('idle', at.activating, { bindDeadline: 'armed' }), 'bind');
    expect(next.state.ctx.bindDeadline).toBe('expired');
    expect(next.state.ctx.failure?.action).toBe('activate');
  });

  it('bind: armed but the step is no longer activating changes nothing', () => {
    const given = state('idle', at.ready, { bindDeadline: 'armed' });
    const next = deadline(given, 'bind');
    expect(next.state).toBe(given);
    expect(next.state.ctx.failure).toBeNull();
  });

  it('bind: not armed while activating changes nothing', () => {
    const given = state('idle', at.activating, { bindDeadline: 'off' });
    const next = deadline(given, 'bind');
    expect(next.state).toBe(given);
    expect(next.state.ctx.failure).toBeNull();
  });

  it('delete: armed while deactivating fails the deactivation', () => {
    const next = deadline(state('idle', at.ready, { deleteDeadline: 'armed', deactivating: true }), 'delete');
    expect(next.state.ctx.deactivating).toBe(false);
    expect(next.state.ctx.failure?.action).toBe('deactivate');
  });

  it('delete: armed but no deactivation under way changes nothing', () => {
    const given = state('idle', at.ready, { deleteDeadline: 'armed', deactivating: false });
    const next = deadline(given, 'delete');
    expect(next.state).toBe(given);
    expect(next.state.ctx.failure).toBeNull();
  });

  it('delete: not armed while deactivating changes nothing', () => {
    const given = state('idle', at.ready, { deleteDeadline: 'off', deactivating: true });
    const next = deadline(given, 'delete');
    expect(next.state).toBe(given);
    expect(next.state.ctx.failure).toBeNull();
  });
});

describe('chart: reduce', () => {
  it('an unrelated event on not-activated does not activate', () => {
    const next = reduce(state('idle', at.notActivated), { type: 'connection', connection: 'reconnecting' });
    expect(next.state.mode).toBe('idle');
    expect(effects(next)).toEqual([]);
  });

  it('a replaced binding gone while recreating creates ours', () => {
    const next = reduce(state('idle', at.notActivated, { activation: 'recreate' }), { type: 'changed', platform: {} });
    expect(next.state.mode).toBe('busy');
    expect(effects(next)).toEqual(['mutate CreateAPIBinding', 'arm bind']);
  });
});

describe('projection', () => {
  it('a busy upgrade sent from the form projects as upgrading', () => {
    const write: Write = { action: 'upgrade', stage: 'update', attempt: 1, draft: { version: 'v0.9.3' }, fromForm: true };
    expect(project(busyState(at.ready, write)).upgrading).toBe(true);
  });

  it('a busy apply-mine not from the form does not project as upgrading', () => {
    const write: Write = { action: 'apply-mine', stage: 'update', attempt: 1, draft: { version: 'v0.9.3' }, fromForm: false };
    expect(project(busyState(at.ready, write)).upgrading).toBe(false);
  });
});

describe('settle', () => {
  const settled = (given: FlowState, extra: readonly Effect[] = []) => settle({ state: given, effects: extra });

  it.each(['initial', 'loading'] as const)('stepOf %s is loading whatever the platform holds', (mode) => {
    expect(stepOf(state(mode, at.ready))).toBe('loading');
  });

  it.each(['initial', 'loading', 'load-failed'] as const)('applies no platform rule to a %s transition', (mode) => {
    const given = state(mode, at.ready, { bindDeadline: 'armed', deactivating: true });
    const next = settled(given);
    expect(next.state).toBe(given);
    expect(next.state.ctx).toMatchObject({ bindDeadline: 'armed', deactivating: true });
    expect(next.effects).toEqual([]);
  });

  it('both objects gone end a deactivation without disarming a delete deadline that is not armed', () => {
    const next = settled(state('idle', at.gone, { deactivating: true, deleteDeadline: 'off' }));
    expect(effects(next)).toEqual(['watch-pages', 'arm pages']);
    expect(next.state.ctx.deactivating).toBe(false);
  });

  it('both objects gone disarm an armed delete deadline', () => {
    const next = settled(state('idle', at.gone, { deactivating: true, deleteDeadline: 'armed' }));
    expect(effects(next)).toEqual(['disarm delete', 'watch-pages', 'arm pages']);
  });

  it('both objects gone clear a deactivate failure', () => {
    const failure = { action: 'deactivate' as const, error: unavailable, retryable: true };
    const next = settled(state('idle', at.gone, { deactivating: true, failure }));
    expect(next.state.ctx.failure).toBeNull();
  });

  it('both objects gone keep a failure of another action', () => {
    const failure = { action: 'load' as const, error: unavailable, retryable: true };
    const next = settled(state('idle', at.gone, { deactivating: true, failure }));
    expect(next.state.ctx.failure).toBe(failure);
  });

  it('an armed bind deadline is disarmed once the step is no longer activating', () => {
    const next = settled(state('idle', at.ready, { bindDeadline: 'armed' }));
    expect(next.state.ctx.bindDeadline).toBe('off');
    expect(effects(next)).toEqual(['disarm bind']);
  });

  it('an expired bind deadline is reset on not-activated', () => {
    const next = settled(state('idle', at.notActivated, { bindDeadline: 'expired' }));
    expect(next.state.ctx.bindDeadline).toBe('off');
    expect(effects(next)).toEqual([]);
  });

  it.each([
    ['configure', at.configure],
    ['ready', at.ready],
  ])('an expired bind deadline stays expired on %s', (_step, platform) => {
    const next = settled(state('idle', platform, { bindDeadline: 'expired' }));
    expect(next.state.ctx.bindDeadline).toBe('expired');
  });

  it('a failure that landed is kept while busy', () => {
    const failure = { action: 'activate' as const, error: unavailable, retryable: true };
    const write: Write = { action: 'configure', stage: 'create', existed: false };
    const next = settled(busyState(at.configure, write, { failure }));
    expect(next.state.ctx.failure).toBe(failure);
  });

  it('an activate failure that landed is cleared when not busy', () => {
    const failure = { action: 'activate' as const, error: unavailable, retryable: true };
    expect(settled(state('idle', at.configure, { failure })).state.ctx.failure).toBeNull();
  });

  it('an activate failure is kept while no binding exists', () => {
    const failure = { action: 'activate' as const, error: unavailable, retryable: true };
    expect(settled(state('idle', at.notActivated, { failure })).state.ctx.failure).toBe(failure);
  });

  it('an activate deadline failure is cleared once the step is no longer activating', () => {
    const failure = { action: 'activate' as const, error: { kind: 'deadline' as const, message: 'late' }, retryable: true };
    expect(settled(state('idle', at.notActivated, { failure })).state.ctx.failure).toBeNull();
  });

  it('an activate deadline failure is kept while activating', () => {
    const failure = { action: 'activate' as const, error: { kind: 'deadline' as const, message: 'late' }, retryable: true };
    expect(settled(state('idle', at.activating, { failure, bindDeadline: 'expired' })).state.ctx.failure).toBe(failure);
  });

  const claimsFailure = { action: 'accept-claims' as const, error: unavailable, retryable: true };

  it('an accept-claims failure is cleared once no claims are pending (no resource yet)', () => {
    expect(settled(state('idle', at.configure, { failure: claimsFailure })).state.ctx.failure).toBeNull();
  });

  it('an accept-claims failure is kept while claims are pending', () => {
    expect(settled(state('idle', at.claims, { failure: claimsFailure })).state.ctx.failure).toBe(claimsFailure);
  });

  it('an accept-claims failure is kept while no binding exists', () => {
    expect(settled(state('idle', at.notActivated, { failure: claimsFailure })).state.ctx.failure).toBe(claimsFailure);
  });

  it('a configure failure is cleared once the resource exists (no draft kept)', () => {
    const failure = { action: 'configure' as const, error: unavailable, retryable: true };
    expect(settled(state('idle', at.ready, { failure, draft: null })).state.ctx.failure).toBeNull();
  });

  it('a configure failure of invalid input is kept although a resource exists', () => {
    const failure = { action: 'configure' as const, error: invalid, retryable: false };
    expect(settled(state('idle', at.ready, { failure, draft: null })).state.ctx.failure).toBe(failure);
  });

  it('an upgrade failure is cleared once the resource shows the draft', () => {
    const failure = { action: 'upgrade' as const, error: unavailable, retryable: true };
    const next = settled(state('idle', at.ready, { failure, draft: { version: 'v0.8.5' } }));
    expect(next.state.ctx.failure).toBeNull();
  });

  it('an upgrade failure is kept while the resource differs from the draft', () => {
    const failure = { action: 'upgrade' as const, error: unavailable, retryable: true };
    const next = settled(state('idle', at.ready, { failure, draft: { version: 'v0.9.3' } }));
    expect(next.state.ctx.failure).toBe(failure);
  });
});
