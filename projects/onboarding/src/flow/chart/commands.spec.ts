import { buildBinding, buildControlPlane, buildResource } from '@opencp/onboarding/testing';
import { at, chartConfig, chartState, chartTool, claim, effectText } from '../../../testing/chart-fixtures';
import { GatewayError } from '../../gateway/gateway-error';
import { bindTimeoutFailure, writeFailure } from '../onboarding-failures';
import type { OnboardingConflict } from '../onboarding-state';
import { reduce } from './chart';
import type { FlowState, Platform } from './flow-state';

/**
 * The command guards of the chart (commands.ts): each command acts only in the steps and situations its guard names
 * and otherwise leaves the state value untouched and sends nothing. Rows of chart.spec.ts cover the allowed cases;
 * these cover the refusals and the details of what an allowed command sends.
 */

const unavailable = new GatewayError('unavailable', 'Service Unavailable', [], 503);
const failureOf = (action: Parameters<typeof writeFailure>[0]) => writeFailure(action, unavailable);
const resourceConflict: OnboardingConflict = { subject: 'resource', theirs: { version: 'v0.8.5' }, mine: { version: 'v0.9.3' } };
const bindingConflict: OnboardingConflict = {
  subject: 'binding',
  theirs: { name: 'kro.other.example', path: 'root:elsewhere' },
  mine: { name: chartTool.exportName, path: null },
};

/** Mutations of a transition in words, e.g. `['mutate CreateAPIBinding']`. */
const sent = (given: FlowState, event: Parameters<typeof reduce>[1]) => reduce(given, event).effects.map(effectText);

/** The transition leaves `given` as it is (the same state value) and sends nothing. */
function expectRefused(given: FlowState, event: Parameters<typeof reduce>[1]): void {
  const transition = reduce(given, event);
  expect(transition.state).toStrictEqual(given);
  expect(transition.effects).toEqual([]);
}

function mutationOf(given: FlowState, event: Parameters<typeof reduce>[1]) {
  const effect = reduce(given, event).effects.find((candidate) => candidate.type === 'mutate');
  if (effect?.type !== 'mutate') throw new Error('no mutation sent');
  return effect.request;
}

describe('chart commands: activate', () => {
  it.each([
    ['configure', at.configure],
    ['ready', at.ready],
    ['permission-claims', at.claims],
  ])('is refused at step %s', (_step, platform) => {
    expectRefused(chartState('idle', platform), { type: 'activate' });
  });

  it('is refused while the binding is still activating without a failed try', () => {
    expectRefused(chartState('idle', at.activating, { bindDeadline: 'armed' }), { type: 'activate' });
  });

  it('after the bind timeout, creates the binding again with a fresh bind deadline', () => {
    const timedOut = bindTimeoutFailure(chartTool, at.activating.binding, chartConfig.bindTimeoutMs);
    const given = chartState('idle', at.activating, { failure: timedOut, bindDeadline: 'armed' });
    const { state: next, effects } = reduce(given, { type: 'activate' });
    expect(effects.map(effectText)).toEqual(['disarm bind', 'mutate CreateAPIBinding', 'arm bind']);
    expect(next).toMatchObject({ mode: 'busy', write: { action: 'activate', stage: 'create', existed: false } });
    expect(next.ctx.failure).toBeNull();
  });

  it('entering busy clears the earlier failure, navigation offer and overdue pages', () => {
    const given = chartState('idle', at.notActivated, {
      failure: failureOf('deactivate'),
      navigationChange: 'removed',
      pagesOverdue: true,
    });
    const { state: next } = reduce(given, { type: 'activate' });
    expect(next.ctx).toMatchObject({ failure: null, navigationChange: null, pagesOverdue: false });
    expect(next).toMatchObject({ write: { existed: false } });
  });
});

