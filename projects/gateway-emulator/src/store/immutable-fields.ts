import { ResourceDefinition } from '../crd/resource-definition';
import { FieldCause } from './api-errors';
import { KubeObject } from './kube-object';

/** A permission claim's identity: claims are keyed by group, resource and identityHash (docs/platform.md §3.1). */
export const claimKey = (c: { group?: unknown; resource?: unknown; identityHash?: unknown }): string =>
  `${String(c.group ?? '')}/${String(c.resource)}/${String(c.identityHash ?? '')}`;

/**
 * The CEL rules (`x-kubernetes-validations`) of the kcp APIBinding CRD that the UI can hit
 * (docs/platform.md §3.1): the export reference and each claim's selector are immutable. ajv cannot evaluate
 * CEL, so these two transitions are checked here, with the API server's wording.
 */
export function immutableFieldCauses(def: ResourceDefinition, before: KubeObject, after: KubeObject): FieldCause[] {
  if (def.group !== 'apis.kcp.io' || def.kind !== 'APIBinding') return [];
  const causes: FieldCause[] = [];
  if (JSON.stringify(before.spec?.reference) !== JSON.stringify(after.spec?.reference)) {
    causes.push({ field: 'spec.reference', detail: 'Invalid value: "object": APIExport reference must not be changed' });
  }
  const previous = new Map(((before.spec?.permissionClaims as Record<string, unknown>[]) ?? []).map((c) => [claimKey(c), c]));
  ((after.spec?.permissionClaims as Record<string, unknown>[]) ?? []).forEach((claim, index) => {
    const old = previous.get(claimKey(claim));
    if (old && JSON.stringify(old.selector) !== JSON.stringify(claim.selector)) {
      causes.push({
        field: `spec.permissionClaims[${index}].selector`,
        detail: 'Invalid value: "object": Permission claim selector is immutable',
      });
    }
  });
  return causes;
}
