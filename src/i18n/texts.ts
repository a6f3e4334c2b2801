import type {
  DisplayStatusKind,
  DraftErrorCode,
  ExtensionChange,
  FlowNext,
  FlowOutcome,
  FlowStepStatus,
  GatewayErrorKind,
  OnboardingAction,
  OnboardingStep,
  StatusSummary,
  VersionRelation,
} from '@opencp/onboarding';
import type { SpecDiffLine } from '@opencp/onboarding/yaml-preview';

/** Kinds a failure can have: the gateway's classes plus the flow's own deadline (`OnboardingFailure.error.kind`). */
export type FailureKind = GatewayErrorKind | 'deadline';

/**
 * Every visible string of the elements, one typed dictionary per locale (`en.ts`, `de.ts`). Functions take the
 * values they interpolate; tool facts (labels, descriptions) come from the catalog, not from here.
 */
export interface Texts {
  readonly steps: Readonly<Record<OnboardingStep, string>>;
  readonly statusKinds: Readonly<Record<DisplayStatusKind, string>>;
  /** Tag text while a change of version runs (never "Installing" for an update). */
  readonly updatingTag: string;
  /** The steps indicator: 1 Activate, 2 Configure, outcome; words for the running step. */
  readonly flow: {
    readonly label: string;
    readonly activate: string;
    readonly activateWithClaims: string;
    readonly configure: string;
    readonly outcomes: Readonly<Record<FlowOutcome, string>>;
    /** The outcome step before it is reached. */
    readonly outcomeUpcoming: string;
    /** Accessible state of a step ("done", "current step", "upcoming"); the failed mark. */
    readonly statuses: Readonly<Record<FlowStepStatus, string>>;
    readonly failed: string;
    readonly binding: (tool: string) => string;
    readonly reviewing: (tool: string, claims: number) => string;
    readonly installing: (tool: string, version: string) => string;
    readonly updating: (tool: string, from: string | null, to: string) => string;
    readonly removing: (tool: string) => string;
    /** "Running for 1 min, 5 sec" (the duration comes formatted by Intl). */
    readonly elapsed: (duration: string) => string;
    readonly next: Readonly<Record<FlowNext, (tool: string) => string>>;
  };
  /** One sentence per state for people ("Crossplane v1.20.0 is running with 1 provider"). */
  readonly summary: (tool: string, summary: StatusSummary) => string;
  /** The collapsible Details section with the labelled condition groups. */
  readonly details: {
    readonly title: string;
    readonly binding: string;
    readonly tool: (tool: string) => string;
    /** Accessible name of a condition's time: relative and absolute. */
    readonly changed: (relative: string, absolute: string) => string;
  };
  readonly update: {
    readonly available: (version: string) => string;
    readonly action: string;
    /** Accessible name of an overview card's action (several cards may offer one). */
    readonly actionFor: (tool: string, version: string) => string;
  };
  /** Roll back to the spec before the last change of version (ready panel, confirmed through a dialog). */
  readonly rollback: {
    /** The ready panel's action: "Roll back to v1.20.0". */
    readonly action: (version: string) => string;
    readonly confirmHeader: (tool: string, version: string) => string;
    /** `from`: the installed version, `to`: the version rolled back to. */
    readonly confirmBody: (tool: string, from: string, to: string) => string;
    readonly confirm: string;
    readonly dismiss: string;
  };
  readonly controlPlane: {
    readonly phase: (phase: string) => string;
    readonly unknownPhase: string;
    readonly notReady: string;
  };
  readonly activation: {
    readonly intro: (tool: string) => string;
    readonly activate: string;
    readonly activating: string;
    readonly bindingPhase: (phase: string) => string;
  };
  readonly claims: {
    readonly intro: (tool: string) => string;
    readonly group: string;
    readonly coreGroup: string;
    readonly resource: string;
    readonly verbs: string;
    readonly accept: string;
  };
  readonly form: {
    readonly title: string;
    readonly upgradeTitle: string;
    readonly version: string;
    readonly newest: string;
    readonly providers: string;
    readonly provider: string;
    readonly providerVersion: string;
    readonly addProvider: string;
    readonly removeProvider: (name: string) => string;
    readonly noProviders: string;
    readonly components: string;
    /** Hint for the component checkboxes, given the catalog's default components (comma-separated). */
    readonly componentsHint: (defaults: string) => string;
    readonly preview: string;
    readonly submit: string;
    readonly upgradeSubmit: string;
    /** Change version: "current → target", the labels of the versions, the downgrade warning, the diff. */
    readonly versionChange: (from: string, to: string) => string;
    readonly relations: Readonly<Record<VersionRelation, string>>;
    readonly downgradeWarning: (from: string, to: string) => string;
    readonly downgradeConfirm: string;
    readonly unchanged: string;
    readonly whatChanges: string;
    readonly diffKinds: Readonly<Record<SpecDiffLine['kind'], string>>;
    readonly extensionChange: (change: ExtensionChange) => string;
    readonly cancelUpgrade: string;
    readonly invalid: string;
    readonly errors: Readonly<Record<DraftErrorCode, (value: string) => string>>;
  };
  readonly installing: {
    readonly title: (tool: string) => string;
    readonly outdated: string;
    readonly change: string;
  };
  readonly conditions: {
    readonly title: string;
    readonly none: string;
    readonly error: string;
  };
  readonly ready: {
    readonly title: (tool: string) => string;
    readonly installedVersion: string;
    readonly apis: string;
    readonly noApis: string;
    /** Busy text while the binding reports no APIs yet. */
    readonly apisPending: string;
    readonly upgrade: string;
    readonly deactivate: string;
    readonly resources: string;
    /** Heading of the tool's new pages in the portal (its ContentConfigurations' nodes). */
    readonly pages: string;
  };
  readonly deactivation: {
    readonly confirmHeader: (tool: string) => string;
    readonly confirmBody: (tool: string) => string;
    readonly confirm: string;
    readonly dismiss: string;
    readonly terminating: (tool: string) => string;
    readonly blocker: string;
  };
  readonly failure: {
    readonly actions: Readonly<Record<OnboardingAction, string>>;
    readonly kinds: Readonly<Record<FailureKind, string>>;
    readonly details: string;
    readonly retry: string;
    readonly dismiss: string;
    /** Shown on a load failure whose message was dismissed, with Retry. */
    readonly notLoaded: string;
  };
  /** Someone else created the object first, differently (`OnboardingState.conflict`). */
  readonly conflict: {
    readonly resource: (tool: string, theirs: string, mine: string) => string;
    readonly binding: (tool: string, theirs: string, mine: string) => string;
    /** One spec in words: the version plus providers/components when there are any. */
    readonly spec: (version: string, extras: string) => string;
    readonly keepTheirs: string;
    readonly applyMine: string;
    readonly replaceHeader: (tool: string) => string;
    readonly replaceBody: (tool: string) => string;
    readonly replaceConfirm: string;
    readonly replaceDismiss: string;
  };
  /** `OnboardingState.connection` / `OverviewModelState.connection` is `reconnecting`. */
  readonly connection: {
    readonly reconnecting: string;
  };
  readonly navigation: {
    readonly available: string;
    /** After the wait for the tool's ContentConfigurations ran out (60 s): said plainly, Refresh offered anyway. */
    readonly overdue: string;
    /** The same after a deactivation: the pages' removal was not reported. */
    readonly overdueRemoved: string;
    readonly refresh: string;
  };
  readonly context: {
    readonly title: string;
    readonly missingGateway: string;
    readonly invalidGateway: (detail: string) => string;
    readonly missingToken: string;
    readonly unknownTool: (id: string) => string;
    readonly catalogFailed: (detail: string) => string;
    readonly howToFix: string;
  };
  readonly overview: {
    readonly title: string;
    readonly open: (tool: string) => string;
    readonly version: (version: string) => string;
    readonly notInstalled: string;
    /** Card tag while the control plane is not Ready (the strip above the cards explains). */
    readonly waiting: string;
  };
  /**
   * The dry run of the page's next action was forbidden (docs/onboarding-ui.md §11): one strip, actions disabled;
   * and the form's server-side check of the configuration.
   */
  readonly access: {
    /** "You have read-only access to this workspace. Ask a workspace administrator to <request>." */
    readonly readOnly: (request: string) => string;
    /** What to ask the administrator for, per step of the tool page. */
    readonly requests: {
      readonly activate: (tool: string) => string;
      readonly acceptClaims: (tool: string) => string;
      readonly configure: (tool: string) => string;
      readonly change: (tool: string) => string;
    };
    /** Overview: the strip's title and text (once above the cards). */
    readonly overviewTitle: string;
    readonly overview: string;
    /** Configure / Change version form: the API server would refuse the configuration (its message follows). */
    readonly checkRejected: string;
  };
  readonly announcements: {
    readonly step: (tool: string, step: string) => string;
    /** Appends the reason of an error condition to a step announcement. */
    readonly error: (announcement: string, reason: string) => string;
  };
  readonly loading: string;
  /** Toggle of a long server or catalog text shown clamped to a few lines. */
  readonly longText: {
    readonly more: string;
    readonly less: string;
  };
}
