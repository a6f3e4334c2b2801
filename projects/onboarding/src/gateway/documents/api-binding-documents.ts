// Operations pre-parsed from document-sources.ts (no GraphQL parser in the bundle).
import { BindingFields, CreateAPIBinding, DeleteAPIBinding, UpdateAPIBindingClaims, WatchAPIBindings } from './documents.generated';
import { joinDocuments } from './instantiate-template';

/**
 * Documents for APIBindings (`apis.kcp.io/v1alpha2`, docs/platform.md §3.4). Results are aliased
 * `group { version { result } }` so parsing does not depend on the kind. The binding is named like the export and
 * has no `path` (docs/platform.md §1.1).
 */

/** Variables `{ name }` = export name. Creates the binding; "already exists" means adopt (docs/platform.md §1.5). */
export const CreateAPIBindingMutation = joinDocuments(CreateAPIBinding, BindingFields);

/**
 * Variables `{ name, resourceVersion, claims }`: the complete `spec.permissionClaims` list (merge patch replaces
 * arrays) with the binding's resourceVersion for optimistic locking (docs/platform.md §3.3, "DecideClaims" of docs/platform.md §3.4).
 */
export const UpdateAPIBindingClaimsMutation = joinDocuments(UpdateAPIBindingClaims, BindingFields);

/** Variables `{ name }`. Answers `true` once accepted; kcp then removes the tool's objects (docs/platform.md §1.4). */
export const DeleteAPIBindingMutation = DeleteAPIBinding;

/** Variables `{ resourceVersion? }`: watch of every APIBinding of the workspace, aliased `event` (docs/platform.md §4.5). */
export const APIBindingsSubscription = joinDocuments(WatchAPIBindings, BindingFields);