describe('chart commands: accept claims', () => {
  it('sends the binding resourceVersion, or an empty one when the binding has none', () => {
    expect(mutationOf(chartState('idle', at.claims), { type: 'accept-claims' }).variables).toMatchObject({ resourceVersion: '7' });
    const withoutVersion: Platform = { ...at.claims, binding: buildBinding({ exportClaims: [claim] }) };
    delete (withoutVersion.binding as { metadata: { resourceVersion?: string } }).metadata.resourceVersion;
    expect(mutationOf(chartState('idle', withoutVersion), { type: 'accept-claims' }).variables).toMatchObject({ resourceVersion: '' });
  });

  it('is refused at step configure', () => {
    expectRefused(chartState('idle', at.configure), { type: 'accept-claims' });
  });
});

describe('chart commands: configure', () => {
  it('is refused outside step configure', () => {
    expectRefused(chartState('idle', at.ready), { type: 'configure', draft: { version: 'v0.9.3' } });
  });

  it('creates the resource as a new write (not one that existed)', () => {
    const { state: next } = reduce(chartState('idle', at.configure), { type: 'configure', draft: { version: 'v0.9.3' } });
    expect(next).toMatchObject({ mode: 'busy', write: { action: 'configure', stage: 'create', existed: false } });
  });

  it('fails at once for a version the catalog does not offer, keeping the draft', () => {
    const draft = { version: 'v9.9.9' };
    const { state: next, effects } = reduce(chartState('idle', at.configure), { type: 'configure', draft });
    expect(effects).toEqual([]);
    expect(next.mode).toBe('idle');
    expect(next.ctx.draft).toEqual(draft);
    expect(next.ctx.failure?.action).toBe('configure');
  });
});

describe('chart commands: change version (upgrade)', () => {
  it('does not open the form outside ready and installing', () => {
    expectRefused(chartState('idle', at.configure), { type: 'start-upgrade' });
  });

  it('is refused outside ready and installing', () => {
    expectRefused(chartState('idle', at.configure), { type: 'upgrade', draft: { version: 'v0.9.3' } });
  });

  it('fails as an upgrade, in the form, for a version the catalog does not offer', () => {
    const { state: next, effects } = reduce(chartState('upgrading', at.ready), { type: 'upgrade', draft: { version: 'v9.9.9' } });
    expect(effects).toEqual([]);
    expect(next.mode).toBe('upgrading');
    expect(next.ctx.failure?.action).toBe('upgrade');
  });

  it('fails as not found when the stored resource has no resourceVersion, nothing sent', () => {
    const resource = buildResource({ spec: { version: 'v0.8.5', chartVersion: '0.8.5' } });
    delete (resource.metadata as { resourceVersion?: string }).resourceVersion;
    const { state: next, effects } = reduce(chartState('idle', { ...at.ready, resource }), {
      type: 'upgrade',
      draft: { version: 'v0.9.3' },
    });
    expect(effects).toEqual([]);
    expect(next.ctx.failure).toMatchObject({ action: 'upgrade', error: { kind: 'not-found', message: 'KRO default no longer exists' } });
  });

  it('ends at once in idle when the draft changes nothing', () => {
    const { state: next, effects } = reduce(chartState('upgrading', at.ready, { conflict: resourceConflict }), {
      type: 'upgrade',
      draft: { version: 'v0.8.5' },
    });
    expect(effects).toEqual([]);
    expect(next.mode).toBe('idle');
    expect(next.ctx.conflict).toBeNull();
  });
});

describe('chart commands: roll back', () => {
  it('is refused without the previous-spec annotation and outside step ready', () => {
    expectRefused(chartState('idle', at.ready), { type: 'rollback' });
    expectRefused(chartState('idle', { ...at.changed, resource: { ...at.changed.resource, status: { phase: 'Provisioning' } } }), {
      type: 'rollback',
    });
  });

  it('fails as a conflict naming the lost previous version when retried after the annotation went', () => {
    const given = chartState('idle', at.ready, { failure: failureOf('rollback') });
    const retried = reduce(given, { type: 'retry' });
    // Nothing left to roll back to: Retry reads the workspace again instead.
    expect(retried.effects.map(effectText)).toEqual(['load']);
    expect(retried.state.ctx.failure).toBeNull();
  });
});

