import { ChangeDetectionStrategy, Component, CUSTOM_ELEMENTS_SCHEMA, output } from '@angular/core';
import { StepPanel } from '../step-panel';

/** The export's undecided permission claims (group, resource, verbs; docs/platform.md §3.2/§3.3) and Accept. */
@Component({
  selector: 'openmcp-permission-claims',
  changeDetection: ChangeDetectionStrategy.OnPush,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  styleUrl: '../panel.css',
  styles: `
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      overflow-wrap: anywhere;
      text-align: start;
      padding: 0.25rem 0.5rem;
      border-bottom: 1px solid var(--sapList_BorderColor);
    }
    th {
      color: var(--sapContent_LabelColor);
      font-weight: normal;
    }
  `,
  template: `
    <section class="panel">
      <h3 tabindex="-1" data-focus-target>{{ texts().steps['permission-claims'] }}</h3>
      <p>{{ texts().claims.intro(label()) }}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{{ texts().claims.group }}</th>
            <th scope="col">{{ texts().claims.resource }}</th>
            <th scope="col">{{ texts().claims.verbs }}</th>
          </tr>
        </thead>
        <tbody>
          @for (claim of state().pendingClaims; track claim.group + '/' + claim.resource + '/' + claim.identityHash) {
            <tr data-testid="claim">
              <td>{{ claim.group || texts().claims.coreGroup }}</td>
              <td>{{ claim.resource }}</td>
              <td>{{ claim.verbs.join(', ') }}</td>
            </tr>
          }
        </tbody>
      </table>
      <div class="actions">
        <ui5-button data-testid="accept-claims" design="Emphasized" [disabled]="state().busy || readOnly()" (click)="accept()">
          {{ texts().claims.accept }}
        </ui5-button>
      </div>
    </section>
  `,
})
export class PermissionClaims extends StepPanel {
  /** Emits when the user accepts every listed claim. */
  readonly acceptRequested = output<void>();

  protected accept(): void {
    if (!this.state().busy && !this.readOnly()) this.acceptRequested.emit();
  }
}
