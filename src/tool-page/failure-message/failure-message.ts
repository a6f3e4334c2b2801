import { ChangeDetectionStrategy, Component, CUSTOM_ELEMENTS_SCHEMA, input, output } from '@angular/core';
import type { OnboardingFailure } from '@opencp/onboarding';
import type { Texts } from '../../i18n/texts';
import { LongText } from '../../long-text/long-text';
import { MessageStripOnDemand } from '../../message-strip-on-demand';

/** A failed action: what failed, how to retry, the gateway's own text, Retry where retrying helps, Dismiss always. */
@Component({
  selector: 'openmcp-failure-message',
  changeDetection: ChangeDetectionStrategy.OnPush,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  imports: [LongText, MessageStripOnDemand],
  styles: `
    :host {
      display: block;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    p {
      margin: 0.25rem 0 0;
    }
    .detail {
      margin: 0.25rem 0 0;
      font-family: var(--sapFontFamilyMono, monospace);
      font-size: var(--sapFontSmallSize);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-top: 0.5rem;
    }
  `,
  template: `
    <ui5-message-strip design="Negative" hide-close-button role="alert" data-testid="error-message" [attr.data-kind]="failure().error.kind">
      <strong tabindex="-1" data-focus-target>{{ texts().failure.actions[failure().action] }}</strong>
      <p>{{ texts().failure.kinds[failure().error.kind] }}</p>
      <div class="detail">
        <span>{{ texts().failure.details }}:</span> <openmcp-long-text [text]="failure().error.message" [texts]="texts()" />
      </div>
      <div class="actions">
        @if (failure().retryable) {
          <ui5-button data-testid="retry" design="Emphasized" (click)="retryRequested.emit()">{{ texts().failure.retry }}</ui5-button>
        }
        <ui5-button data-testid="dismiss-error" design="Transparent" (click)="dismissed.emit()">{{ texts().failure.dismiss }}</ui5-button>
      </div>
    </ui5-message-strip>
  `,
})
export class FailureMessage {
  /** The failed action and its classified error. */
  readonly failure = input.required<OnboardingFailure>();
  /** Dictionary of the current locale. */
  readonly texts = input.required<Texts>();
  /** Emits when the user asks to run the failed action again. */
  readonly retryRequested = output<void>();
  /** Emits when the user closes the message. */
  readonly dismissed = output<void>();
}
