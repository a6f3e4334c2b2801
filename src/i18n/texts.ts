import type { DisplayStatusKind, DraftErrorCode, GatewayErrorKind, OnboardingAction, OnboardingStep } from '@opencp/onboarding';

/** Kinds a failure can have: the gateway's classes plus the flow's own deadline (`OnboardingFailure.error.kind`). */
export type FailureKind = GatewayErrorKind | 'timeout';

/**
 * Every visible string of the elements, one typed dictionary per locale (`en.ts`, `de.ts`). Functions take the
 * values they interpolate; tool facts (labels, descriptions) come from the catalog, not from here.
 */
export interface Texts {
  readonly steps: Readonly<Record<OnboardingStep, string>>;
  readonly statusKinds: Readonly<Record<DisplayStatusKind, string>>;
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
    readonly componentsHint: string;
    readonly preview: string;
    readonly submit: string;
    readonly upgradeSubmit: string;
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
    readonly upgrade: string;
    readonly deactivate: string;
    readonly resources: string;
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
  };
  readonly navigation: {
    readonly available: string;
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
