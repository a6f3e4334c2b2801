import { ChangeDetectionStrategy, Component, CUSTOM_ELEMENTS_SCHEMA, output } from '@angular/core';
import { StepPanel } from '../step-panel';
import { ConditionsList } from '../conditions-list/conditions-list';

/**
 * Installing: the enablement resource's phase, reason/message and conditions, live (platform-contract §2.3/§2.4),
 * and a way to change the configuration while it does not become Ready.
 */
@Component({
  selector: 'openmcp-installing-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  imports: [ConditionsList],
  styleUrl: '../panel.css',
  template: `
    <section class="panel">
      <h3 tabindex="-1" data-focus-target>{{ texts().installing.title(label()) }}</h3>
      <ui5-busy-indicator active delay="0" size="S" [attr.text]="texts().steps.installing"></ui5-busy-indicator>
      @if (state().status; as status) {
        <p>
          <span class="muted">{{ texts().statusKinds[status.kind] }}</span>
          @if (status.phase) {
            · <span data-testid="phase">{{ status.phase }}</span>
          }
        </p>
        @if (status.reason || status.message) {
          <p [class.error-text]="status.errors.length > 0">{{ status.reason }}@if (status.reason && status.message) {: }{{ status.message }}</p>
        }
        @if (status.outdated) {
          <p class="muted">{{ texts().installing.outdated }}</p>
        }
        <openmcp-conditions-list [conditions]="status.conditions" [errors]="status.errors" [texts]="texts()" />
      }
      @if (!state().upgrading) {
        <div class="actions">
          <ui5-button data-testid="upgrade" [disabled]="state().busy" (click)="upgradeRequested.emit()">{{ texts().installing.change }}</ui5-button>
        </div>
      }
    </section>
  `,
})
export class InstallingPanel extends StepPanel {
  /** Emits when the user wants to change the configuration (e.g. a version the operator rejects). */
  readonly upgradeRequested = output<void>();
}
