import { ChangeDetectionStrategy, Component, CUSTOM_ELEMENTS_SCHEMA, input, output } from '@angular/core';
import type { Texts } from '../../i18n/texts';
import { MessageStripOnDemand } from '../../message-strip-on-demand';

/** Message shown instead of a blank element when the context lacks what the element needs (docs/onboarding-ui.md §2). */
@Component({
  selector: 'openmcp-context-error',
  changeDetection: ChangeDetectionStrategy.OnPush,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  imports: [MessageStripOnDemand],
  template: `
    <ui5-message-strip data-testid="context-error" design="Negative" hide-close-button role="alert">
      <strong>{{ texts().context.title }}</strong>
      <p>{{ message() }}</p>
      <p>{{ texts().context.howToFix }}</p>
      @if (retryable()) {
        <ui5-button data-testid="retry" design="Emphasized" (click)="retryRequested.emit()">{{ texts().failure.retry }}</ui5-button>
      }
    </ui5-message-strip>
  `,
  styles: `
    p {
      margin: 0.25rem 0 0;
    }
    ui5-button {
      margin-top: 0.5rem;
    }
  `,
})
export class ContextError {
  /** Dictionary of the current locale. */
  readonly texts = input.required<Texts>();
  /** What is missing, already localised. */
  readonly message = input.required<string>();
  /** Whether loading again may help: shows Retry. */
  readonly retryable = input(false);
  /** Emits when the user asks to load again. */
  readonly retryRequested = output<void>();
}
