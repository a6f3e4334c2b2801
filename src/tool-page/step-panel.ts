import { Directive, input } from '@angular/core';
import type { OnboardingState } from '@opencp/onboarding';
import type { Texts } from '../i18n/texts';

/** Inputs every step panel of the tool page takes. */
@Directive()
export abstract class StepPanel {
  /** Current flow state. */
  readonly state = input.required<OnboardingState>();
  /** Dictionary of the current locale. */
  readonly texts = input.required<Texts>();
  /** Localised tool label. */
  readonly label = input.required<string>();
  /** Locale of times and numbers (Intl). */
  readonly locale = input<string>('en');
  /** The dry run of the page's next action was forbidden: the panel's write actions are disabled. */
  readonly readOnly = input(false);
}
