import type { ToolCatalog, ToolDefinition } from './tool-definition';

/** The catalog entry with `id`, or undefined (the UI then shows an unknown-tool message). */
export function findTool(catalog: ToolCatalog, id: string): ToolDefinition | undefined {
  return catalog.tools.find((tool) => tool.id === id);
}