describe('chart commands: deactivate', () => {
  it('is refused with neither binding nor resource, and while a deactivation is under way', () => {
    expectRefused(chartState('idle', at.notActivated), { type: 'deactivate' });
    expectRefused(chartState('idle', at.ready, { deactivating: true }), { type: 'deactivate' });
  });

  it.each([
    ['a binding only', at.configure],
    ['a resource only', { controlPlane: buildControlPlane(), binding: null, resource: buildResource() }],
  ])('deletes the binding first with %s', (_what, platform) => {
    const request = mutationOf(chartState('idle', platform), { type: 'deactivate' });
    expect(request.variables).toEqual({ name: chartTool.exportName });
  });
});

describe('chart commands: conflicts', () => {
  it('keep theirs is refused without a conflict', () => {
    expectRefused(chartState('idle', at.ready), { type: 'keep-theirs' });
  });

  it('keep theirs waits for Ready only when a resource exists', () => {
    const withResource = reduce(chartState('idle', at.installing, { conflict: resourceConflict }), { type: 'keep-theirs' });
    expect(withResource.state.ctx).toMatchObject({ conflict: null, awaitingReady: true });
    const withoutResource = reduce(chartState('idle', at.configure, { conflict: bindingConflict }), { type: 'keep-theirs' });
    expect(withoutResource.state.ctx).toMatchObject({ conflict: null, awaitingReady: false });
  });

  it('apply mine deletes their binding by our export name', () => {
    const given = chartState('idle', at.activating, { conflict: bindingConflict });
    expect(mutationOf(given, { type: 'apply-mine' })).toMatchObject({ variables: { name: chartTool.exportName } });
    expect(reduce(given, { type: 'apply-mine' }).state).toMatchObject({ write: { action: 'replace-binding' } });
  });

  it('apply mine patches the resource with the draft, not from the form', () => {
    const { state: next } = reduce(chartState('idle', at.ready, { conflict: resourceConflict, draft: { version: 'v0.9.3' } }), {
      type: 'apply-mine',
    });
    expect(next).toMatchObject({ mode: 'busy', write: { action: 'apply-mine', stage: 'update', attempt: 1, fromForm: false } });
  });

  it('apply mine is refused without a conflict, and for a resource conflict without a draft', () => {
    expectRefused(chartState('idle', at.ready, { draft: { version: 'v0.9.3' } }), { type: 'apply-mine' });
    expectRefused(chartState('idle', at.ready, { conflict: resourceConflict }), { type: 'apply-mine' });
  });
});

describe('chart commands: retry', () => {
  it('re-reads after a failed load even while a conflict is shown', () => {
    const given = chartState('idle', at.ready, { failure: failureOf('load'), conflict: resourceConflict, draft: { version: 'v0.9.3' } });
    expect(sent(given, { type: 'retry' })).toEqual(['load']);
  });

  it('applies mine again after a failed configure that met a conflict', () => {
    const given = chartState('idle', at.ready, {
      failure: failureOf('configure'),
      conflict: resourceConflict,
      draft: { version: 'v0.9.3' },
    });
    expect(sent(given, { type: 'retry' })).toEqual(['mutate UpdateKRO']);
  });

  it('accepts the claims again after their failure', () => {
    expect(sent(chartState('idle', at.claims, { failure: failureOf('accept-claims') }), { type: 'retry' })).toEqual([
      'mutate UpdateAPIBindingClaims',
    ]);
  });

  it('sends the change of version again with the kept draft', () => {
    const given = chartState('idle', at.ready, { failure: failureOf('upgrade'), draft: { version: 'v0.9.3' } });
    expect(sent(given, { type: 'retry' })).toEqual(['mutate UpdateKRO']);
  });

  it('keeps the failure on screen when the action is no longer allowed', () => {
    const given = chartState('idle', at.configure, { failure: failureOf('upgrade'), draft: { version: 'v0.9.3' } });
    expectRefused(given, { type: 'retry' });
  });

  it('keeps the failure of an upgrade when there is no draft to send', () => {
    expectRefused(chartState('idle', at.ready, { failure: failureOf('upgrade') }), { type: 'retry' });
  });
});
