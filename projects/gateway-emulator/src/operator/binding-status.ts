import { createHash } from 'node:crypto';
import { KubeObject } from '../store/kube-object';
import { claimKey } from '../store/immutable-fields';
import { isPlainObject } from '../store/merge-patch';
import { Condition, withConditions } from './conditions';

/** A permission claim as the export offers it and the binding's status reports it (docs/platform.md §3.1). */
type Claim = { group: string; resource: string; identityHash: string; verbs: string[]; [k: string]: unknown };

/** Hex SHA-256 of `text`: stable identity hashes and cluster names for emulated objects. */
export const hash = (text: string): string => createHash('sha256').update(text).digest('hex');

/** A UID-shaped string derived from `text`, so a schema keeps its UID across reconcile passes. */
const uidFrom = (text: string): string => {
  const h = hash(text);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
};

/**
 * The status kcp writes on a Bound APIBinding (docs/platform.md §3.1, §3.2): `exportPermissionClaims` from the
 * export, `appliedPermissionClaims` for accepted claims whose verbs match the export's (others make
 * `PermissionClaimsValid` False with reason `PermissionClaimsMismatch`), `boundResources` from the export's
 * resources, and the Bound conditions. `stamp` is the RFC 3339 time used for changed conditions.
 */
export function boundStatus(binding: KubeObject, exportObject: KubeObject, workspacePath: string, stamp: string): Record<string, unknown> {
  const offered = exportClaims(exportObject);
  const specClaims = (binding.spec?.permissionClaims as Claim[] | undefined) ?? [];
  const mismatched: string[] = [];
  const applied = specClaims
    .filter((claim) => claim.state === 'Accepted')
    .filter((claim) => {
      const match = offered.find((o) => claimKey(o) === claimKey(claim));
      if (!match) return false;
      const same = [...match.verbs].sort().join(',') === [...claim.verbs].sort().join(',');
      if (!same) mismatched.push(`${claim.resource}${claim.group ? `.${claim.group}` : ''}`);
      return same;
    })
    .map(({ state: _state, ...claim }) => claim);
  const identityHash = String(exportObject.status?.identityHash ?? '');
  const boundResources = ((exportObject.spec?.resources as Array<{ group: string; name: string; schema: string }>) ?? []).map((r) => ({
    group: r.group,
    resource: r.name,
    schema: { name: r.schema, identityHash, UID: uidFrom(`${workspacePath}/${r.schema}`) },
    storageVersions: ['v1alpha1'],
  }));
  return {
    phase: 'Bound',
    exportPermissionClaims: offered,
    appliedPermissionClaims: applied,
    boundResources,
    conditions: withConditions(
      binding.status?.conditions,
      [
        { type: 'APIExportValid', status: 'True', reason: 'APIExportValid', message: '' },
        { type: 'InitialBindingCompleted', status: 'True', reason: 'InitialBindingCompleted', message: '' },
        { type: 'BindingUpToDate', status: 'True', reason: 'BindingUpToDate', message: '' },
        mismatched.length === 0
          ? { type: 'PermissionClaimsValid', status: 'True', reason: 'PermissionClaimsValid', message: '' }
          : {
              type: 'PermissionClaimsValid',
              status: 'False',
              reason: 'PermissionClaimsMismatch',
              message: `verbs or selector of the claims on ${mismatched.join(', ')} differ from the APIExport's`,
              severity: 'Error',
            },
        { type: 'PermissionClaimsApplied', status: 'True', reason: 'PermissionClaimsApplied', message: '' },
        { type: 'Ready', status: 'True', reason: 'Ready', message: '' },
      ],
      stamp,
    ),
  };
}

/** The binding's `spec.reference.export`; `path` undefined for a path-less (local) reference. */
export function referenceOf(binding: KubeObject): { name: string; path?: string } {
  const exportRef = (binding.spec?.reference as { export?: { name?: string; path?: string } } | undefined)?.export;
  return { name: exportRef?.name ?? '', path: exportRef?.path || undefined };
}

/** The export's `spec.permissionClaims` in the shape of the binding's `status.exportPermissionClaims`. */
export function exportClaims(exportObject: KubeObject): Claim[] {
  const claims = (exportObject.spec?.permissionClaims as Array<Record<string, unknown>> | undefined) ?? [];
  return claims.map((c) => ({
    group: String(c.group ?? ''),
    resource: String(c.resource),
    identityHash: String(c.identityHash ?? ''),
    verbs: [...((c.verbs as string[]) ?? [])],
  }));
}

/** The parts of a binding status the Bound reconcile compares (conditions without times) to skip no-op writes. */
export function pickBound(status: Record<string, unknown> | undefined): unknown {
  if (!isPlainObject(status)) return undefined;
  const conditions = ((status.conditions as Condition[]) ?? []).map(({ lastTransitionTime: _t, ...c }) => c);
  return [status.phase, status.exportPermissionClaims, status.appliedPermissionClaims, status.boundResources, conditions];
}
