import { ChangeDetectionStrategy, Component, computed, CUSTOM_ELEMENTS_SCHEMA, input } from '@angular/core';
import { flowSteps, statusSummary, type OnboardingState, type SupportedLocale } from '@opencp/onboarding';
import { localized } from '../../i18n/i18n';
import type { Texts } from '../../i18n/texts';
import { LongText } from '../../long-text/long-text';
import { stepIcon, stepTagDesign } from '../step-design';

/**
 * Tool label, icon and description, the status tag (`data-step`, `data-status`; one icon per step), the
 * control-plane phase and the one-sentence summary of the state.
 */
@Component({
  selector: 'openmcp-status-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  imports: [LongText],
  template: `
    <header class="header">
      <ui5-icon class="icon" [attr.name]="state().tool.icon" aria-hidden="true"></ui5-icon>
      <div class="text">
        <h2><openmcp-long-text [text]="label()" [texts]="texts()" [lines]="2" /></h2>
        <openmcp-long-text class="muted description" [text]="description()" [texts]="texts()" [lines]="2" />
        <p class="muted phase">{{ phase() }}</p>
        <p class="summary" data-testid="summary">{{ summary() }}</p>
      </div>
      <ui5-tag
        data-testid="status"
        [attr.data-step]="state().step"
        [attr.data-status]="statusKind()"
        [attr.design]="design()"
        hide-state-icon
        ><ui5-icon slot="icon" [attr.name]="icon()"></ui5-icon>{{ stepText() }}</ui5-tag
      >
    </header>
  `,
  styles: `
    .header {
      display: flex;
      align-items: flex-start;
      gap: 1rem;
    }
    .icon {
      width: 2.5rem;
      height: 2.5rem;
      color: var(--sapContent_IconColor);
      flex: none;
    }
    .text {
      flex: 1;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    ui5-tag {
      flex: none;
      max-width: 40%;
    }
    .description {
      margin: 0.25rem 0 0;
    }
    h2 {
      margin: 0;
      font-size: var(--sapFontHeader3Size, 1.5rem);
      color: var(--sapTitleColor);
    }
    p {
      margin: 0.25rem 0 0;
    }
    .muted {
      color: var(--sapContent_LabelColor);
    }
    .summary {
      margin-top: 0.5rem;
      font-weight: bold;
    }
  `,
})
export class StatusHeader {
  /** Current flow state. */
  readonly state = input.required<OnboardingState>();
  /** Dictionary of the current locale. */
  readonly texts = input.required<Texts>();
  /** Locale for the catalog's texts. */
  readonly locale = input.required<SupportedLocale>();

  protected readonly label = computed(() => localized(this.state().tool.label, this.locale()));
  protected readonly description = computed(() => localized(this.state().tool.description, this.locale()));
  private readonly updating = computed(() => flowSteps(this.state())?.activity?.kind === 'updating');
  /** "Updating" while a change of version runs, never "Installing". */
  protected readonly stepText = computed(() => (this.updating() ? this.texts().updatingTag : this.texts().steps[this.state().step]));
  /** One sentence for people: "KRO v0.9.3 is running", "Crossplane is being removed: waiting until …". */
  protected readonly summary = computed(() => this.texts().summary(this.label(), statusSummary(this.state())));
  /** Red on a failed action and on an error condition of the resource or binding (docs/platform.md §2.3), e.g. a rejected version. */
  private readonly failing = computed(() => {
    const state = this.state();
    const errors = (state.status?.errors.length ?? 0) + (state.bindingStatus?.errors.length ?? 0);
    return state.failure !== null || errors > 0;
  });
  protected readonly design = computed(() => stepTagDesign(this.state().step, this.failing()));
  /** One icon per step (distinct states never share one). */
  protected readonly icon = computed(() => stepIcon(this.state().step, this.failing()));
  /** Display-rule kind of the enablement resource, else of the binding; `pending` when neither exists. */
  protected readonly statusKind = computed(() => this.state().status?.kind ?? this.state().bindingStatus?.kind ?? 'pending');
  protected readonly phase = computed(() => {
    const phase = this.state().controlPlanePhase;
    return phase ? this.texts().controlPlane.phase(phase) : this.texts().controlPlane.unknownPhase;
  });
}
