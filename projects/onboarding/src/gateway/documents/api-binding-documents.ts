import { parse } from 'graphql';
import { BINDING_FIELDS } from './fragments';
import { joinDocuments } from './instantiate-template';

/**
 * Documents for APIBindings (`apis.kcp.io/v1alpha2`, platform-contract §3.4). Results are aliased
 * `group { version { result } }` so parsing does not depend on the kind. The binding is named like the export and
 * has no `path` (§1.1).
 */

/** Variables `{ name }` = export name. Creates the binding; "already exists" means adopt (§1.5). */
export const CreateAPIBindingMutation = joinDocuments(
  parse(/* GraphQL */ `
    mutation CreateAPIBinding($name: String!) {
      group: apis_kcp_io {
        version: v1alpha2 {
          result: createAPIBinding(object: { metadata: { name: $name }, spec: { reference: { export: { name: $name } } } }) {
            ...BindingFields
          }
        }
      }
    }
  `),
  BINDING_FIELDS,
);

/**
 * Variables `{ name, resourceVersion, claims }`: the complete `spec.permissionClaims` list (merge patch replaces
 * arrays) with the binding's resourceVersion for optimistic locking (§3.3, "DecideClaims" of §3.4).
 */
export const UpdateAPIBindingClaimsMutation = joinDocuments(
  parse(/* GraphQL */ `
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
  `),
  BINDING_FIELDS,
);

/** Variables `{ name }`. Answers `true` once accepted; kcp then removes the tool's objects (§1.4). */
export const DeleteAPIBindingMutation = parse(/* GraphQL */ `
  mutation DeleteAPIBinding($name: String!) {
    group: apis_kcp_io {
      version: v1alpha2 {
        result: deleteAPIBinding(name: $name)
      }
    }
  }
`);

/** Variables `{ resourceVersion? }`: watch of every APIBinding of the workspace, aliased `event` (§4.5). */
export const APIBindingsSubscription = joinDocuments(
  parse(/* GraphQL */ `
    subscription WatchAPIBindings($resourceVersion: String) {
      event: apis_kcp_io_v1alpha2_apibindings(resourceVersion: $resourceVersion) {
        type
        object {
          ...BindingFields
        }
      }
    }
  `),
  BINDING_FIELDS,
);
