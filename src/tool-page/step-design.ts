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
