import type { OnboardingStep } from '@opencp/onboarding';
import { stepIcon } from './step-design';

describe('stepIcon', () => {
  const steps: OnboardingStep[] = [
    'loading',
    'control-plane-not-ready',
    'not-activated',
    'activating',
    'permission-claims',
    'configure',
    'installing',
    'ready',
    'deactivating',
  ];

  it('gives every display state its own icon, and failures the error icon', () => {
    const icons = steps.map((step) => stepIcon(step, false));
    expect(new Set(icons).size).toBe(steps.length);
    expect(icons).not.toContain('error');
    expect(stepIcon('configure', false)).not.toBe(stepIcon('not-activated', false));
    expect(stepIcon('ready', true)).toBe('error');
    expect(stepIcon('load-failed', false)).toBe('error');
  });
});
