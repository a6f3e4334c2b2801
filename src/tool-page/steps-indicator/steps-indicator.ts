import {
  ChangeDetectionStrategy,
  Component,
  computed,
  CUSTOM_ELEMENTS_SCHEMA,
  DestroyRef,
  inject,
  input,
  linkedSignal,
  signal,
  untracked,
} from '@angular/core';
import { flowSteps, formatDuration, type FlowStep, type OnboardingState, type SupportedLocale } from '@opencp/onboarding';
import type { Texts } from '../../i18n/texts';

/** How often the elapsed time of a running step is refreshed (ms). */
export const ELAPSED_TICK_MS = 1000;

/**
 * The flow as steps: 1 Activate (with the permission review when the export has claims), 2 Configure, then the
 * outcome (Active, Failed, Removing), each done / current / upcoming in words (not colour alone), `aria-current="step"`
 * on the current one. Below, while the platform works: what it does, for how long (updated every second) and what
 * comes next. The elapsed time counts from when this page saw the activity start.
 */
@Component({
  selector: 'openmcp-steps-indicator',
  changeDetection: ChangeDetectionStrategy.OnPush,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    @if (model(); as model) {
      <nav [attr.aria-label]="texts().flow.label" data-testid="steps">
        <ol>
          @for (step of model.steps; track step.id; let index = $index) {
            <li
              [attr.data-step-id]="step.id"
              [attr.data-step-status]="step.status"
              [attr.data-failed]="step.failed || null"
              [attr.aria-current]="step.status === 'current' ? 'step' : null"
              [class]="step.status"
              [class.failed]="step.failed"
            >
              <span class="marker" aria-hidden="true">
                @if (step.status === 'done') {
                  <ui5-icon name="sys-enter-2"></ui5-icon>
                } @else if (step.failed) {
                  <ui5-icon name="error"></ui5-icon>
                } @else {
                  {{ index + 1 }}
                }
              </span>
              <span class="name">{{ name(step) }}</span>
              <span class="visually-hidden">{{ stateText(step) }}</span>
            </li>
          }
        </ol>
      </nav>
      @if (activity(); as activity) {
        <div class="activity" data-testid="activity">
          <ui5-busy-indicator active delay="0" size="S"></ui5-busy-indicator>
          <div>
            <p class="doing" data-testid="activity-text">{{ activity }}</p>
            <p class="muted">
              <span data-testid="elapsed">{{ elapsed() }}</span> · <span data-testid="next">{{ next() }}</span>
            </p>
          </div>
        </div>
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    ol {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      color: var(--sapContent_LabelColor);
    }
    li.current {
      color: var(--sapTextColor);
      font-weight: bold;
    }
    .marker {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      width: 1.5rem;
      height: 1.5rem;
      border-radius: 50%;
      border: 1px solid var(--sapContent_LabelColor);
      font-size: var(--sapFontSmallSize, 0.75rem);
      flex: none;
    }
    li.current .marker {
      border: 2px solid var(--sapSelectedColor, var(--sapBrandColor));
      color: var(--sapSelectedColor, var(--sapBrandColor));
    }
    li.done .marker {
      border-color: var(--sapPositiveElementColor);
      color: var(--sapPositiveElementColor);
    }
    li.failed .marker {
      border-color: var(--sapNegativeElementColor);
      color: var(--sapNegativeElementColor);
    }
    .marker ui5-icon {
      width: 1rem;
      height: 1rem;
      color: inherit;
    }
    .activity {
      display: flex;
      align-items: flex-start;
      gap: 0.75rem;
      margin-top: 0.75rem;
    }
    p {
      margin: 0;
    }
    .doing {
      font-weight: bold;
    }
    .muted {
      color: var(--sapContent_LabelColor);
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `,
})
export class StepsIndicator {
  /** Current flow state. */
  readonly state = input.required<OnboardingState>();
  /** Dictionary of the current locale. */
  readonly texts = input.required<Texts>();
  /** Localised tool label. */
  readonly label = input.required<string>();
  /** Locale for the elapsed time (Intl). */
  readonly locale = input.required<SupportedLocale>();
  /** Clock in ms since the epoch; injectable for tests. */
  readonly clock = input<() => number>(() => Date.now());

  protected readonly model = computed(() => flowSteps(this.state()));
  private readonly activityKey = computed(() => this.model()?.activityKey ?? null);
  /** The clock, read every second while an activity runs (before the first tick, the elapsed time shows 0). */
  private readonly now = signal(0);
  /** When this page saw the current activity start (ms): re-read whenever the activity changes. */
  private readonly since = linkedSignal<string | null, number>({
    source: this.activityKey,
    computation: () => this.clock()(),
  });

  protected readonly activity = computed(() => {
    const activity = this.model()?.activity;
    const flow = this.texts().flow;
    const tool = this.label();
    switch (activity?.kind) {
      case 'binding':
        return flow.binding(tool);
      case 'reviewing-permissions':
        return flow.reviewing(tool, activity.claims);
      case 'installing':
        return flow.installing(tool, activity.version);
      case 'updating':
        return flow.updating(tool, activity.from, activity.to);
      case 'removing':
        return flow.removing(tool);
      default:
        return null;
    }
  });
  protected readonly elapsed = computed(() =>
    this.texts().flow.elapsed(formatDuration(Math.max(0, this.now() - this.since()), this.locale())),
  );
  protected readonly next = computed(() => {
    const next = this.model()?.next;
    return next ? this.texts().flow.next[next](this.label()) : '';
  });

  constructor() {
    // One timer for the element's life; it touches the clock signal only while an activity runs.
    const timer = setInterval(() => {
      if (untracked(this.activityKey) !== null) this.now.set(this.clock()());
    }, ELAPSED_TICK_MS);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  protected name(step: FlowStep): string {
    const flow = this.texts().flow;
    if (step.id === 'activate') return this.hasClaims() ? flow.activateWithClaims : flow.activate;
    if (step.id === 'configure') return flow.configure;
    const outcome = this.model()?.outcome;
    return outcome ? flow.outcomes[outcome] : flow.outcomeUpcoming;
  }

  /** The step's state in words for screen readers, e.g. " (current step, failed)" (not colour alone). */
  protected stateText(step: FlowStep): string {
    const flow = this.texts().flow;
    return ` (${flow.statuses[step.status]}${step.failed ? `, ${flow.failed}` : ''})`;
  }

  /** The export asks for permission claims (docs/platform.md §3.3): Activate includes their review. */
  private hasClaims(): boolean {
    const binding = this.state().binding;
    return (binding?.status?.exportPermissionClaims?.length ?? 0) > 0 || this.state().pendingClaims.length > 0;
  }
}
