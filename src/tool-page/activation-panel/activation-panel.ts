import { ChangeDetectionStrategy, Component, computed, CUSTOM_ELEMENTS_SCHEMA, output } from '@angular/core';
import { StepPanel } from '../step-panel';
import { ConditionDetails } from '../condition-details/condition-details';

/**
 * Steps before the APIBinding is Bound: control plane not ready (Activate disabled), not activated (Activate),
 * activating (binding phase and conditions while waiting for Bound).
 */
@Component({
  selector: 'openmcp-activation-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  imports: [ConditionDetails],
  styleUrl: '../panel.css',
  template: `
    <section class="panel">
      <h3 tabindex="-1" data-focus-target>{{ texts().steps[state().step] }}</h3>
      @if (state().step === 'control-plane-not-ready') {
        <p>{{ texts().controlPlane.notReady }}</p>
      } @else {
        <p>{{ texts().activation.intro(label()) }}</p>
      }
      @if (activating()) {
        <ui5-busy-indicator active delay="0" size="S" [attr.text]="texts().activation.activating"></ui5-busy-indicator>
        <p class="muted">{{ texts().activation.bindingPhase(state().binding?.status?.phase ?? '') }}</p>
        <openmcp-condition-details [state]="state()" [texts]="texts()" [label]="label()" [locale]="locale()" [sources]="['binding']" />
      } @else {
        <div class="actions">
          <ui5-button data-testid="activate" design="Emphasized" [disabled]="!canActivate()" (click)="requestActivation()">
            {{ texts().activation.activate }}
          </ui5-button>
        </div>
      }
    </section>
  `,
})
export class ActivationPanel extends StepPanel {
  /** Emits when the user asks to activate the tool. */
  readonly activateRequested = output<void>();

  protected readonly activating = computed(() => this.state().step === 'activating');
  protected readonly canActivate = computed(() => this.state().step === 'not-activated' && !this.state().busy && !this.readOnly());

  protected requestActivation(): void {
    if (this.canActivate()) this.activateRequested.emit();
  }
}
