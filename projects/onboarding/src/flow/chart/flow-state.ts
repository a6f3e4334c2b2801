import type { ToolDefinition } from '../../catalog/tool-definition';
import type { ToolDocuments } from '../../gateway/documents/tool-documents';
import type { GatewayRequest } from '../../gateway/gateway-client';
import type { GatewayError } from '../../gateway/gateway-error';
import type { APIBinding, EnablementResource, ManagedControlPlane } from '../../platform/resources';
import type { ConnectionState } from '../live-list';
import type { ToolPage } from '../tool-pages';
import type { ConfigureDraft, OnboardingConflict, OnboardingFailure } from '../onboarding-state';

/** Constants of one flow: the tool, its documents and the limits (durations in ms). */
export interface FlowConfig {
  readonly tool: ToolDefinition;
  readonly documents: ToolDocuments;
  /** How long to wait for `Bound` (docs/platform.md §1.5). */
  readonly bindTimeoutMs: number;
  /** How long to wait for binding and enablement resource to be gone after deactivate. */
  readonly deleteTimeoutMs: number;
  /** How long to wait for the tool's ContentConfigurations to appear / go before the refresh is offered anyway. */
  readonly pagesTimeoutMs: number;
  /** Attempts of a write that meets conflicts (re-read, re-apply; docs/platform.md §3.3 "max. 3"). */
  readonly conflictAttempts: number;
}

/** What the platform holds for the tool, as last read or watched. */
export interface Platform {
  readonly controlPlane: ManagedControlPlane | null;
  readonly binding: APIBinding | null;
  readonly resource: EnablementResource | null;
}

/** The deadlines of the flow. */
export type DeadlineName = 'bind' | 'delete' | 'pages';

/** Everything the flow knows besides its mode; every field is part of the state value (no flags elsewhere). */
export interface FlowContext {
  readonly config: FlowConfig;
  readonly platform: Platform;
  /** The user's last form input, kept across failures. */
  readonly draft: ConfigureDraft | null;
  readonly failure: OnboardingFailure | null;
  readonly conflict: OnboardingConflict | null;
  /** Offered once the portal's pages follow (the tool's ContentConfigurations exist / are gone) or the wait ran out. */
  readonly navigationChange: 'ready' | 'removed' | null;
  /** Waiting for the tool's ContentConfigurations to exist (`ready`) or to be gone (`removed`); the pages watch runs. */
  readonly pagesWait: 'off' | 'ready' | 'removed';
  /** The pages deadline passed: the navigation change is offered without the portal having reported it. */
  readonly pagesOverdue: boolean;
  /** The tool's pages as last listed (null: not listed in this page's life). */
  readonly pages: readonly ToolPage[] | null;
  readonly connection: ConnectionState;
  /** `pending`: a binding was created but is not seen yet; `recreate`: ours is created once theirs is gone. */
  readonly activation: 'none' | 'pending' | 'recreate';
  /** The user deactivated and binding or resource still exist. */
  readonly deactivating: boolean;
  /** A configure/upgrade of the user is on its way to Ready (then `navigationChange: 'ready'`). */
  readonly awaitingReady: boolean;
  /** `expired`: the bind deadline passed in this activation; not re-armed until the user activates again. */
  readonly bindDeadline: 'off' | 'armed' | 'expired';
  readonly deleteDeadline: 'off' | 'armed';
}

/**
 * The write in flight while the flow is `busy`, with the stage it waits in: `create`/`update`/`delete-…` wait for
 * a mutation (`write-done`/`write-failed`), `reread` for a snapshot (`loaded`/`load-failed`).
 */
export type Write =
  | { readonly action: 'activate'; readonly stage: 'create' | 'reread'; readonly existed: boolean }
  | { readonly action: 'replace-binding' }
  | { readonly action: 'accept-claims'; readonly stage: 'update' | 'reread'; readonly attempt: number }
  | { readonly action: 'configure'; readonly stage: 'create' | 'reread'; readonly existed: boolean }
  | {
      readonly action: 'upgrade' | 'apply-mine';
      readonly stage: 'update' | 'reread';
      readonly attempt: number;
      readonly draft: ConfigureDraft;
      /** The upgrade form was open: a failure reopens it. */
      readonly fromForm: boolean;
    }
  /** Roll back to the previous spec of the annotation; `attempt` counts conflicts (each re-reads the resource). */
  | { readonly action: 'rollback'; readonly stage: 'update' | 'reread'; readonly attempt: number }
  | { readonly action: 'deactivate'; readonly stage: 'delete-binding' | 'delete-resource' };

