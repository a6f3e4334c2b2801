import { ChangeDetectionStrategy, Component, CUSTOM_ELEMENTS_SCHEMA, input, output } from '@angular/core';
import { StepPanel } from '../step-panel';
import { ConditionsList } from '../conditions-list/conditions-list';
import { LongText } from '../../long-text/long-text';

/**
 * Ready: installed version, conditions, the APIs the binding now serves (`boundResources`), Open resources (where the
 * portal has them), Upgrade and Deactivate.
 */
@Component({
  selector: 'openmcp-ready-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  imports: [ConditionsList, LongText],
  styleUrl: '../panel.css',
  styles: `
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0; }
    dt { color: var(--sapContent_LabelColor); }
    dd { margin: 0; min-width: 0; }
    ul { margin: 0; padding-inline-start: 1.25rem; }
    code { font-family: var(--sapFontFamilyMono, monospace); }
  `,
  template: `
    <section class="panel">
      <h3 tabindex="-1" data-focus-target>{{ texts().ready.title(label()) }}</h3>
      <dl>
        <dt>{{ texts().ready.installedVersion }}</dt>
        <dd data-testid="installed-version"><openmcp-long-text [text]="state().resource?.spec?.version ?? ''" [texts]="texts()" [lines]="1" /></dd>
      </dl>
      <div>
        <h4>{{ texts().ready.apis }}</h4>
        @if (state().boundResources.length === 0) {
          <p class="muted">{{ texts().ready.noApis }}</p>
        } @else {
          <ul>
            @for (api of state().boundResources; track api.group + '/' + api.resource) {
              <li data-testid="bound-resource"><code>{{ api.resource }}.{{ api.group }}</code></li>
            }
          </ul>
        }
      </div>
      <openmcp-conditions-list [conditions]="state().status?.conditions ?? []" [errors]="state().status?.errors ?? []" [texts]="texts()" />
      <div class="actions">
        @if (resourcesAvailable()) {
          <ui5-button data-testid="open-resources" icon="navigation-right-arrow" (click)="resourcesRequested.emit()">
            {{ texts().ready.resources }}
          </ui5-button>
        }
        <ui5-button data-testid="upgrade" design="Emphasized" [disabled]="state().busy" (click)="upgradeRequested.emit()">
          {{ texts().ready.upgrade }}
        </ui5-button>
        <ui5-button data-testid="deactivate" design="Negative" [disabled]="state().busy" (click)="deactivateRequested.emit()">
          {{ texts().ready.deactivate }}
        </ui5-button>
      </div>
    </section>
  `,
})
export class ReadyPanel extends StepPanel {
  /** Whether the portal has a page for the tool's resources (the "Open resources" action is shown). */
  readonly resourcesAvailable = input(false);
  /** Emits when the user opens the tool's resources in the portal. */
  readonly resourcesRequested = output<void>();
  /** Emits when the user opens the upgrade form. */
  readonly upgradeRequested = output<void>();
  /** Emits when the user asks to deactivate (the page confirms first). */
  readonly deactivateRequested = output<void>();
}
