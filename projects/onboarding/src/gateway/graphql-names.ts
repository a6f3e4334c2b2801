import type { ToolResource } from '../catalog/tool-definition';

/** A GraphQL name (GraphQL specification, section "Names"); every name put into a document is checked against it. */
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** Throws when `name` is not a GraphQL name, naming what it was meant for. */
export function assertGraphQLName(name: string, purpose: string): string {
  if (!GRAPHQL_NAME.test(name)) {
    throw new Error(`"${name}" is not a valid GraphQL name for ${purpose}`);
  }
  return name;
}

/**
 * Root field of an API group (docs/platform.md §4.2): characters outside `[_a-zA-Z0-9]` become `_`, a leading digit
 * is prefixed with `_`. `kro.services.opencp.cloud` → `kro_services_opencp_cloud`.
 */
export function groupField(group: string): string {
  const sanitized = group.replace(/[^_a-zA-Z0-9]/g, '_');
  return assertGraphQLName(/^[0-9]/.test(sanitized) ? `_${sanitized}` : sanitized, `API group ${group}`);
}

/**
 * Flat list subscription field (docs/platform.md §2.1, §4.2): `<group field>_<version>_<lowercase list field>`,
 * e.g. `kro_services_opencp_cloud_v1alpha1_kros`.
 */
export function listSubscriptionField(resource: Pick<ToolResource, 'group' | 'version' | 'listField'>): string {
  return assertGraphQLName(
    `${groupField(resource.group)}_${resource.version}_${resource.listField.toLowerCase()}`,
    `list subscription of ${resource.listField}`,
  );
}

/**
 * Type-name prefix `Pascalize(group_version)` (docs/platform.md §4.2), e.g. `CrossplaneServicesOpencpCloudV1alpha1`;
 * input types append the kind, the capitalised path and `_Input`.
 */
export function typeNamePrefix(resource: Pick<ToolResource, 'group' | 'version'>): string {
  const words = `${resource.group}_${resource.version}`.split(/[^A-Za-z0-9]+/).filter((word) => word !== '');
  return assertGraphQLName(words.map((word) => word[0].toUpperCase() + word.slice(1)).join(''), `types of ${resource.group}`);
}