/** Modes of the chart (the discriminant of {@link FlowState}). */
export const MODES = ['initial', 'loading', 'load-failed', 'idle', 'upgrading', 'busy'] as const;
export type Mode = (typeof MODES)[number];

/** The state value of the flow: a mode, its context, and the write in flight while busy. */
export type FlowState =
  | { readonly mode: Exclude<Mode, 'busy'>; readonly ctx: FlowContext }
  | { readonly mode: 'busy'; readonly ctx: FlowContext; readonly write: Write };

/** Event types of the chart: user commands first, then results fed back by the effect runner. */
export const EVENT_TYPES = [
  'start',
  'activate',
  'accept-claims',
  'configure',
  'start-upgrade',
  'cancel-upgrade',
  'upgrade',
  'rollback',
  'deactivate',
  'retry',
  'dismiss',
  'keep-theirs',
  'apply-mine',
  'loaded',
  'load-failed',
  'changed',
  'connection',
  'stream-failed',
  'write-done',
  'write-failed',
  'deadline',
  'pages',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Events that carry nothing but their type. */
export type PlainEventType =
  | 'start'
  | 'activate'
  | 'accept-claims'
  | 'cancel-upgrade'
  | 'rollback'
  | 'deactivate'
  | 'retry'
  | 'dismiss'
  | 'keep-theirs'
  | 'apply-mine';

/** An event of the chart. */
export type FlowEvent =
  | { readonly type: PlainEventType }
  | { readonly type: 'configure'; readonly draft: ConfigureDraft }
  /** Opens Change version; `version` (an offered version, e.g. the available update) is preselected. */
  | { readonly type: 'start-upgrade'; readonly version?: string }
  | { readonly type: 'upgrade'; readonly draft: ConfigureDraft }
  /** A snapshot of the workspace (the ToolState request) without errors. */
  | { readonly type: 'loaded'; readonly platform: Platform }
  /** The snapshot failed (transport) or a block of it did; `platform` holds the blocks that were read. */
  | { readonly type: 'load-failed'; readonly platform: Partial<Platform>; readonly error: GatewayError }
  /** A live stream changed one of the objects. */
  | { readonly type: 'changed'; readonly platform: Partial<Platform> }
  | { readonly type: 'connection'; readonly connection: ConnectionState }
  /** A stream gave up (a non-retryable error such as forbidden). */
  | { readonly type: 'stream-failed'; readonly error: GatewayError }
  /** The mutation of the write in flight answered; `result` is its selected object (or `true` for a delete). */
  | { readonly type: 'write-done'; readonly result: unknown }
  | { readonly type: 'write-failed'; readonly error: GatewayError }
  | { readonly type: 'deadline'; readonly deadline: DeadlineName }
  /** The pages watch listed or saw a change: the tool's current pages. */
  | { readonly type: 'pages'; readonly pages: readonly ToolPage[] };

/** I/O the effect runner performs; results come back as events. */
export type Effect =
  /** Read the workspace snapshot (one request); answers `loaded` or `load-failed`. */
  | { readonly type: 'load' }
  /** Open the live streams from the last snapshot (switching when the control plane becomes Ready). */
  | { readonly type: 'watch' }
  /** Send one mutation; answers `write-done` or `write-failed`. */
  | { readonly type: 'mutate'; readonly request: GatewayRequest }
  /** Start a deadline of `ms` milliseconds; answers `deadline` when it passes. */
  | { readonly type: 'arm'; readonly deadline: DeadlineName; readonly ms: number }
  | { readonly type: 'disarm'; readonly deadline: DeadlineName }
  /** List and watch the tool's ContentConfigurations (one request, one extra stream); answers `pages`. */
  | { readonly type: 'watch-pages' }
  | { readonly type: 'unwatch-pages' };

/** What a transition yields. */
export interface Transition {
  readonly state: FlowState;
  readonly effects: readonly Effect[];
}

/** The event of type `T`. */
export type EventOf<T extends EventType> = T extends PlainEventType ? { readonly type: T } : Extract<FlowEvent, { readonly type: T }>;
