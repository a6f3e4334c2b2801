import {
  ChangeDetectionStrategy,
  Component,
  computed,
  CUSTOM_ELEMENTS_SCHEMA,
  effect,
  inject,
  input,
  signal,
  untracked,
  ViewEncapsulation,
} from '@angular/core';
import {
  actionAllowed,
  findTool,
  previousSpec,
  type ConfigureDraft,
  type OnboardingState,
  type OnboardingStep,
  type PortalContext,
} from '@opencp/onboarding';
import { OnboardingMachine } from '@opencp/onboarding/machine';
import { localized } from '../i18n/i18n';
import type { LuigiClientLike } from '../portal/luigi-client';
import { CHANGE_VERSION_PARAM } from '../portal/luigi-host';
import { NavigationRefresh } from '../portal/navigation-refresh';
import { ContextError } from '../session/context-error/context-error';
import { ElementSession } from '../session/element-session';
import { loadConfigureFormUi5 } from '../ui5-on-demand';
import { ActivationPanel } from './activation-panel/activation-panel';
import { ConfigureForm } from './configure-form/configure-form';
import { ConflictMessage } from './conflict-message/conflict-message';
import { DeactivatingPanel } from './deactivating-panel/deactivating-panel';
import { FailureMessage } from './failure-message/failure-message';
import { FIXED_TOOL_ID } from './fixed-tool-id';
import { InstallingPanel } from './installing-panel/installing-panel';
import { PermissionClaims } from './permission-claims/permission-claims';
import { ReadyPanel } from './ready-panel/ready-panel';
import { StatusHeader } from './status-header/status-header';
import { StepsIndicator } from './steps-indicator/steps-indicator';
import { followStepFocus, type StepView } from './step-focus';
import { ToolResources } from './tool-resources';
import { MessageStripOnDemand } from '../message-strip-on-demand';

/**
 * Root of a tool page element (`openmcp-<tool>-onboarding`, or `openmcp-tool-onboarding` with `context.toolId`):
 * context → catalog → gateway client → `OnboardingMachine`, one child per step. The machine is created when tool and
 * gateway URL are known, replaced when either changes and disposed (streams closed) when the element leaves the DOM.
 */
@Component({
  selector: 'openmcp-tool-page',
  encapsulation: ViewEncapsulation.ShadowDom,
  changeDetection: ChangeDetectionStrategy.OnPush,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  providers: [NavigationRefresh],
  imports: [
    ActivationPanel,
    ConfigureForm,
    ConflictMessage,
    ContextError,
    DeactivatingPanel,
    FailureMessage,
    InstallingPanel,
    MessageStripOnDemand,
    PermissionClaims,
    ReadyPanel,
    StatusHeader,
    StepsIndicator,
  ],
  templateUrl: './tool-page.html',
  styleUrl: './tool-page.css',
})
export class ToolPage {
  private readonly fixedToolId = inject(FIXED_TOOL_ID, { optional: true });
  protected readonly navigation = inject(NavigationRefresh);

  /** Luigi node context (docs/platform.md §5.5): `token`, `portalContext.crdGatewayApiUrl`, `accountPath`, `catalogUrl`, `toolId`. */
  readonly context = input<PortalContext | null>();
  /** Luigi's client for web components (docs/platform.md §5.3): locale, theme, alerts, confirmation modal, navigation. */

  readonly LuigiClient = input<LuigiClientLike | null>();

  protected readonly session = new ElementSession(this.context, this.LuigiClient);
  protected readonly texts = this.session.texts;
  protected readonly toolId = computed(() => this.fixedToolId ?? this.context()?.toolId ?? null);
  protected readonly tool = computed(() => {
    const catalog = this.session.catalog.hasValue() ? this.session.catalog.value() : undefined;
    const id = this.toolId();
    return catalog && id ? (findTool(catalog, id) ?? null) : null;
  });
  protected readonly label = computed(() => {
    const tool = this.tool();
    return tool ? localized(tool.label, this.session.locale()) : '';
  });
  protected readonly problem = computed(() => {
    const problem = this.session.problem();
    if (problem) return problem;
    if (this.session.catalog.hasValue() && !this.tool()) return this.texts().context.unknownTool(this.toolId() ?? 'context.toolId');
    return null;
  });

