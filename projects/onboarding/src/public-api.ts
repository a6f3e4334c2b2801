/*
 * Public API of @opencp/onboarding: the domain of the OpenControlPlane onboarding UI, plain TypeScript without DOM.
 * Test fakes and builders live in @opencp/onboarding/testing.
 */

// catalog
export type {
  ComponentsExtension,
  LocalizedText,
  ProvidersExtension,
  ToolCatalog,
  ToolDefinition,
  ToolExtension,
  ToolResource,
  ToolVersion,
} from './catalog/tool-definition';
export { CatalogError, type CatalogProblem } from './catalog/catalog-error';
// parseCatalog is deliberately not exported: loadCatalog imports it on demand (the validator is a chunk of its own,
// loaded only for catalogs other than the shipped one); a static export would pull it into every page.
export { loadCatalog, type FetchFn, type LoadCatalogOptions } from './catalog/load-catalog';
export { findTool } from './catalog/find-tool';
export { newestVersion, sortVersions } from './catalog/sort-versions';
export { defaultDraft, draftFromResource } from './catalog/default-draft';
export { validateDraft, type DraftErrorCode, type DraftFieldError } from './catalog/validate-draft';

// config
export { enablementSpec, specChanges, upgradePatch, type SpecPatch, type UpgradePatch } from './config/enablement-spec';
export { enablementObject, type EnablementObject } from './config/enablement-object';
export { PREVIOUS_SPEC_ANNOTATION, previousSpec, rollbackPatch, versionChangePatch, type VersionChangePatch } from './config/previous-spec';
// yamlPreview has its own entry, @opencp/onboarding/yaml-preview, so `yaml` stays out of every page's initial chunk.

// versions
export { availableUpdate, labelledVersions, versionRelation, type LabelledVersion, type VersionRelation } from './versions/version-labels';
export { extensionChanges, type ExtensionChange } from './versions/extension-changes';
export { checkChangeVersion, type ChangeVersionBlock, type ChangeVersionCheck } from './versions/change-version';

// checks (server-side dry runs)
export { actionAllowed, dryRunOutcome, type DryRunOutcome } from './checks/dry-run-outcome';
// DebouncedCheck is exported by `@opencp/onboarding/yaml-preview` (the configure form's lazy chunk) only: exported
// here too, esbuild would place it in a chunk every page loads.

// context
export type { GlobalContext, PortalContext } from './context/portal-context';
export type { ContextProblem, ContextProblemKey, ContextResult } from './context/context-problem';
export { resolveGatewayUrl } from './context/gateway-url';
export { resolveToken } from './context/token';
export { resolveLocale, type SupportedLocale } from './context/locale';
export { resolveCatalogUrl } from './context/catalog-url';

// gateway
export { GatewayClient, type GatewayRequest, type GatewayResult } from './gateway/gateway-client';
export { GatewayError, type GatewayErrorKind } from './gateway/gateway-error';
export { classifyGraphQLError, classifyHttpStatus, classifyNetworkError } from './gateway/error-classification';
export { assertGraphQLName, groupField, listSubscriptionField, typeNamePrefix } from './gateway/graphql-names';
export {
  APIBindingsSubscription,
  CreateAPIBindingMutation,
  DeleteAPIBindingMutation,
  UpdateAPIBindingClaimsMutation,
} from './gateway/documents/api-binding-documents';
export { CONTROL_PLANE_NAME, ManagedControlPlanesSubscription } from './gateway/documents/control-plane-documents';
export { ENABLEMENT_NAME, optionalSpecFields, toolDocuments, type ToolDocuments } from './gateway/documents/tool-documents';
export { overviewStateDocument, overviewToolAlias } from './gateway/documents/overview-state-document';
export { literalValues, operationName } from './gateway/documents/instantiate-template';
export { readList, readMutationResult, readWatchEvent, type ListSnapshot } from './gateway/documents/read-response';

// platform, status
export type * from './platform/resources';
export { claimKey, claimsToAccept, pendingClaims } from './platform/permission-claims';
export type { DisplayStatus, DisplayStatusKind } from './status/display-status';
export { bindingDisplayStatus, displayStatus, type StatusSubject } from './status/display-rule';
export {
  flowSteps,
  type FlowActivity,
  type FlowNext,
  type FlowOutcome,
  type FlowStep,
  type FlowStepId,
  type FlowSteps,
  type FlowStepStatus,
} from './status/flow-steps';
export { statusSummary, type StatusSummary } from './status/status-summary';
export { conditionDetails, type ConditionDetails, type ConditionGroup, type ConditionSource } from './status/condition-groups';
export { formatDuration, timeTexts, type TimeTexts } from './status/relative-time';

// flow
export type {
  ConfigureDraft,
  DeadlineError,
  ExportReference,
  OnboardingConflict,
  OnboardingAction,
  OnboardingFailure,
  OnboardingState,
  OnboardingStep,
} from './flow/onboarding-state';
export type { OnboardingController } from './flow/onboarding-controller';
// OnboardingMachine has its own entry, @opencp/onboarding/machine, imported by the tool page's chunk only: exported
// here, esbuild would keep it with the flow chart in a chunk every page loads (the chart's table is built by
// top-level calls esbuild cannot prove free of side effects, so any import of this file would keep it).
export type { DraftCheck, OnboardingMachineOptions } from './flow/onboarding-machine';
export { deriveStep, type StepInput } from './flow/derive-step';
export { systemScheduler, type Scheduler, type TimerHandle } from './flow/scheduler';
export { LiveList, type ConnectionState, type ReconnectOptions } from './flow/live-list';
export { toolPages, contentForSelector, type ToolPage } from './flow/tool-pages';
export { overviewStateRequest, toolStateRequest } from './flow/state-requests';
export { OverviewModel, type OverviewModelOptions, type OverviewModelState, type ToolCardState } from './flow/overview-model';
