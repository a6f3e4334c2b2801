import type { ToolDefinition } from '../catalog/tool-definition';
import { overviewStateDocument } from '../gateway/documents/overview-state-document';
import { contentForSelector } from '../gateway/documents/content-configuration-documents';
import { toolDocuments } from '../gateway/documents/tool-documents';
import type { GatewayRequest } from '../gateway/gateway-client';

/**
 * The first request of a tool page (`OnboardingMachine`): `ToolState` with the selector of the tool's
 * ContentConfigurations (docs/platform.md §5.6). Also the source of the state requests the bundle entry sends before
 * the application has started (`npm run generate:state-requests`, docs/onboarding-ui.md §12).
 */
export function toolStateRequest(tool: ToolDefinition): GatewayRequest {
  return { document: toolDocuments(tool).toolState, variables: { selector: contentForSelector(tool.exportName) } };
}

/** The first request of the overview (`OverviewModel`): `OverviewState` of `tools`, no variables. */
export function overviewStateRequest(tools: readonly ToolDefinition[]): GatewayRequest {
  return { document: overviewStateDocument(tools) };
}