  private readonly machine = this.session.keepAlive(this.tool, (tool, gateway) => new OnboardingMachine(tool, gateway));
  protected readonly state = computed(() => this.machine()?.state() ?? null);
  protected readonly step = computed<OnboardingStep | null>(() => this.state()?.step ?? null);
  /**
   * The dry run of the page's next action, sent once after the first state (docs/onboarding-ui.md §11), was
   * forbidden: the write actions are disabled and one strip says what to ask for. Any other answer changes nothing.
   */
  protected readonly readOnly = computed(() => !actionAllowed(this.machine()?.access() ?? null));
  protected readonly readOnlyText = computed(() => {
    const step = this.step();
    if (!this.readOnly() || !step) return null;
    const access = this.texts().access;
    const request =
      step === 'permission-claims'
        ? access.requests.acceptClaims
        : step === 'configure'
          ? access.requests.configure
          : step === 'ready' || step === 'installing'
            ? access.requests.change
            : access.requests.activate;
    return access.readOnly(request(this.label()));
  });
  /** The configure / Change version form's server-side check (a debounced dry run of the draft). */
  protected readonly draftCheck = computed(() => this.machine()?.draftCheck ?? null);
  /** The configure form is shown for a first configuration and while upgrading (also from `installing`). */
  protected readonly formShown = computed(() => this.step() === 'configure' || this.state()?.upgrading === true);
  /**
   * The form will (probably) be needed soon: its lazy chunks (the form with the YAML printer, the UI5 select and
   * checkbox) are fetched once a user activates the tool, so they are there when the configure step arrives.
   */
  protected readonly formAhead = computed(() => {
    const step = this.step();
    return this.formShown() || step === 'activating' || step === 'permission-claims';
  });
  /**
   * The configure form's UI5 components and icons (`add`, `delete`) are registered: the form renders only then, so
   * no UI5 element asks for an icon that is not there yet (whichever way the page was entered: directly at
   * configure, or Upgrade on a Ready page). A failed load was logged by `loadConfigureFormUi5`; the form then still
   * renders, without the lazy parts.
   */
  protected readonly formUi5Loaded = signal(false);
  /**
   * "Open resources" (docs/onboarding-ui.md §9): only while the tool is Ready and its ContentConfigurations were not
   * listed empty (the target's pages exist), so never after a removal.
   */
  protected readonly resources = new ToolResources(
    this.session.host,
    this.tool,
    computed(() => this.step() === 'ready' && !this.state()?.upgrading && this.state()?.pages?.length !== 0),
    this.navigation.refreshes,
  );
  /** Inline notice where the host offers no alerts; a newer one replaces the older. */
  protected readonly notice = signal<{ readonly text: string; readonly design: 'Positive' | 'Information' } | null>(null);
  private readonly stepAnnouncement = computed(() => {
    const step = this.step();
    return step ? this.texts().announcements.step(this.label(), this.texts().steps[step]) : '';
  });
  /**
   * Text of the polite live region: the step, plus the reason of the first error condition (docs/platform.md §2.3). A computed
   * string: the region changes (and is read out) only when these do, not on every status update.
   */
  protected readonly announcement = computed(() => {
    const state = this.state();
    const error = state?.status?.errors[0] ?? state?.bindingStatus?.errors[0];
    return error ? this.texts().announcements.error(this.stepAnnouncement(), error.reason ?? error.type) : this.stepAnnouncement();
  });

  constructor() {
    this.followNavigationChanges();
    this.followRequestedVersion();
    const view = computed<StepView | null>(() => {
      const step = this.step();
      return step && this.state()?.upgrading ? `${step}:upgrade` : step;
    });
    followStepFocus(view, this.formShown, () => this.notice.set(null));
    effect(() => {
      if (this.formAhead()) void loadConfigureFormUi5().then(() => this.formUi5Loaded.set(true));
    });
  }

  protected activate(): void {
    this.machine()?.activate();
  }

  protected acceptClaims(): void {
    this.machine()?.acceptClaims();
  }

  protected configure(draft: ConfigureDraft): void {
    this.machine()?.configure(draft);
  }

  protected upgrade(draft: ConfigureDraft): void {
    this.machine()?.upgrade(draft);
  }

  /** Opens Change version; `version` (the available update) preselected. */
  protected startUpgrade(version?: string): void {
    this.machine()?.startUpgrade(version);
  }

