import { ChangeDetectionStrategy, Component, computed, CUSTOM_ELEMENTS_SCHEMA, input } from '@angular/core';
import { timeTexts, type Condition } from '@opencp/onboarding';
import type { Texts } from '../../i18n/texts';
import { LongText } from '../../long-text/long-text';

/**
 * Conditions with type, status, reason and message, updated live by the flow. Conditions listed in `errors` (the
 * display rule's `False` conditions whose reason ends in `Error`/`Failed`, docs/platform.md §2.3) are highlighted.
 */
@Component({
  selector: 'openmcp-conditions-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  imports: [LongText],
  template: `
    @if (heading()) {
      <h4>{{ heading() }}</h4>
    }
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
            @if (times()[$index]; as time) {
              <time
                data-testid="condition-time"
                [attr.datetime]="condition.lastTransitionTime"
                [attr.title]="time.absolute"
                [attr.aria-label]="texts().details.changed(time.relative, time.absolute)"
                >{{ time.relative }}</time
              >
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
    h4 {
      margin: 0 0 0.25rem;
      font-size: var(--sapFontSize);
      color: var(--sapContent_LabelColor);
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      min-width: 0;
      overflow-wrap: anywhere;
      padding: 0.25rem 0.5rem;
      border-inline-start: 3px solid var(--sapNeutralBorderColor);
    }
    li.error {
      border-inline-start-color: var(--sapNegativeColor);
      background: var(--sapErrorBackground);
    }
    .type {
      font-weight: bold;
    }
    .reason,
    time {
      color: var(--sapContent_LabelColor);
    }
    .error-label {
      color: var(--sapNegativeTextColor);
    }
    li > * {
      min-width: 0;
    }
    .message {
      flex-basis: 100%;
    }
    .muted {
      margin: 0;
      color: var(--sapContent_LabelColor);
    }
  `,
})
export class ConditionsList {
  /** Conditions to list, in the order the object reports them. */
  readonly conditions = input.required<readonly Condition[]>();
  /** Conditions to highlight as errors. */
  readonly errors = input<readonly Condition[]>([]);
  /** Dictionary of the current locale. */
  readonly texts = input.required<Texts>();

  /** Heading above the list; default the dictionary's "Conditions", empty for none (a labelled group brings its own). */
  readonly title = input<string | null>(null);
  /** Locale of the relative and absolute times. */
  readonly locale = input<string>('en');
  /** Clock reading (ms since the epoch) the `lastTransitionTime`s are relative to; null shows no times. */
  readonly now = input<number | null>(null);

  protected readonly heading = computed(() => this.title() ?? this.texts().conditions.title);
  /** Relative `lastTransitionTime` per condition (Intl), absolute as tooltip and in the accessible name. */
  protected readonly times = computed(() => {
    const now = this.now();
    return this.conditions().map((condition) => (now === null ? null : timeTexts(condition.lastTransitionTime, now, this.locale())));
  });

  protected isError(condition: Condition): boolean {
    return this.errors().some((error) => error.type === condition.type);
  }
}
