import type {
  APIBinding,
  Condition,
  EnablementResource,
  ExportPermissionClaim,
  ManagedControlPlane,
  PermissionClaim,
} from '../src/platform/resources';

/** Overrides for {@link buildBinding}; `phase`, `claims` etc. are shortcuts into `status`/`spec`. */
export interface BindingOverrides {
  readonly name?: string;
  readonly uid?: string;
  readonly resourceVersion?: string;
  readonly phase?: string;
  readonly deletionTimestamp?: string | null;
  readonly exportClaims?: readonly ExportPermissionClaim[];
  readonly claims?: readonly PermissionClaim[];
  readonly boundResources?: readonly { group: string; resource: string }[];
  readonly conditions?: readonly Condition[];
}

/** An APIBinding as the gateway returns it (default: `kro.services.opencp.cloud`, Bound, no claims). */
export function buildBinding(overrides: BindingOverrides = {}): APIBinding {
  const name = overrides.name ?? 'kro.services.opencp.cloud';
  return {
    metadata: {
      name,
      uid: overrides.uid ?? `binding-${name}`,
      resourceVersion: overrides.resourceVersion ?? '100',
      generation: 1,
      creationTimestamp: '2025-01-01T00:00:00Z',
      deletionTimestamp: overrides.deletionTimestamp ?? null,
    },
    spec: { reference: { export: { name, path: null } }, permissionClaims: overrides.claims ?? [] },
    status: {
      phase: overrides.phase ?? 'Bound',
      exportPermissionClaims: overrides.exportClaims ?? [],
      appliedPermissionClaims: [],
      boundResources: overrides.boundResources ?? [],
      conditions: overrides.conditions ?? [],
    },
  };
}

/** Overrides for {@link buildResource}. */
export interface ResourceOverrides {
  readonly name?: string;
  readonly uid?: string;
  readonly resourceVersion?: string;
  readonly generation?: number;
  readonly deletionTimestamp?: string | null;
  /** `metadata.annotations` (absent by default), e.g. the previous-spec annotation. */
  readonly annotations?: Readonly<Record<string, string>>;
  readonly spec?: EnablementResource['spec'];
  /** `null` = no status written yet. */
  readonly phase?: string | null;
  readonly observedGeneration?: number;
  readonly conditions?: readonly Condition[];
}

/** An enablement resource `default` (default: KRO v0.9.3, Ready, Ready=True, up to date). */
export function buildResource(overrides: ResourceOverrides = {}): EnablementResource {
  const generation = overrides.generation ?? 1;
  const phase = overrides.phase === undefined ? 'Ready' : overrides.phase;
  return {
    metadata: {
      name: overrides.name ?? 'default',
      uid: overrides.uid ?? 'resource-default',
      resourceVersion: overrides.resourceVersion ?? '200',
      generation,
      creationTimestamp: '2025-01-01T00:00:00Z',
      deletionTimestamp: overrides.deletionTimestamp ?? null,
      ...(overrides.annotations ? { annotations: overrides.annotations } : {}),
    },
    spec: overrides.spec ?? { version: 'v0.9.3', chartVersion: '0.9.3' },
    status:
      phase === null
        ? null
        : {
            phase,
            observedGeneration: overrides.observedGeneration ?? generation,
            conditions:
              overrides.conditions ??
              (phase === 'Ready' ? [condition('Ready', 'True', 'ReconcileSuccess', 'Domain Service is ready')] : []),
          },
  };
}

/** ManagedControlPlane `default` in the given phase (`null` = no status yet). */
export function buildControlPlane(
  phase: string | null = 'Ready',
  overrides: { uid?: string; resourceVersion?: string } = {},
): ManagedControlPlane {
  return {
    metadata: { name: 'default', uid: overrides.uid ?? 'mcp-default', resourceVersion: overrides.resourceVersion ?? '10', generation: 1 },
    status: phase === null ? null : { phase },
  };
}

/** A status condition. */
export function condition(type: string, status: string, reason = '', message = ''): Condition {
  return { type, status, reason, message, lastTransitionTime: '2025-01-01T00:00:00Z' };
}