  /** Rolls back to the annotated previous spec after a confirmation that names both versions. */
  protected async rollback(): Promise<void> {
    const state = this.state();
    const previous = previousSpec(state?.resource);
    if (!previous) return;
    const texts = this.texts().rollback;
    const label = this.label();
    const confirmed = await this.session.host.confirm({
      header: texts.confirmHeader(label, previous.version),
      body: texts.confirmBody(label, state?.resource?.spec?.version ?? '', previous.version),
      buttonConfirm: texts.confirm,
      buttonDismiss: texts.dismiss,
    });
    if (confirmed) this.machine()?.rollback();
  }

  protected cancelUpgrade(): void {
    this.machine()?.cancelUpgrade();
  }

  protected clearNotice(): void {
    this.notice.set(null);
  }

  protected retry(): void {
    this.machine()?.retry();
  }

  protected dismissError(): void {
    this.machine()?.dismissError();
  }

  protected keepTheirs(): void {
    this.machine()?.keepTheirs();
  }

  /** Their binding is replaced only after a confirmation: deleting it deletes the objects of its APIs (docs/platform.md §1.4). */
  protected async applyMine(): Promise<void> {
    if (this.state()?.conflict?.subject === 'binding') {
      const texts = this.texts().conflict;
      const confirmed = await this.session.host.confirm({
        header: texts.replaceHeader(this.label()),
        body: texts.replaceBody(this.label()),
        buttonConfirm: texts.replaceConfirm,
        buttonDismiss: texts.replaceDismiss,
      });
      if (!confirmed) return;
    }
    this.machine()?.applyMine();
  }

  /** Asks through Luigi's confirmation modal, saying that kcp deletes every object of the tool's APIs (docs/platform.md §1.4). */
  protected async deactivate(): Promise<void> {
    const texts = this.texts();
    const label = this.label();
    const confirmed = await this.session.host.confirm({
      header: texts.deactivation.confirmHeader(label),
      body: texts.deactivation.confirmBody(label),
      buttonConfirm: texts.deactivation.confirm,
      buttonDismiss: texts.deactivation.dismiss,
    });
    if (confirmed) this.machine()?.deactivate();
  }

  /** The strip's text: the pages are there (or gone), or plainly that the portal has not reported them after the wait. */
  protected navigationOffer(state: OnboardingState): string {
    const texts = this.texts().navigation;
    if (!state.navigationOverdue) return texts.available;
    return state.navigationChange === 'removed' ? texts.overdueRemoved : texts.overdue;
  }

  protected async refreshNavigation(): Promise<void> {
    await this.navigation.refresh(this.session.host);
  }

  /**
   * The overview's "Update available" opened this page with `?~changeVersion=<version>` (a Luigi node parameter):
   * once the first state is known, Change version opens with that version preselected where the step allows it
   * (ready / installing); the flow ignores a version the catalog does not offer. Once per page.
   */
  private followRequestedVersion(): void {
    let handled = false;
    effect(() => {
      const step = this.step();
      if (handled || step === null || step === 'loading') return;
      handled = true;
      const version = untracked(() => this.session.host.nodeParam(CHANGE_VERSION_PARAM));
      if (version && (step === 'ready' || step === 'installing')) untracked(() => this.machine()?.startUpgrade(version));
    });
  }

  /**
   * When a user's configure/upgrade reached Ready or a deactivation finished (`state.navigationChange`, once per
   * user action), offers the navigation refresh (docs/platform.md §5.6) and says so through a Luigi alert (inline without one): a
   * success for Ready, information for a removal; the
   * next command withdraws the offer.
   */
  private followNavigationChanges(): void {
    const navigationChange = computed(() => this.state()?.navigationChange ?? null);
    effect(() => {
      const change = navigationChange(); // computed: re-runs only when the value changes, not on every state update
      untracked(() => {
        if (!change) {
          this.navigation.withdraw();
          return;
        }
        this.navigation.offer();
        // A removal is information, not a success; one alert per tool at a time (the newest wins).
        const text = this.stepAnnouncement();
        const removed = change === 'removed';
        if (!this.session.host.showAlert(text, removed ? 'info' : 'success', this.toolId() ?? 'tool')) {
          this.notice.set({ text, design: removed ? 'Information' : 'Positive' });
        }
      });
    });
  }
}
