import { pascalize, pluralize } from './flect-inflection';

/**
 * GraphQL names the kubernetes-graphql-gateway (v1.12+) derives from a group/version/kind
 * (docs/platform.md §2.1 and §4.2). Pure functions so the naming table test can cover every CRD.
 */

/**
 * Group fields and field names inside objects: characters outside `[_a-zA-Z0-9]` become `_`, a leading
 * non-letter gets a `_` prefix (`apis.kcp.io` → `apis_kcp_io`, `x-foo` → `x_foo`).
 */
export function sanitizeFieldName(name: string): string {
  const sanitized = name.replace(/[^_a-zA-Z0-9]/g, '_');
  return /^[_a-zA-Z]/.test(sanitized) ? sanitized : `_${sanitized}`;
}

/** Names of one served kind, e.g. for `apis.kcp.io/v1alpha2 APIBinding`. */
export interface GatewayNames {
  /** `apis_kcp_io` (empty for the core group). */
  groupField: string;
  /** `ApisKcpIoV1alpha2APIBinding`. */
  typeName: string;
  /** `ApisKcpIoV1alpha2APIBinding_Input`. */
  inputTypeName: string;
  /** `ApisKcpIoV1alpha2APIBindingList`. */
  listTypeName: string;
  /** `ApisKcpIoV1alpha2APIBindingEvent`. */
  eventTypeName: string;
  /** `APIBinding` (get field; also `APIBindingYaml`, `createAPIBinding`, …). */
  singular: string;
  /** `APIBindings` (flect plural of the kind, not the CRD plural). */
  plural: string;
  /** `apis_kcp_io_v1alpha2_apibinding`. */
  singleSubscription: string;
  /** `apis_kcp_io_v1alpha2_apibindings`. */
  listSubscription: string;
  /** `ApisKcpIoQuery` / `ApisKcpIoMutation` (group wrapper types). */
  groupQueryType: string;
  groupMutationType: string;
  /** `ApisKcpIoV1alpha2Query` / `ApisKcpIoV1alpha2Mutation` (version wrapper types). */
  versionQueryType: string;
  versionMutationType: string;
}

export function gatewayNames(group: string, version: string, kind: string): GatewayNames {
  const groupField = group === '' ? '' : sanitizeFieldName(group);
  const versionPrefix = pascalize(`${groupField}_${version}`);
  const typeName = versionPrefix + kind;
  const plural = pluralize(kind);
  const subscriptionPrefix = groupField === '' ? version : `${groupField}_${version}`;
  return {
    groupField,
    typeName,
    inputTypeName: `${typeName}_Input`,
    listTypeName: `${typeName}List`,
    eventTypeName: `${typeName}Event`,
    singular: kind,
    plural,
    singleSubscription: `${subscriptionPrefix}_${kind}`.toLowerCase(),
    listSubscription: `${subscriptionPrefix}_${plural}`.toLowerCase(),
    groupQueryType: `${pascalize(groupField)}Query`,
    groupMutationType: `${pascalize(groupField)}Mutation`,
    versionQueryType: `${versionPrefix}Query`,
    versionMutationType: `${versionPrefix}Mutation`,
  };
}

/** Nested object type: parent type name + capitalised field (`…APIBindingSpec` → `…APIBindingSpecPermissionClaims`). */
export function nestedTypeName(parentTypeName: string, fieldName: string): string {
  const field = sanitizeFieldName(fieldName);
  return parentTypeName + field.charAt(0).toUpperCase() + field.slice(1);
}
