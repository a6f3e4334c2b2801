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
 * step shows `error` whatever its step. Every name here is imported in `ui5.ts` (v5 path data).
 */
export function stepIcon(step: OnboardingStep, failing: boolean): string {
  if (failing || step === 'load-failed') return 'error';
  const icons: Readonly<Record<Exclude<OnboardingStep, 'load-failed'>, string>> = {
    loading: 'pending',
    'control-plane-not-ready': 'pending',
    'not-activated': 'circle-task',
    activating: 'chain-link',
    'permission-claims': 'permission',
    configure: 'action-settings',
    installing: 'process',
    ready: 'sys-enter-2',
    deactivating: 'delete',
  };
  return icons[step];
}
