/*
 * GraphQL source of every document and template of the library. Build input only: the generator
 * (`npm run generate:documents`, projects/onboarding/scripts/generate-documents.ts) parses them into
 * `documents.generated.ts`, which the runtime modules import, so the browser bundle carries no GraphQL parser.
 * `documents-code.spec.ts` fails while the generated file is stale. Values travel as variables, never as literals.
 *
 * Selections: everything the UI shows is selected, because the gateway sends MODIFIED only when a selected leaf
 * changed (docs/platform.md §4.5); depth stays below the gateway's limit of 10 (docs/platform.md §4.6). Results are aliased
 * `group { version { result } }` so parsing does not depend on the kind. `TOOL_*` names are placeholders that
 * `instantiateTemplate` replaces per tool (tool-renames.ts).
 */
export const documentSources = {
  /** ManagedControlPlane fields (docs/platform.md §1.1). */
  ControlPlaneFields: /* GraphQL */ `
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
  `,
  /** APIBinding fields (docs/platform.md §3.1); claim selectors in full so accepted claims can be re-sent unchanged (docs/platform.md §3.3). */
  BindingFields: /* GraphQL */ `
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
  `,
  /** Enablement resource fields (docs/platform.md §2.2); `TOOL_TYPE` becomes the kind's type name, spec fields the kind lacks are removed. */
  ToolFieldsTemplate: /* GraphQL */ `
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
  `,
  /** Spreads BindingFields. The binding is named like the export and has no `path` (docs/platform.md §1.1). */
  CreateAPIBinding: /* GraphQL */ `
    mutation CreateAPIBinding($name: String!) {
      group: apis_kcp_io {
        version: v1alpha2 {
          result: createAPIBinding(object: { metadata: { name: $name }, spec: { reference: { export: { name: $name } } } }) {
            ...BindingFields
          }
        }
      }
    }
  `,
  /** Spreads BindingFields. The complete `spec.permissionClaims` list with the resourceVersion (docs/platform.md §3.3). */
  UpdateAPIBindingClaims: /* GraphQL */ `
    mutation UpdateAPIBindingClaims(
      $name: String!
      $resourceVersion: String!
      $claims: [ApisKcpIoV1alpha2APIBindingSpecPermissionClaims_Input]
    ) {
      group: apis_kcp_io {
        version: v1alpha2 {
          result: updateAPIBinding(
            name: $name
            object: { metadata: { resourceVersion: $resourceVersion }, spec: { permissionClaims: $claims } }
          ) {
            ...BindingFields
          }
        }
      }
    }
  `,
  /** kcp then removes the tool's objects (docs/platform.md §1.4). */
  DeleteAPIBinding: /* GraphQL */ `
    mutation DeleteAPIBinding($name: String!) {
      group: apis_kcp_io {
        version: v1alpha2 {
          result: deleteAPIBinding(name: $name)
        }
      }
    }
  `,
  /** Spreads BindingFields; watch of every APIBinding of the workspace (docs/platform.md §4.5). */
  WatchAPIBindings: /* GraphQL */ `
    subscription WatchAPIBindings($resourceVersion: String) {
      event: apis_kcp_io_v1alpha2_apibindings(resourceVersion: $resourceVersion) {
        type
        object {
          ...BindingFields
        }
      }
    }
  `,
  /** ContentConfiguration fields: `spec.inlineConfiguration.content` is the fragment (JSON) whose nodes carry the labels. */
  ContentConfigurationFields: /* GraphQL */ `
    fragment ContentConfigurationFields on UiPlatformMeshIoV1alpha1ContentConfiguration {
      metadata {
        name
        uid
        resourceVersion
      }
      spec {
        inlineConfiguration {
          content
        }
      }
    }
  `,
  /** Spreads ContentConfigurationFields. The tool's ContentConfigurations (docs/platform.md §5.6) by `$selector`. */
  ToolContentConfigurations: /* GraphQL */ `
    query ToolContentConfigurations($selector: String) {
      pages: ui_platform_mesh_io {
        version: v1alpha1 {
          list: ContentConfigurations(labelselector: $selector) {
            resourceVersion
            items {
              ...ContentConfigurationFields
            }
          }
        }
      }
    }
  `,
  /** Spreads ContentConfigurationFields; watch of the tool's ContentConfigurations by `$selector`. */
  WatchToolContentConfigurations: /* GraphQL */ `
    subscription WatchToolContentConfigurations($selector: String, $resourceVersion: String) {
      event: ui_platform_mesh_io_v1alpha1_contentconfigurations(labelselector: $selector, resourceVersion: $resourceVersion) {
        type
        object {
          ...ContentConfigurationFields
        }
      }
    }
  `,
  /** Spreads ControlPlaneFields. */
  WatchManagedControlPlanes: /* GraphQL */ `
    subscription WatchManagedControlPlanes($resourceVersion: String) {
      event: core_opencp_cloud_v1alpha1_managedcontrolplanes(resourceVersion: $resourceVersion) {
        type
        object {
          ...ControlPlaneFields
        }
      }
    }
  `,
  /** `STATE_QUERY` becomes the operation name; the tool blocks are appended (state-query.ts). */
  StateQueryTemplate: /* GraphQL */ `
    query STATE_QUERY {
      mcp: core_opencp_cloud {
        version: v1alpha1 {
          list: ManagedControlPlanes {
            resourceVersion
            items {
              ...ControlPlaneFields
            }
          }
        }
      }
      bindings: apis_kcp_io {
        version: v1alpha2 {
          list: APIBindings {
            resourceVersion
            items {
              ...BindingFields
            }
          }
        }
      }
    }
  `,
  /** One tool's list block, aliased `TOOL_ALIAS`; only its selection is used. */
  ToolBlockTemplate: /* GraphQL */ `
    query ToolBlock {
      TOOL_ALIAS: TOOL_GROUP {
        version: TOOL_VERSION {
          list: TOOL_LIST {
            resourceVersion
            items {
              ...ToolFields
            }
          }
        }
      }
    }
  `,
  /** Spreads ToolFields; placeholders from tool-renames.ts. */
  CreateToolTemplate: /* GraphQL */ `
    mutation CreateTOOL_KIND(
      $name: String!
      $version: String!
      $chartVersion: String
      $providers: [TOOL_PROVIDERS_INPUT]
      $components: [String]
    ) {
      group: TOOL_GROUP {
        version: TOOL_VERSION {
          result: createTOOL_KIND(
            object: {
              metadata: { name: $name }
              spec: { version: $version, chartVersion: $chartVersion, providers: $providers, components: $components }
            }
          ) {
            ...ToolFields
          }
        }
      }
    }
  `,
  /** Spreads ToolFields; JSON merge patch of the spec with the resourceVersion. */
  UpdateToolTemplate: /* GraphQL */ `
    mutation UpdateTOOL_KIND(
      $name: String!
      $resourceVersion: String!
      $version: String
      $chartVersion: String
      $providers: [TOOL_PROVIDERS_INPUT]
      $components: [String]
    ) {
      group: TOOL_GROUP {
        version: TOOL_VERSION {
          result: updateTOOL_KIND(
            name: $name
            object: {
              metadata: { resourceVersion: $resourceVersion }
              spec: { version: $version, chartVersion: $chartVersion, providers: $providers, components: $components }
            }
          ) {
            ...ToolFields
          }
        }
      }
    }
  `,
  DeleteToolTemplate: /* GraphQL */ `
    mutation DeleteTOOL_KIND($name: String!) {
      group: TOOL_GROUP {
        version: TOOL_VERSION {
          result: deleteTOOL_KIND(name: $name)
        }
      }
    }
  `,
  /** Spreads ToolFields. */
  WatchToolListTemplate: /* GraphQL */ `
    subscription WatchTOOL_LIST($resourceVersion: String) {
      event: TOOL_LIST_SUBSCRIPTION(resourceVersion: $resourceVersion) {
        type
        object {
          ...ToolFields
        }
      }
    }
  `,
} as const;

/** Name of a document in {@link documentSources} (and export of `documents.generated.ts`). */
export type DocumentName = keyof typeof documentSources;
