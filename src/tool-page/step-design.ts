import type { OnboardingStep } from '@opencp/onboarding';

/** UI5 Tag design of a step: green when active, blue while working, orange while waiting/removing, red on errors. */
export function stepTagDesign(step: OnboardingStep, failing: boolean): string {
  if (failing || step === 'load-failed') return 'Negative';
  switch (step) {
    case 'ready':
      return 'Positive';
    case 'installing':
    case 'activating':
      return 'Information';
    case 'deactivating':
    case 'control-plane-not-ready':
      return 'Critical';
    default:
      return 'Neutral';
  }
}

/**
 * Icon of a step's tag, one per step so no two states look alike (the tag's own state icon is hidden): a failing
 * step shows `error` whatever its step. Every name here is imported in `ui5.ts` (v5 path data) or comes with the
 * UI5 Tag itself (`sys-enter-2`, `error`, `alert`, `information`), so the set costs about 3 kB.
 */
export function stepIcon(step: OnboardingStep, failing: boolean): string {
  if (failing || step === 'load-failed') return 'error';
  const icons: Readonly<Record<Exclude<OnboardingStep, 'load-failed'>, string>> = {
    loading: 'refresh',
    'control-plane-not-ready': 'alert',
    'not-activated': 'circle-task-2',
    activating: 'synchronize',
    'permission-claims': 'information',
    configure: 'edit',
    installing: 'process',
    ready: 'sys-enter-2',
    deactivating: 'less',
  };
  return icons[step];
}
