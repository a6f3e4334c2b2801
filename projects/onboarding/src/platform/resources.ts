/**
 * Shapes of the Kubernetes objects the UI reads through the gateway, reduced to the fields it selects.
 * Every field is optional because the gateway makes every field nullable (docs/platform.md §4.3).
 */

/** A status condition (docs/platform.md §2.2, §3.1). */
export interface Condition {
  readonly type: string;
  readonly status: 'True' | 'False' | 'Unknown' | string;
  readonly reason?: string | null;
  readonly message?: string | null;
  readonly lastTransitionTime?: string | null;
  readonly severity?: string | null;
}

/** `metadata` fields the UI selects; `resourceVersion` is sent back on updates (optimistic concurrency, docs/platform.md §3.3). */
export interface ObjectMeta {
  readonly name?: string | null;
  readonly uid?: string | null;
  readonly resourceVersion?: string | null;
  readonly generation?: number | null;
  readonly creationTimestamp?: string | null;
  readonly deletionTimestamp?: string | null;
  /** Only where a document selects them (e.g. `onboarding.opencp.cloud/previous-spec`). */
  readonly annotations?: Readonly<Record<string, string>> | null;
}

/** ManagedControlPlane `default` (core.opencp.cloud/v1alpha1). Phases Provisioning → MCPReady → Ready. */
export interface ManagedControlPlane {
  readonly metadata?: ObjectMeta | null;
  readonly status?: { readonly phase?: string | null } | null;
}

/** A permission claim as the export asks for it (status.exportPermissionClaims, docs/platform.md §3.1). */
export interface ExportPermissionClaim {
  readonly group?: string | null;
  readonly resource: string;
  readonly identityHash?: string | null;
  readonly verbs: readonly string[];
}

/** A decided claim (spec.permissionClaims, docs/platform.md §3.1). */
export interface PermissionClaim extends ExportPermissionClaim {
  readonly state: 'Accepted' | 'Rejected';
  readonly selector: {
    readonly matchAll?: boolean | null;
    readonly matchLabels?: Record<string, string> | null;
    readonly matchExpressions?:
      readonly { readonly key: string; readonly operator: string; readonly values?: readonly string[] | null }[] | null;
  };
}

/** A resource the binding serves (status.boundResources). */
export interface BoundResource {
  readonly group: string;
  readonly resource: string;
}

/** APIBinding (apis.kcp.io/v1alpha2), named like the export. */
export interface APIBinding {
  readonly metadata?: ObjectMeta | null;
  readonly spec?: {
    readonly reference?: { readonly export?: { readonly name?: string | null; readonly path?: string | null } | null } | null;
    readonly permissionClaims?: readonly PermissionClaim[] | null;
  } | null;
  readonly status?: {
    /** `""` (just created), `Binding`, `Bound`. */
    readonly phase?: string | null;
    readonly exportPermissionClaims?: readonly ExportPermissionClaim[] | null;
    readonly appliedPermissionClaims?: readonly PermissionClaim[] | null;
    readonly boundResources?: readonly BoundResource[] | null;
    readonly conditions?: readonly Condition[] | null;
  } | null;
}

/** Spec of an enablement resource; which fields exist depends on the kind (docs/platform.md §2.2). */
export interface EnablementSpec {
  readonly version: string;
  readonly chartVersion?: string;
  readonly providers?: readonly { readonly name: string; readonly version: string }[];
  readonly components?: readonly string[];
}

/** Enablement resource `default` of a tool (Crossplane, KRO, Flux, OCMController). */
export interface EnablementResource {
  readonly metadata?: ObjectMeta | null;
  readonly spec?: Partial<EnablementSpec> | null;
  readonly status?: {
    readonly phase?: string | null;
    readonly observedGeneration?: number | null;
    readonly conditions?: readonly Condition[] | null;
  } | null;
}

/** A watch event as the gateway's subscriptions deliver it (docs/platform.md §4.5). */
export interface WatchEvent<T> {
  readonly type: 'ADDED' | 'MODIFIED' | 'DELETED';
  readonly object: T;
}
