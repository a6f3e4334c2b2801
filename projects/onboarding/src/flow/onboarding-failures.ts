import type { ToolDefinition } from '../catalog/tool-definition';
import { validateDraft } from '../catalog/validate-draft';
import { classifyNetworkError } from '../gateway/error-classification';
import { ENABLEMENT_NAME } from '../gateway/documents/tool-documents';
import { GatewayError } from '../gateway/gateway-error';
import type { APIBinding, EnablementResource } from '../platform/resources';
import { bindingDisplayStatus, displayStatus } from '../status/display-rule';
import type { ConfigureDraft, OnboardingAction, OnboardingFailure } from './onboarding-state';

/**
 * The failure of a write `action`: a {@link GatewayError} as it is, anything else (a rejected fetch, a thrown
 * TypeError) classified as `network`. Retryable unless the input was rejected (`invalid`): a 403 may pass once access
 * is granted, a not-found or unknown answer once the gateway recovers, and the page offers Retry for each.
 */
export function writeFailure(action: OnboardingAction, error: unknown): OnboardingFailure {
  const classified = error instanceof GatewayError ? error : classifyNetworkError(error);
  return { action, error: classified, retryable: classified.kind !== 'invalid' };
}

/**
 * A `GatewayError` of kind `invalid` naming every field the catalog does not offer (`providers[1]:
 * unknown-provider (foo)`), so a draft is checked before it is sent; null when the draft is valid.
 */
export function draftError(tool: ToolDefinition, draft: ConfigureDraft): GatewayError | null {
  const errors = validateDraft(tool, draft);
  if (errors.length === 0) {
    return null;
  }
  const detail = errors.map(
    (error) =>
      `${error.field}${error.index === undefined ? '' : `[${error.index}]`}: ${error.code}${error.value ? ` (${error.value})` : ''}`,
  );
  return new GatewayError('invalid', `The configuration is not offered by the catalog: ${detail.join(', ')}`);
}

/**
 * The `activate` timeout after `timeoutMs` ms without `Bound` (docs/platform.md §1.5): names the APIBinding, its
 * phase and every condition that is not `True` (type, status, reason, message), so the user sees what blocks it.
 * Retryable: activating again re-reads and waits anew.
 */
export function bindTimeoutFailure(tool: ToolDefinition, binding: APIBinding | null, timeoutMs: number): OnboardingFailure {
  const conditions = (binding?.status?.conditions ?? [])
    .filter((condition) => condition.status !== 'True')
    .map(
      (condition) =>
        `${condition.type}=${condition.status}${condition.reason ? ` ${condition.reason}` : ''}${condition.message ? `: ${condition.message}` : ''}`,
    );
  const phase = binding?.status?.phase || '(none)';
  return {
    action: 'activate',
    error: {
      kind: 'deadline',
      message:
        `APIBinding ${tool.exportName} was not Bound within ${Math.round(timeoutMs / 1000)} s (phase ${phase})` +
        (conditions.length > 0 ? `; conditions: ${conditions.join('; ')}` : '; it reports no conditions yet'),
    },
    retryable: true,
  };
}

/**
 * The `deactivate` timeout after `timeoutMs` ms: names the APIBinding and/or enablement resource still there and
 * the first blocker their display status reports (e.g. a finalizer waiting, docs/platform.md §1.4). Retryable: deactivating again
 * re-sends the deletes.
 */
export function deleteTimeoutFailure(
  tool: ToolDefinition,
  binding: APIBinding | null,
  resource: EnablementResource | null,
  timeoutMs: number,
): OnboardingFailure {
  const blocker = displayStatus(resource)?.message ?? bindingDisplayStatus(binding)?.message;
  const remaining = [binding ? `APIBinding ${tool.exportName}` : '', resource ? `${tool.resource.kind} ${ENABLEMENT_NAME}` : '']
    .filter(Boolean)
    .join(' and ');
  return {
    action: 'deactivate',
    error: {
      kind: 'deadline',
      message: `${remaining} still exist after ${Math.round(timeoutMs / 1000)} s${blocker ? `: ${blocker}` : ''}`,
    },
    retryable: true,
  };
}
