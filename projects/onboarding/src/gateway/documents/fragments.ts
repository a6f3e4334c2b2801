import { BindingFields, ControlPlaneFields, ToolFieldsTemplate } from './documents.generated';

/**
 * Selections shared by queries, mutation results and subscriptions (sources in document-sources.ts). Everything the
 * UI shows is selected, because the gateway sends MODIFIED only when a selected leaf changed (platform-contract §4.5).
 * Depth stays below the gateway's limit of 10 (§4.6).
 */
export const CONTROL_PLANE_FIELDS = ControlPlaneFields;

/** APIBinding fields (§3.1); claim selectors in full so accepted claims can be re-sent unchanged (§3.3). */
export const BINDING_FIELDS = BindingFields;

/**
 * Enablement resource fields (§2.2). Template: `TOOL_TYPE` becomes the kind's type name; spec fields the kind lacks
 * are removed by `instantiateTemplate`.
 */
export const TOOL_FIELDS_TEMPLATE = ToolFieldsTemplate;
