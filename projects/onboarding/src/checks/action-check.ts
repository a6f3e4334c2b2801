import { defaultDraft } from '../catalog/default-draft';
import type { ToolDefinition } from '../catalog/tool-definition';
import { enablementSpec } from '../config/enablement-spec';
import { changeVersionPatch, updateVariables } from '../config/previous-spec';
import type { ConfigureDraft, OnboardingStep } from '../flow/onboarding-state';
import { CreateAPIBindingMutation, UpdateAPIBindingClaimsMutation } from '../gateway/documents/api-binding-documents';
import { withDryRun } from '../gateway/documents/dry-run-documents';
import { ENABLEMENT_NAME, toolDocuments } from '../gateway/documents/tool-documents';
import { classifyNetworkError } from '../gateway/error-classification';
import type { GatewayClient, GatewayRequest } from '../gateway/gateway-client';
import { claimsToAccept } from '../platform/permission-claims';
import type { APIBinding, EnablementResource } from '../platform/resources';
import { dryRunOutcome, type DryRunOutcome } from './dry-run-outcome';

/** What the next action of a page depends on: a tool page's state or an overview card. */
export interface ActionSubject {
  readonly tool: ToolDefinition;
  readonly step: OnboardingStep;
  readonly binding: APIBinding | null;
  readonly resource: EnablementResource | null;
  /** The user's kept form input (configure step); default: the catalog's defaults. */
  readonly draft?: ConfigureDraft | null;
}

/**
 * The dry run of the action a page offers next (docs/onboarding-ui.md §11): the very mutation and variables the
 * action sends, plus `dryRun: true` (docs/platform.md §4.3), so RBAC and admission answer without anything stored.
 * - `control-plane-not-ready`, `not-activated`: Activate, the APIBinding create;
 * - `permission-claims`: Accept, the claims update with the binding's resourceVersion;
 * - `configure`: Install, the enablement resource create with the form's starting draft (kept input or defaults);
 * - `ready`, `installing`: Change version, the merge patch of the enablement resource with its resourceVersion and
 *   no spec change (the `patch` verb is checked; the resource stays as it is);
 * - every other step offers no write: null.
 */
export function nextActionDryRun(subject: ActionSubject): GatewayRequest | null {
  const { tool, binding, resource } = subject;
  switch (subject.step) {
    case 'control-plane-not-ready':
    case 'not-activated':
      return { document: withDryRun(CreateAPIBindingMutation), variables: { name: tool.exportName, dryRun: true } };
    case 'permission-claims': {
      const resourceVersion = binding?.metadata?.resourceVersion;
      if (!binding || !resourceVersion) return null;
      const variables = { name: tool.exportName, resourceVersion, claims: claimsToAccept(binding), dryRun: true };
      return { document: withDryRun(UpdateAPIBindingClaimsMutation), variables };
    }
    case 'configure':
      return createDryRun(tool, subject.draft ?? defaultDraft(tool));
    case 'ready':
    case 'installing': {
      const resourceVersion = resource?.metadata?.resourceVersion;
      if (!resourceVersion) return null;
      return { document: withDryRun(toolDocuments(tool).update), variables: { name: ENABLEMENT_NAME, resourceVersion, dryRun: true } };
    }
    default:
      return null;
  }
}

/** The dry run of Install: the enablement resource create of `draft` (variables as the configure command's). */
export function createDryRun(tool: ToolDefinition, draft: ConfigureDraft): GatewayRequest {
  return {
    document: withDryRun(toolDocuments(tool).create),
    variables: { name: ENABLEMENT_NAME, ...enablementSpec(tool, draft), dryRun: true },
  };
}

/**
 * The dry run of Change version: the merge patch from `resource` to `draft` with its resourceVersion and, like the
 * upgrade command, the previous-spec annotation when the resource has a version (`changeVersionPatch`). Throws when
 * the resource has no resourceVersion (see `upgradePatch`).
 */
export function updateDryRun(tool: ToolDefinition, draft: ConfigureDraft, resource: EnablementResource): GatewayRequest {
  const variables = { ...updateVariables(changeVersionPatch(tool, draft, resource)), dryRun: true };
  return { document: withDryRun(toolDocuments(tool).update), variables };
}

/**
 * Sends one dry run and classifies its answer ({@link dryRunOutcome}): a GraphQL error by its text, a transport
 * failure (the Promise's rejection) as `unknown`. Never rejects.
 */
export async function runDryRun(gateway: GatewayClient, request: GatewayRequest): Promise<DryRunOutcome> {
  try {
    const result = await gateway.mutate<unknown>(request);
    return dryRunOutcome(result.errors[0] ?? null);
  } catch (error: unknown) {
    return dryRunOutcome(classifyNetworkError(error));
  }
}
