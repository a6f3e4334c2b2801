import type { ToolDefinition } from '../catalog/tool-definition';
import type { GatewayError } from '../gateway/gateway-error';
import type { APIBinding, BoundResource, EnablementResource, EnablementSpec, ExportPermissionClaim } from '../platform/resources';
import type { ConnectionState } from './live-list';
import type { ToolPage } from './tool-pages';
import type { DisplayStatus } from '../status/display-status';

/** Steps of the onboarding flow (docs/onboarding-ui.md §6, docs/platform.md §1.5). */
export type OnboardingStep =
  | 'loading'
  | 'load-failed'
  | 'control-plane-not-ready'
  | 'not-activated'
  | 'activating'
  | 'permission-claims'
  | 'configure'
  | 'installing'
  | 'ready'
  | 'deactivating';

/** What the user entered in the configure form; kept intact across failures. */
export interface ConfigureDraft {
  readonly version: string;
  readonly providers?: readonly { readonly name: string; readonly version: string }[];
  readonly components?: readonly string[];
}

/** The action that failed, so the UI can offer the same action again. */
export type OnboardingAction = 'load' | 'activate' | 'accept-claims' | 'configure' | 'upgrade' | 'rollback' | 'deactivate';

/** A deadline of the flow passed (waiting for `Bound`, for a deletion); not a gateway error. */
export interface DeadlineError {
  readonly kind: 'deadline';
  readonly message: string;
}

/** A failed or timed-out action. */
export interface OnboardingFailure {
  readonly action: OnboardingAction;
  /** `deadline` when a deadline of the flow passed, else the classified gateway error (e.g. `timeout` for a 504). */
  readonly error: GatewayError | DeadlineError;
  /** True where calling the action again may help: every load failure, every write failure but `invalid`. */
  readonly retryable: boolean;
}

/** An APIExport reference of an APIBinding (`spec.reference.export`, docs/platform.md §3.4). */
export interface ExportReference {
  readonly name: string;
  readonly path: string | null;
}

/**
 * Someone else created the object first, different from what the user chose (a create met "already exists"):
 * both sides, so the user decides with `keepTheirs()` or `applyMine()`.
 */
export type OnboardingConflict =
  | { readonly subject: 'resource'; readonly theirs: Partial<EnablementSpec>; readonly mine: EnablementSpec }
  | { readonly subject: 'binding'; readonly theirs: ExportReference; readonly mine: ExportReference };

/** Everything a tool page renders; produced by the OnboardingMachine as a signal. */
export interface OnboardingState {
  readonly tool: ToolDefinition;
  readonly step: OnboardingStep;
  /** ManagedControlPlane `default` phase, null while unknown or absent. */
  readonly controlPlanePhase: string | null;
  readonly binding: APIBinding | null;
  readonly resource: EnablementResource | null;
  /** Display rule applied to the enablement resource (null when there is none). */
  readonly status: DisplayStatus | null;
  /** Display rule applied to the APIBinding (null when there is none). */
  readonly bindingStatus: DisplayStatus | null;
  /** Export claims without a decision in the binding's spec (docs/platform.md §3.3). */
  readonly pendingClaims: readonly ExportPermissionClaim[];
  /** APIs the binding serves once bound (status.boundResources). */
  readonly boundResources: readonly BoundResource[];
  /** A write is in flight: actions are disabled (a double click never creates two objects). */
  readonly busy: boolean;
  /** Set while the ready tool's configuration form is open for an upgrade. */
  readonly upgrading: boolean;
  /** The user's last form input, kept after a failed configure or upgrade. */
  readonly draft: ConfigureDraft | null;
  /** The last failure; cleared by a successful action or `dismissError()`. */
  readonly failure: OnboardingFailure | null;
  /**
   * Set when a user action changed the portal navigation (docs/platform.md §5.6): `ready` once a configure or
   * upgrade reached Ready and the tool's ContentConfigurations exist, `removed` once a deactivation finished and
   * they are gone (or either after the pages wait ran out: `navigationOverdue`). Cleared by the next command.
   */
  readonly navigationChange?: 'ready' | 'removed' | null;
  /** The change is offered after the wait ran out, not because the portal reported pages (or their removal). */
  readonly navigationOverdue?: boolean;
  /** The tool's pages in the portal as last listed (its ContentConfigurations' nodes); null or absent: not listed. */
  readonly pages?: readonly ToolPage[] | null;
  /** `reconnecting` while a live stream cannot reach the gateway: the objects shown may be outdated. */
  readonly connection: ConnectionState;
  /** A create met someone else's different object; null otherwise. */
  readonly conflict: OnboardingConflict | null;
}
