import { buildBinding, buildResource, condition } from '../../testing/resource-builders';
import { buildState } from '../../testing/state-builder';
import { GatewayError } from '../gateway/gateway-error';
import type { OnboardingAction, OnboardingState, OnboardingStep } from '../flow/onboarding-state';
import { PREVIOUS_SPEC_ANNOTATION } from '../config/previous-spec';
import { flowSteps } from './flow-steps';

const statuses = (state: OnboardingState) => flowSteps(state)?.steps.map((step) => `${step.id}:${step.status}${step.failed ? '!' : ''}`);

describe('flowSteps', () => {
  it.each<[OnboardingStep, string[]]>([
    ['control-plane-not-ready', ['activate:current', 'configure:upcoming', 'outcome:upcoming']],
    ['not-activated', ['activate:current', 'configure:upcoming', 'outcome:upcoming']],
    ['activating', ['activate:current', 'configure:upcoming', 'outcome:upcoming']],
    ['permission-claims', ['activate:current', 'configure:upcoming', 'outcome:upcoming']],
    ['configure', ['activate:done', 'configure:current', 'outcome:upcoming']],
    ['installing', ['activate:done', 'configure:current', 'outcome:upcoming']],
    ['ready', ['activate:done', 'configure:done', 'outcome:current']],
    ['deactivating', ['activate:done', 'configure:done', 'outcome:current']],
  ])('places %s', (step, expected) => {
    expect(statuses(buildState({ step, resource: buildResource({ phase: 'Progressing' }) }))).toEqual(expected);
  });

  it('shows no steps while loading or after a failed load', () => {
    expect(flowSteps(buildState({ step: 'loading' }))).toBeNull();
    expect(flowSteps(buildState({ step: 'load-failed' }))).toBeNull();
  });

  it('says what runs and what comes next', () => {
    const binding = buildBinding({ phase: '' });
    expect(flowSteps(buildState({ step: 'activating', binding }))).toMatchObject({ activity: { kind: 'binding' }, next: 'configure' });
    expect(flowSteps(buildState({ step: 'ready', resource: buildResource() }))).toMatchObject({
      outcome: 'active',
      activity: null,
      next: null,
    });
    expect(flowSteps(buildState({ step: 'deactivating' }))).toMatchObject({
      outcome: 'removing',
      activity: { kind: 'removing' },
      next: 'removed',
    });
  });

  it('tells a first install from an update, with the previous version when annotated', () => {
    const installing = buildResource({ phase: 'Progressing', spec: { version: 'v1.20.1' } });
    expect(flowSteps(buildState({ step: 'installing', resource: installing }))?.activity).toEqual({
      kind: 'installing',
      version: 'v1.20.1',
    });
    const updated = buildResource({ phase: 'Progressing', generation: 2, observedGeneration: 1, spec: { version: 'v1.20.1' } });
    expect(flowSteps(buildState({ step: 'installing', resource: updated }))?.activity).toEqual({
      kind: 'updating',
      from: null,
      to: 'v1.20.1',
    });
    const annotated = {
      ...updated,
      metadata: { ...updated.metadata, annotations: { [PREVIOUS_SPEC_ANNOTATION]: '{"version":"v1.20.0"}' } },
    };
    const steps = flowSteps(buildState({ step: 'installing', resource: annotated }));
    expect(steps?.activity).toEqual({ kind: 'updating', from: 'v1.20.0', to: 'v1.20.1' });
    expect(steps?.activityKey).toContain('v1.20.0');
  });

  it('shows the failure as outcome on an error condition or a failed configure', () => {
    const failing = buildResource({ phase: 'Progressing', conditions: [condition('Ready', 'False', 'InstallFailed', 'no such version')] });
    expect(statuses(buildState({ step: 'installing', resource: failing }))).toEqual([
      'activate:done',
      'configure:done',
      'outcome:current!',
    ]);
    expect(flowSteps(buildState({ step: 'installing', resource: failing }))?.outcome).toBe('failed');
    const failure = { action: 'activate' as const, error: new GatewayError('forbidden', 'is forbidden'), retryable: false };
    expect(statuses(buildState({ step: 'not-activated', failure }))?.[0]).toBe('activate:current!');
  });

  it.each<[OnboardingStep, boolean, OnboardingAction, string]>([
    ['not-activated', false, 'accept-claims', 'activate:current!'],
    ['activating', false, 'activate', 'activate:current!'],
    ['permission-claims', false, 'accept-claims', 'activate:current!'],
    ['permission-claims', false, 'configure', 'activate:current'],
    ['configure', false, 'configure', 'configure:current!'],
    ['configure', false, 'activate', 'configure:current'],
    ['deactivating', false, 'deactivate', 'outcome:current!'],
    ['deactivating', false, 'configure', 'outcome:current'],
    ['ready', true, 'upgrade', 'configure:current!'],
    ['ready', true, 'configure', 'configure:current'],
    ['ready', false, 'upgrade', 'outcome:current'],
    ['installing', false, 'configure', 'outcome:current!'],
    ['installing', false, 'upgrade', 'outcome:current!'],
    ['installing', false, 'rollback', 'outcome:current!'],
    ['installing', false, 'deactivate', 'configure:current'],
  ])('marks the current step of %s (upgrading %s) failed only for the action it runs (%s → %s)', (step, upgrading, action, shown) => {
    const failure = { action, error: new GatewayError('forbidden', 'is forbidden'), retryable: false };
    const current = statuses(buildState({ step, upgrading, failure, resource: buildResource({ phase: 'Progressing' }) }))?.find((entry) =>
      entry.includes(':current'),
    );
    expect(current).toBe(shown);
  });

  it('shows the Change version form, not the install, while installing with the form open', () => {
    expect(flowSteps(buildState({ step: 'installing', upgrading: true, resource: buildResource({ phase: 'Progressing' }) }))).toMatchObject(
      {
        activity: null,
        next: 'active',
      },
    );
  });

  it('names the draft version of an install whose resource has no spec.version yet', () => {
    const resource = buildResource({ phase: 'Progressing', spec: {} });
    expect(flowSteps(buildState({ step: 'installing', resource, draft: { version: 'v0.8.5' } }))?.activity).toEqual({
      kind: 'installing',
      version: 'v0.8.5',
    });
  });

  it('keeps Configure current while the Change version form is open on a ready tool', () => {
    expect(statuses(buildState({ step: 'ready', upgrading: true, resource: buildResource() }))).toEqual([
      'activate:done',
      'configure:current',
      'outcome:upcoming',
    ]);
  });
});
