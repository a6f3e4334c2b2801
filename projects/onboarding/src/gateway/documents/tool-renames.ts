import type { ToolDefinition } from '../../catalog/tool-definition';
import { groupField, listSubscriptionField, typeNamePrefix } from '../graphql-names';

/** Spec fields of the template that a kind may lack (docs/platform.md §2.2). */
export type OptionalSpecField = 'chartVersion' | 'providers' | 'components';

const specFieldsCache = new WeakMap<ToolDefinition, ReadonlySet<OptionalSpecField>>();

/**
 * The optional spec fields a tool's kind has, read from its catalog entry: `chartVersion` when a version offers one,
 * `providers`/`components` with the matching extension. A fifth tool therefore needs only its catalog entry.
 * Derived once per tool definition (every configure, upgrade and YAML preview asks again).
 */
export function optionalSpecFields(tool: ToolDefinition): ReadonlySet<OptionalSpecField> {
  const cached = specFieldsCache.get(tool);
  if (cached) {
    return cached;
  }
  const fields = new Set<OptionalSpecField>();
  if (tool.versions.some((entry) => entry.chartVersion !== undefined)) {
    fields.add('chartVersion');
  }
  if (tool.extension?.type === 'providers') {
    fields.add('providers');
  }
  if (tool.extension?.type === 'components') {
    fields.add('components');
  }
  specFieldsCache.set(tool, fields);
  return fields;
}

/**
 * Placeholder → real name for a tool (docs/platform.md §2.1, §4.2). `suffix` makes fragment names unique when
 * several tools share one document (OverviewState).
 */
export function toolRenames(tool: ToolDefinition, suffix = ''): Record<string, string> {
  const { resource } = tool;
  const prefix = typeNamePrefix(resource);
  return {
    TOOL_GROUP: groupField(resource.group),
    TOOL_VERSION: resource.version,
    TOOL_LIST: resource.listField,
    TOOL_TYPE: `${prefix}${resource.kind}`,
    TOOL_PROVIDERS_INPUT: `${prefix}${resource.kind}SpecProviders_Input`,
    TOOL_LIST_SUBSCRIPTION: listSubscriptionField(resource),
    createTOOL_KIND: `create${resource.kind}`,
    updateTOOL_KIND: `update${resource.kind}`,
    deleteTOOL_KIND: `delete${resource.kind}`,
    CreateTOOL_KIND: `Create${resource.kind}`,
    UpdateTOOL_KIND: `Update${resource.kind}`,
    DeleteTOOL_KIND: `Delete${resource.kind}`,
    WatchTOOL_LIST: `Watch${resource.listField}`,
    ToolFields: `ToolFields${suffix}`,
  };
}

/** Spec fields of the template minus the kind's own. */
export function removedSpecFields(tool: ToolDefinition): ReadonlySet<string> {
  const present = optionalSpecFields(tool);
  return new Set((['chartVersion', 'providers', 'components'] as const).filter((field) => !present.has(field)));
}
