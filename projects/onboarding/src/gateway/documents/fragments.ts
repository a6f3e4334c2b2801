import { parse } from 'graphql';

/**
 * Selections shared by queries, mutation results and subscriptions. Everything the UI shows is selected, because
 * the gateway sends MODIFIED only when a selected leaf changed (platform-contract §4.5). Depth stays below the
 * gateway's limit of 10 (§4.6).
 */
export const CONTROL_PLANE_FIELDS = parse(/* GraphQL */ `
  fragment ControlPlaneFields on CoreOpencpCloudV1alpha1ManagedControlPlane {
    metadata {
      name
      uid
      resourceVersion
      generation
      deletionTimestamp
    }
    status {
      phase
      observedGeneration
      conditions {
        type
        status
        reason
        message
        lastTransitionTime
      }
    }
  }
`);

/** APIBinding fields (§3.1); claim selectors in full so accepted claims can be re-sent unchanged (§3.3). */
export const BINDING_FIELDS = parse(/* GraphQL */ `
  fragment BindingFields on ApisKcpIoV1alpha2APIBinding {
    metadata {
      name
      uid
      resourceVersion
      generation
      creationTimestamp
      deletionTimestamp
    }
    spec {
      reference {
        export {
          name
          path
        }
      }
      permissionClaims {
        group
        resource
        identityHash
        verbs
        state
        selector {
          matchAll
          matchLabels
          matchExpressions {
            key
            operator
            values
          }
        }
      }
    }
    status {
      phase
      exportPermissionClaims {
        group
        resource
        identityHash
        verbs
      }
      boundResources {
        group
        resource
      }
      conditions {
        type
        status
        reason
        message
        severity
        lastTransitionTime
      }
    }
  }
`);

/**
 * Enablement resource fields (§2.2). Template: `TOOL_TYPE` becomes the kind's type name; spec fields the kind lacks
 * are removed by `instantiateTemplate`.
 */
export const TOOL_FIELDS_TEMPLATE = parse(/* GraphQL */ `
  fragment ToolFields on TOOL_TYPE {
    metadata {
      name
      uid
      resourceVersion
      generation
      creationTimestamp
      deletionTimestamp
    }
    spec {
      version
      chartVersion
      providers {
        name
        version
      }
      components
    }
    status {
      phase
      observedGeneration
      conditions {
        type
        status
        reason
        message
        lastTransitionTime
      }
    }
  }
`);
