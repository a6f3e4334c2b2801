import { ChangeDetectionStrategy, Component, computed, CUSTOM_ELEMENTS_SCHEMA, input, output } from '@angular/core';
import { availableUpdate, type SupportedLocale, type ToolCardState, type ToolDefinition } from '@opencp/onboarding';
import { localized } from '../../i18n/i18n';
import type { Texts } from '../../i18n/texts';
import { LongText } from '../../long-text/long-text';
import { stepIcon, stepTagDesign } from '../../tool-page/step-design';

/** One tool on the overview: icon, label, description, live status and installed version, and a link to its page. */
@Component({
  selector: 'openmcp-tool-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  imports: [LongText],
  styles: `
    :host {
      display: block;
      height: 100%;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    article {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      height: 100%;
      box-sizing: border-box;
      padding: 1rem;
      border: 1px solid var(--sapTile_BorderColor, var(--sapGroup_ContentBorderColor));
      border-radius: var(--sapTile_BorderCornerRadius, 0.75rem);
      background: var(--sapTile_Background, var(--sapGroup_ContentBackground));
    }
    .head {
      display: flex;
      align-items: center;
      gap: 0.75rem;
      min-width: 0;
    }
    .head > h3 {
      min-width: 0;
    }
    /* The tool's icon only: the status tag's icon keeps the tag's own size. */
    .head > ui5-icon {
      flex: none;
      width: 2rem;
      height: 2rem;
      color: var(--sapContent_IconColor);
    }
    h3 {
      margin: 0;
      font-size: var(--sapFontHeader5Size, 1rem);
      color: var(--sapTile_TitleTextColor, var(--sapTitleColor));
    }
    .description {
      color: var(--sapContent_LabelColor);
      flex: 1;
    }
    .update-row {
      display: flex;
      align-items: center;
      justify-content: space-between;
      flex-wrap: wrap;
      gap: 0 0.5rem;
    }
    .update {
      margin: 0;
      flex: none;
      color: var(--sapInformativeTextColor, var(--sapTextColor));
      font-weight: bold;
      overflow-wrap: anywhere;
    }
    .foot > * {
      min-width: 0;
    }
    .version {
      flex: 1 1 8rem;
      text-align: end;
    }
    .foot {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem;
      flex-wrap: wrap;
    }
  `,
  template: `
    <article [attr.data-testid]="'tool-card-' + card().tool.id" [attr.data-status]="statusKind()" [attr.data-step]="card().step">
      <div class="head">
        <ui5-icon [attr.name]="card().tool.icon" aria-hidden="true"></ui5-icon>
        <h3><openmcp-long-text [text]="label()" [texts]="texts()" [lines]="2" /></h3>
      </div>
      <openmcp-long-text class="description" [text]="description()" [texts]="texts()" />
      <div class="foot">
        <ui5-tag [attr.design]="design()" hide-state-icon><ui5-icon slot="icon" [attr.name]="icon()"></ui5-icon>{{ stepText() }}</ui5-tag>
        <openmcp-long-text data-testid="card-version" class="version" [text]="version()" [texts]="texts()" [lines]="1" />
      </div>
      @if (update(); as update) {
        <div class="update-row">
          <p class="update" data-testid="update-available">{{ texts().update.available(update.version) }}</p>
          <ui5-button
            data-testid="card-change-version"
            design="Transparent"
            [attr.accessible-name]="texts().update.actionFor(label(), update.version)"
            (click)="updateRequested.emit({ tool: card().tool, version: update.version })"
          >
            {{ texts().update.action }}
          </ui5-button>
        </div>
      }
      <ui5-button design="Transparent" icon="navigation-right-arrow" icon-end data-testid="open-tool" (click)="opened.emit(card().tool)">
        {{ texts().overview.open(label()) }}
      </ui5-button>
    </article>
  `,
})
export class ToolCard {
  /** Live state of one tool from the `OverviewModel`. */
  readonly card = input.required<ToolCardState>();
  /** Dictionary of the current locale. */
  readonly texts = input.required<Texts>();
  /** Locale for the catalog's texts. */
  readonly locale = input.required<SupportedLocale>();
  /** The overview is still loading: the status is not known yet. */
  readonly loading = input(false);
  /** Emits the tool when the user opens its page. */
  readonly opened = output<ToolDefinition>();
  /** Emits the tool and its available update when the user opens Change version from "Update available". */
  readonly updateRequested = output<{ readonly tool: ToolDefinition; readonly version: string }>();

  protected readonly label = computed(() => localized(this.card().tool.label, this.locale()));
  protected readonly description = computed(() => localized(this.card().tool.description, this.locale()));
  protected readonly statusKind = computed(() => this.card().status?.kind ?? (this.card().binding ? 'pending' : 'none'));
  /** While the control plane is not Ready the overview says so once above the cards: each card stays neutral. */
  private readonly waiting = computed(() => this.card().step === 'control-plane-not-ready');
  protected readonly stepText = computed(() => {
    if (this.loading()) return this.texts().loading;
    return this.waiting() ? this.texts().overview.waiting : this.texts().steps[this.card().step];
  });
  private readonly failing = computed(() => (this.card().status?.errors.length ?? 0) > 0);
  /** "Update available: v1.20.1" when the catalog offers a newer version than the installed one (semver). */
  protected readonly update = computed(() => availableUpdate(this.card().tool, this.card().installedVersion));
  protected readonly version = computed(() => {
    const version = this.card().installedVersion;
    return version ? this.texts().overview.version(version) : this.texts().overview.notInstalled;
  });
  protected readonly design = computed(() => (this.waiting() ? 'Neutral' : stepTagDesign(this.card().step, this.failing())));
  protected readonly icon = computed(() => stepIcon(this.card().step, this.failing()));
}
