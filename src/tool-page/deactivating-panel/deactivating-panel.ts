import { ChangeDetectionStrategy, Component, computed, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import { StepPanel } from '../step-panel';
import { ConditionDetails } from '../condition-details/condition-details';

/**
 * Deactivating: the binding and the enablement resource are terminating; shows what still blocks (the resource's
 * blocker message, or the binding's `BindingResourceDeleteSuccess` progress, docs/platform.md §1.4/§2.4).
 */
@Component({
  selector: 'openmcp-deactivating-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  imports: [ConditionDetails],
  styleUrl: '../panel.css',
  template: `
    <section class="panel">
      <h3 tabindex="-1" data-focus-target>{{ texts().deactivation.terminating(label()) }}</h3>
      <ui5-busy-indicator active delay="0" size="S" [attr.text]="texts().steps.deactivating"></ui5-busy-indicator>
      @for (blocker of blockers(); track blocker) {
        <p data-testid="blocker">
          <span class="muted">{{ texts().deactivation.blocker }}</span> {{ blocker }}
        </p>
      }
      <openmcp-condition-details [state]="state()" [texts]="texts()" [label]="label()" [locale]="locale()" />
    </section>
  `,
})
export class DeactivatingPanel extends StepPanel {
  protected readonly blockers = computed(() =>
    [this.state().bindingStatus, this.state().status]
      .filter((status) => status?.kind === 'deleting' || status?.kind === 'in-progress')
      .map((status) => status?.message)
      .filter((message): message is string => !!message),
  );
}
