import { ChangeDetectionStrategy, Component, computed, CUSTOM_ELEMENTS_SCHEMA, input, ViewEncapsulation } from '@angular/core';
import { actionAllowed, OverviewModel, type PortalContext, type ToolDefinition } from '@opencp/onboarding';
import type { LuigiClientLike } from '../portal/luigi-client';
import { CHANGE_VERSION_PARAM } from '../portal/luigi-host';
import { ContextError } from '../session/context-error/context-error';
import { ElementSession } from '../session/element-session';
import { FailureMessage } from '../tool-page/failure-message/failure-message';
import { ToolCard } from './tool-card/tool-card';
import { MessageStripOnDemand } from '../message-strip-on-demand';

/**
 * Root of `openmcp-tools-overview`: one card per catalog tool with its live status and installed version, linking
 * to the tool's page. State comes from the domain's `OverviewModel` (one request, then list subscriptions).
 */
@Component({
  selector: 'openmcp-tools-overview',
  encapsulation: ViewEncapsulation.ShadowDom,
  changeDetection: ChangeDetectionStrategy.OnPush,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  imports: [ContextError, FailureMessage, MessageStripOnDemand, ToolCard],
  styles: `
    :host {
      display: block;
      color: var(--sapTextColor);
      background: var(--sapBackgroundColor);
      font-family: var(--sapFontFamily);
      overflow-wrap: anywhere;
    }
    .overview {
      display: flex;
      flex-direction: column;
      gap: 1rem;
      padding: 1rem;
      min-width: 0;
    }
    .cards > * {
      min-width: 0;
    }
    h2 {
      margin: 0;
      font-size: var(--sapFontHeader3Size, 1.5rem);
      color: var(--sapTitleColor);
    }
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
      gap: 1rem;
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .muted {
      margin: 0;
      color: var(--sapContent_LabelColor);
    }
  `,
  template: `
    <section class="overview" data-testid="tools-overview">
      @if (session.problem(); as problem) {
        <openmcp-context-error
          [texts]="texts()"
          [message]="problem"
          [retryable]="session.problemRetryable()"
          (retryRequested)="session.retryCatalog()"
        />
      } @else if (state(); as state) {
        <h2>{{ texts().overview.title }}</h2>
        <p class="muted">{{ phase() }}</p>
        @if (state.connection === 'reconnecting') {
          <ui5-message-strip design="Critical" hide-close-button data-testid="reconnecting">{{
            texts().connection.reconnecting
          }}</ui5-message-strip>
        }
        @if (readOnly()) {
          <ui5-message-strip design="Information" hide-close-button data-testid="read-only">
            <strong>{{ texts().access.overviewTitle }}</strong>: {{ texts().access.overview }}
          </ui5-message-strip>
        }
        @if (controlPlaneWaiting()) {
          <ui5-message-strip design="Information" hide-close-button data-testid="control-plane-strip">
            {{ texts().controlPlane.notReady }}
          </ui5-message-strip>
        }
        @if (state.failure; as failure) {
          <openmcp-failure-message
            [failure]="{ action: 'load', error: failure, retryable: true }"
            [texts]="texts()"
            (retryRequested)="retry()"
            (dismissed)="dismissError()"
          />
        }
        <ul class="cards">
          @for (card of state.cards; track card.tool.id) {
            <li>
              <openmcp-tool-card
                [card]="card"
                [texts]="texts()"
                [locale]="session.locale()"
                [loading]="state.loading"
                (opened)="open($event)"
                (updateRequested)="changeVersion($event.tool, $event.version)"
              />
            </li>
          }
        </ul>
      } @else {
        <ui5-busy-indicator active delay="0" size="M" [attr.text]="texts().loading"></ui5-busy-indicator>
      }
    </section>
  `,
})
export class ToolsOverview {
  /** Luigi node context (docs/platform.md §5.5): `token`, `portalContext.crdGatewayApiUrl`, `accountPath`, `catalogUrl`. */
  readonly context = input<PortalContext | null>();
  /** Luigi's client for web components (docs/platform.md §5.3): locale, theme, `linkManager()` for the card links. */
  readonly LuigiClient = input<LuigiClientLike | null>();

  protected readonly session = new ElementSession(this.context, this.LuigiClient);
  protected readonly texts = this.session.texts;
  private readonly model = this.session.keepAlive(
    () => (this.session.catalog.hasValue() ? this.session.catalog.value().tools : null),
    (tools, gateway) => new OverviewModel(tools, gateway),
  );
  protected readonly state = computed(() => this.model()?.state() ?? null);
  protected readonly phase = computed(() => {
    const phase = this.state()?.controlPlanePhase;
    return phase ? this.texts().controlPlane.phase(phase) : this.texts().controlPlane.unknownPhase;
  });

  /**
   * The page's one dry run (the APIBinding create of the first tool not activated, docs/onboarding-ui.md §11) was
   * forbidden: "Read-only access" once above the cards, not on each.
   */
  protected readonly readOnly = computed(() => !actionAllowed(this.model()?.access() ?? null));

  /** One strip above the cards while the control plane is known and not Ready (the cards stay neutral). */
  protected readonly controlPlaneWaiting = computed(() => {
    const state = this.state();
    return !!state && !state.loading && !state.failure && state.controlPlanePhase !== 'Ready';
  });

  protected retry(): void {
    this.model()?.retry();
  }

  protected dismissError(): void {
    this.model()?.dismissError();
  }

  /** Opens the tool's page: its node's `pathSegment` relative to the closest navigation context (docs/platform.md §5.3). */
  protected open(tool: ToolDefinition): void {
    this.session.host.navigate(tool.pathSegment);
  }

  /**
   * "Update available": opens the tool's page with the version as node parameter (`?~changeVersion=v0.9.3`); the
   * page opens Change version with it preselected (docs/onboarding-ui.md §10).
   */
  protected changeVersion(tool: ToolDefinition, version: string): void {
    this.session.host.navigate(tool.pathSegment, { [CHANGE_VERSION_PARAM]: version });
  }
}
