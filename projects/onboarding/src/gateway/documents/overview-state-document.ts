import type { DocumentNode } from 'graphql';
import type { ToolDefinition } from '../../catalog/tool-definition';
import { assertGraphQLName } from '../graphql-names';
import { stateQuery } from './state-query';

/** Alias of a tool's block in OverviewState: `tool_<id>` with non-name characters as `_`. */
export function overviewToolAlias(tool: ToolDefinition): string {
  return assertGraphQLName(`tool_${tool.id.replace(/[^_a-zA-Z0-9]/g, '_')}`, `alias of tool ${tool.id}`);
}

/**
 * `OverviewState`, no variables: the MCP list, the APIBinding list and every given tool's list (aliased
 * {@link overviewToolAlias}) in one request, each in its own block.
 */
export function overviewStateDocument(tools: readonly ToolDefinition[]): DocumentNode {
  return stateQuery(
    'OverviewState',
    tools.map((tool) => ({ tool, alias: overviewToolAlias(tool), fragmentSuffix: `_${overviewToolAlias(tool)}` })),
  );
}
