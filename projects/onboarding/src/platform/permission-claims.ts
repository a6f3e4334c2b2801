import type { APIBinding, ExportPermissionClaim, PermissionClaim } from './resources';

/** Identity of a claim: `group` + `resource` + `identityHash`, empty strings for absent parts (docs/platform.md §3.3). */
export function claimKey(claim: Pick<ExportPermissionClaim, 'group' | 'resource' | 'identityHash'>): string {
  return JSON.stringify([claim.group ?? '', claim.resource, claim.identityHash ?? '']);
}

/** Export claims without a `spec.permissionClaims` entry of equal key: what the user still has to decide (docs/platform.md §3.3). */
export function pendingClaims(binding: APIBinding | null | undefined): ExportPermissionClaim[] {
  const decided = new Set((binding?.spec?.permissionClaims ?? []).map(claimKey));
  return (binding?.status?.exportPermissionClaims ?? []).filter((claim) => !decided.has(claimKey(claim)));
}

/**
 * The complete `spec.permissionClaims` to send when accepting (merge patch replaces arrays, docs/platform.md §3.3): every existing
 * entry unchanged, plus each pending claim as `{group, resource, identityHash, verbs: <export verbs>, state:
 * "Accepted", selector: {matchAll: true}}`. Only input fields are kept (no `__typename`, docs/platform.md §4.9.7).
 */
export function claimsToAccept(binding: APIBinding | null | undefined): PermissionClaim[] {
  const existing = (binding?.spec?.permissionClaims ?? []).map(toInput);
  const accepted = pendingClaims(binding).map<PermissionClaim>((claim) => ({
    group: claim.group ?? '',
    resource: claim.resource,
    identityHash: claim.identityHash ?? '',
    verbs: [...claim.verbs],
    state: 'Accepted',
    selector: { matchAll: true },
  }));
  return [...existing, ...accepted];
}

function toInput(claim: PermissionClaim): PermissionClaim {
  const { matchAll, matchLabels, matchExpressions } = claim.selector ?? {};
  return {
    group: claim.group ?? '',
    resource: claim.resource,
    identityHash: claim.identityHash ?? '',
    verbs: [...claim.verbs],
    state: claim.state,
    selector: {
      ...(matchAll != null ? { matchAll } : {}),
      ...(matchLabels != null ? { matchLabels: { ...matchLabels } } : {}),
      ...(matchExpressions != null
        ? {
            matchExpressions: matchExpressions.map(({ key, operator, values }) => ({
              key,
              operator,
              ...(values ? { values: [...values] } : {}),
            })),
          }
        : {}),
    },
  };
}
