import { ChangeDetectionStrategy, Component, computed, CUSTOM_ELEMENTS_SCHEMA, input, output } from '@angular/core';
import { availableUpdate, previousSpec } from '@opencp/onboarding';
import { StepPanel } from '../step-panel';
import { ConditionDetails } from '../condition-details/condition-details';
import { LongText } from '../../long-text/long-text';
import { MessageStripOnDemand } from '../../message-strip-on-demand';

/**
 * Ready: installed version and configured providers/components, "Update available" with Change version (that version
 * preselected), "Roll back to v…" while the previous-spec annotation of the last change of version is there, the
 * conditions in the Details section (closed unless an error), the APIs the binding now serves (`boundResources`), the tool's new pages in the portal
 * as links (`pages`, from its ContentConfigurations), Open resources (where the portal has them; a busy state until the binding reports them), Upgrade and Deactivate.
 */
@Component({
  selector: 'openmcp-ready-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  imports: [ConditionDetails, LongText, MessageStripOnDemand],
  styleUrl: '../panel.css',
  styles: `
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 1rem;
      margin: 0;
    }
    dt {
      color: var(--sapContent_LabelColor);
    }
    dd {
      margin: 0;
      min-width: 0;
    }
    ul {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    code {
      font-family: var(--sapFontFamilyMono, monospace);
    }
  `,
  template: `
    <section class="panel">
      <h3 tabindex="-1" data-focus-target>{{ texts().ready.title(label()) }}</h3>
      <dl>
        <dt>{{ texts().ready.installedVersion }}</dt>
        <dd data-testid="installed-version">
          <openmcp-long-text [text]="state().resource?.spec?.version ?? ''" [texts]="texts()" [lines]="1" />
        </dd>
        @if (extension(); as extension) {
          <dt>{{ extension.title }}</dt>
          <dd data-testid="configured-extensions">{{ extension.values }}</dd>
        }
      </dl>
      @if (update(); as update) {
        <ui5-message-strip design="Information" hide-close-button data-testid="update-available">
          {{ texts().update.available(update.version) }}
          <ui5-button
            data-testid="change-version"
            design="Transparent"
            [disabled]="state().busy || readOnly()"
            (click)="updateRequested.emit(update.version)"
          >
            {{ texts().update.action }}
          </ui5-button>
        </ui5-message-strip>
      }
      <div>
        @if (state().boundResources.length === 0) {
          <ui5-busy-indicator
            data-testid="apis-pending"
            active
            delay="0"
            size="S"
            [attr.text]="texts().ready.apisPending"
          ></ui5-busy-indicator>
        } @else {
          <h4>{{ texts().ready.apis }}</h4>
          <ul>
            @for (api of state().boundResources; track api.group + '/' + api.resource) {
              <li data-testid="bound-resource">
                <code>{{ api.resource }}.{{ api.group }}</code>
              </li>
            }
          </ul>
        }
      </div>
      @if (state().pages?.length) {
        <div>
          <h4>{{ texts().ready.pages }}</h4>
          <ul>
            @for (page of state().pages; track page.path) {
              <li>
                <ui5-button
                  data-testid="tool-page-link"
                  design="Transparent"
                  icon="navigation-right-arrow"
                  (click)="pageRequested.emit(page.path)"
                >
                  {{ page.label }}
                </ui5-button>
              </li>
            }
          </ul>
        </div>
      }
      <openmcp-condition-details [state]="state()" [texts]="texts()" [label]="label()" [locale]="locale()" />
      <div class="actions">
        @if (resourcesAvailable()) {
          <ui5-button data-testid="open-resources" icon="navigation-right-arrow" (click)="resourcesRequested.emit()">
            {{ texts().ready.resources }}
          </ui5-button>
        }
        <ui5-button data-testid="upgrade" design="Emphasized" [disabled]="state().busy || readOnly()" (click)="upgradeRequested.emit()">
          {{ texts().ready.upgrade }}
        </ui5-button>
        @if (previous(); as previous) {
          <ui5-button data-testid="rollback" [disabled]="state().busy || readOnly()" (click)="rollbackRequested.emit()">
            {{ texts().rollback.action(previous.version) }}
          </ui5-button>
        }
        <ui5-button data-testid="deactivate" design="Negative" [disabled]="state().busy || readOnly()" (click)="deactivateRequested.emit()">
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
  /** Emits the node's `pathSegment` when the user opens one of the tool's new pages in the portal. */
  readonly pageRequested = output<string>();
  /** Emits when the user opens the upgrade form. */
  readonly upgradeRequested = output<void>();
  /** Emits the available update's version when the user opens Change version from "Update available". */
  readonly updateRequested = output<string>();
  /** Emits when the user asks to roll back to the previous spec (the page confirms first). */
  readonly rollbackRequested = output<void>();
  /** Emits when the user asks to deactivate (the page confirms first). */
  readonly deactivateRequested = output<void>();

  /** "Update available: v1.20.1" when the catalog's newest version is newer than the installed one (semver). */
  protected readonly update = computed(() => availableUpdate(this.state().tool, this.state().resource?.spec?.version));
  /**
   * The spec before the last change of version made here (the previous-spec annotation), or null when there is none
   * (never changed, rolled back already, or changed elsewhere without it): then no roll back is offered.
   */
  protected readonly previous = computed(() => previousSpec(this.state().resource));
  /** The configured providers (Crossplane) or components (Flux); an empty component list means the defaults. */
  protected readonly extension = computed(() => {
    const spec = this.state().resource?.spec;
    const extension = this.state().tool.extension;
    const form = this.texts().form;
    if (extension?.type === 'providers') {
      const providers = spec?.providers ?? [];
      return {
        title: form.providers,
        values: providers.length ? providers.map((p) => `${p.name} ${p.version}`).join(', ') : form.noProviders,
      };
    }
    if (extension?.type === 'components') {
      const components = spec?.components ?? [];
      return { title: form.components, values: (components.length ? components : extension.defaults).join(', ') };
    }
    return null;
  });
}
