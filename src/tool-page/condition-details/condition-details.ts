import { ChangeDetectionStrategy, Component, computed, CUSTOM_ELEMENTS_SCHEMA, DestroyRef, inject, input, signal } from '@angular/core';
import { conditionDetails, type ConditionSource, type OnboardingState } from '@opencp/onboarding';
import type { Texts } from '../../i18n/texts';
import { ConditionsList } from '../conditions-list/conditions-list';

/** How often the relative condition times are refreshed (ms). */
export const RELATIVE_TIME_TICK_MS = 30_000;

/**
 * The collapsible Details section: conditions in labelled groups (APIBinding, the tool's enablement resource), each
 * with relative `lastTransitionTime`s. Closed by default unless a condition is an error by the display rule
 * (docs/platform.md §2.3); it opens by itself when an error appears and otherwise keeps what the user chose (the
 * binding writes `open` only when that verdict changes).
 */
@Component({
  selector: 'openmcp-condition-details',
  changeDetection: ChangeDetectionStrategy.OnPush,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  imports: [ConditionsList],
  template: `
    @if (details().groups.length > 0) {
      <details data-testid="details" [open]="details().open">
        <summary>{{ texts().details.title }}</summary>
        @for (group of details().groups; track group.source) {
          <section class="group" [attr.data-testid]="'conditions-' + group.source" [attr.aria-label]="groupLabel(group.source)">
            <openmcp-conditions-list
              [title]="groupLabel(group.source)"
              [conditions]="group.conditions"
              [errors]="group.errors"
              [texts]="texts()"
              [locale]="locale()"
              [now]="now()"
            />
          </section>
        }
      </details>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    summary {
      cursor: pointer;
      color: var(--sapLinkColor, var(--sapTextColor));
      font-weight: bold;
    }
    summary:focus-visible {
      outline: var(--sapContent_FocusWidth, 2px) var(--sapContent_FocusStyle, solid) var(--sapContent_FocusColor);
    }
    .group {
      margin-top: 0.75rem;
    }
  `,
})
export class ConditionDetails {
  /** Current flow state. */
  readonly state = input.required<OnboardingState>();
  /** Dictionary of the current locale. */
  readonly texts = input.required<Texts>();
  /** Localised tool label (names the tool's group). */
  readonly label = input.required<string>();
  /** Locale of the times (Intl). */
  readonly locale = input<string>('en');
  /** Which groups to show, binding first. */
  readonly sources = input<readonly ConditionSource[]>(['binding', 'tool']);
  /** Clock in ms since the epoch; injectable for tests. */
  readonly clock = input<() => number>(() => Date.now());

  protected readonly details = computed(() => conditionDetails(this.state(), this.sources()));
  private readonly tick = signal(0);
  /** Re-read on every state change and every {@link RELATIVE_TIME_TICK_MS}. */
  protected readonly now = computed(() => {
    this.tick();
    this.state();
    return this.clock()();
  });

  constructor() {
    const timer = setInterval(() => this.tick.update((value) => value + 1), RELATIVE_TIME_TICK_MS);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  protected groupLabel(source: ConditionSource): string {
    return source === 'binding' ? this.texts().details.binding : this.texts().details.tool(this.label());
  }
}
