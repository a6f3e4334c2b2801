import { ChangeDetectionStrategy, Component, CUSTOM_ELEMENTS_SCHEMA, input } from '@angular/core';
import type { Texts } from '../../i18n/texts';

/** Message shown instead of a blank element when the context lacks what the element needs (issue #3 §2). */
@Component({
  selector: 'openmcp-context-error',
  changeDetection: ChangeDetectionStrategy.OnPush,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <ui5-message-strip data-testid="context-error" design="Negative" hide-close-button role="alert">
      <strong>{{ texts().context.title }}</strong>
      <p>{{ message() }}</p>
      <p>{{ texts().context.howToFix }}</p>
    </ui5-message-strip>
  `,
  styles: `p { margin: 0.25rem 0 0; }`,
})
export class ContextError {
  /** Dictionary of the current locale. */
  readonly texts = input.required<Texts>();
  /** What is missing, already localised. */
  readonly message = input.required<string>();
}
