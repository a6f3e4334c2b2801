import { ChangeDetectionStrategy, Component, computed, CUSTOM_ELEMENTS_SCHEMA, input, output } from '@angular/core';
import type { EnablementSpec, ExportReference, OnboardingConflict } from '@opencp/onboarding';
import type { Texts } from '../../i18n/texts';
import { MessageStripOnDemand } from '../../message-strip-on-demand';

/**
 * Someone else created the object first, differently: both sides in one sentence ("Someone else installed Crossplane
 * v1.20.1 with provider-kubernetes v0.15.0 meanwhile. You chose …") and the two ways forward.
 */
@Component({
  selector: 'openmcp-conflict-message',
  changeDetection: ChangeDetectionStrategy.OnPush,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  imports: [MessageStripOnDemand],
  styles: `
    :host {
      display: block;
    }
    p {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .actions {
      display: flex;
      gap: 0.5rem;
      margin-top: 0.5rem;
    }
  `,
  template: `
    <ui5-message-strip
      design="Critical"
      hide-close-button
      role="alert"
      data-testid="conflict-message"
      [attr.data-subject]="conflict().subject"
    >
      <p>{{ sentence() }}</p>
      <div class="actions">
        <ui5-button data-testid="keep-theirs" design="Emphasized" [disabled]="busy()" (click)="keepTheirs.emit()">{{
          texts().conflict.keepTheirs
        }}</ui5-button>
        <ui5-button data-testid="apply-mine" design="Transparent" [disabled]="busy()" (click)="applyMine.emit()">{{
          texts().conflict.applyMine
        }}</ui5-button>
      </div>
    </ui5-message-strip>
  `,
})
export class ConflictMessage {
  /** Both sides of the conflict (`OnboardingState.conflict`). */
  readonly conflict = input.required<OnboardingConflict>();
  /** The tool's label in the current locale. */
  readonly label = input.required<string>();
  /** Dictionary of the current locale. */
  readonly texts = input.required<Texts>();
  /** A write is in flight: both buttons are disabled. */
  readonly busy = input(false);
  /** Emits when the user adopts the other object. */
  readonly keepTheirs = output<void>();
  /** Emits when the user wants their own choice applied. */
  readonly applyMine = output<void>();

  protected readonly sentence = computed(() => {
    const conflict = this.conflict();
    const texts = this.texts().conflict;
    if (conflict.subject === 'binding') {
      return texts.binding(this.label(), reference(conflict.theirs), reference(conflict.mine));
    }
    return texts.resource(this.label(), describe(texts, conflict.theirs), describe(texts, conflict.mine));
  });
}

function reference(ref: ExportReference): string {
  return ref.path ? `${ref.path}:${ref.name}` : ref.name;
}

function describe(texts: Texts['conflict'], spec: Partial<EnablementSpec>): string {
  const extras = [...(spec.providers ?? []).map((provider) => `${provider.name} ${provider.version}`), ...(spec.components ?? [])];
  return texts.spec(spec.version ?? '?', extras.join(', '));
}
