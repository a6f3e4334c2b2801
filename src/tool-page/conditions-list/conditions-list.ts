import { ChangeDetectionStrategy, Component, CUSTOM_ELEMENTS_SCHEMA, input } from '@angular/core';
import type { Condition } from '@opencp/onboarding';
import type { Texts } from '../../i18n/texts';
import { LongText } from '../../long-text/long-text';

/**
 * Conditions with type, status, reason and message, updated live by the flow. Conditions listed in `errors` (the
 * display rule's `False` conditions whose reason ends in `Error`/`Failed`, platform-contract §2.3) are highlighted.
 */
@Component({
  selector: 'openmcp-conditions-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  imports: [LongText],
  template: `
    <h4>{{ texts().conditions.title }}</h4>
    @if (conditions().length === 0) {
      <p class="muted">{{ texts().conditions.none }}</p>
    } @else {
      <ul>
        @for (condition of conditions(); track $index) {
          <li
            data-testid="condition"
            [attr.data-type]="condition.type"
            [attr.data-condition-status]="condition.status"
            [class.error]="isError(condition)"
          >
            <span class="type">{{ condition.type }}</span>
            <span class="status">{{ condition.status }}</span>
            @if (isError(condition)) {
              <strong class="error-label">{{ texts().conditions.error }}</strong>
            }
            @if (condition.reason) {
              <span class="reason">{{ condition.reason }}</span>
            }
            @if (condition.message) {
              <openmcp-long-text class="message" [text]="condition.message" [texts]="texts()" />
            }
          </li>
        }
      </ul>
    }
  `,
  styles: `
    h4 { margin: 0 0 0.25rem; font-size: var(--sapFontSize); color: var(--sapContent_LabelColor); }
    ul { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 0.25rem; }
    li { display: flex; flex-wrap: wrap; gap: 0.5rem; min-width: 0; overflow-wrap: anywhere; padding: 0.25rem 0.5rem; border-inline-start: 3px solid var(--sapNeutralBorderColor); }
    li.error { border-inline-start-color: var(--sapNegativeColor); background: var(--sapErrorBackground); }
    .type { font-weight: bold; }
    .reason { color: var(--sapContent_LabelColor); }
    .error-label { color: var(--sapNegativeTextColor); }
    li > * { min-width: 0; }
    .message { flex-basis: 100%; }
    .muted { margin: 0; color: var(--sapContent_LabelColor); }
  `,
})
export class ConditionsList {
  /** Conditions to list, in the order the object reports them. */
  readonly conditions = input.required<readonly Condition[]>();
  /** Conditions to highlight as errors. */
  readonly errors = input<readonly Condition[]>([]);
  /** Dictionary of the current locale. */
  readonly texts = input.required<Texts>();

  protected isError(condition: Condition): boolean {
    return this.errors().some((error) => error.type === condition.type);
  }
}
