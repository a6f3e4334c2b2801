import { ChangeDetectionStrategy, Component, computed, CUSTOM_ELEMENTS_SCHEMA, output } from '@angular/core';
import { flowSteps } from '@opencp/onboarding';
import { StepPanel } from '../step-panel';
import { ConditionDetails } from '../condition-details/condition-details';

/**
 * Installing: the enablement resource's phase, reason/message and conditions, live (docs/platform.md §2.3/§2.4),
 * and a way to change the configuration while it does not become Ready.
 */
@Component({
  selector: 'openmcp-installing-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  imports: [ConditionDetails],
  styleUrl: '../panel.css',
  template: `
    <section class="panel">
      <h3 tabindex="-1" data-focus-target>{{ title() }}</h3>
      @if (state().status; as status) {
        <p class="muted">
          {{ texts().statusKinds[status.kind] }}
          @if (status.phase && status.phase !== texts().statusKinds[status.kind]) {
            · <span data-testid="phase">{{ status.phase }}</span>
          }
        </p>
        @if (status.reason || status.message) {
          <p [class.error-text]="status.errors.length > 0">
            {{ status.reason }}
            @if (status.reason && status.message) {
              :
            }
            {{ status.message }}
          </p>
        }
        @if (status.outdated) {
          <p class="muted">{{ texts().installing.outdated }}</p>
        }
        <openmcp-condition-details [state]="state()" [texts]="texts()" [label]="label()" [locale]="locale()" [sources]="['tool']" />
      }
      @if (!state().upgrading) {
        <div class="actions">
          <ui5-button data-testid="upgrade" [disabled]="state().busy || readOnly()" (click)="upgradeRequested.emit()">{{
            texts().installing.change
          }}</ui5-button>
        </div>
      }
    </section>
  `,
})
export class InstallingPanel extends StepPanel {
  /** Emits when the user wants to change the configuration (e.g. a version the operator rejects). */
  readonly upgradeRequested = output<void>();

  /** "Installing KRO" for a first install, "Updating KRO v0.8.5 → v0.9.3" for a change (never "Installing"). */
  protected readonly title = computed(() => {
    const activity = flowSteps(this.state())?.activity;
    return activity?.kind === 'updating'
      ? this.texts().flow.updating(this.label(), activity.from, activity.to)
      : this.texts().installing.title(this.label());
  });
}
