import type { ToolDefinition } from '../catalog/tool-definition';
import type { ConfigureDraft } from '../flow/onboarding-state';
import { ENABLEMENT_NAME, optionalSpecFields } from '../gateway/documents/tool-documents';
import type { EnablementResource, EnablementSpec } from '../platform/resources';
import { enablementSpec, upgradePatch, type SpecPatch, type UpgradePatch } from './enablement-spec';

/**
 * Annotation of the enablement resource holding the spec before the last change of version made here, as JSON
 * (`{"version":"v1.20.0","providers":[…]}`). Written in the same merge patch as the change, so it exists exactly when
 * that change was made through this UI; a change made elsewhere leaves it stale or absent.
 */
export const PREVIOUS_SPEC_ANNOTATION = 'onboarding.opencp.cloud/previous-spec';

/** A JSON merge patch (docs/platform.md §4.3) with optimistic locking and the previous-spec annotation. */
export interface VersionChangePatch {
  readonly metadata: { readonly resourceVersion: string; readonly annotations: { readonly [key: string]: string | null } };
  readonly spec: SpecPatch;
}

/**
 * The Change version patch: `upgradePatch` (changed spec fields, current resourceVersion) plus the annotation with
 * the spec in force before, as `enablementSpec` would have sent it. Throws like `upgradePatch` without a
 * resourceVersion, and when the resource has no `spec.version` (there is nothing to roll back to).
 */
export function versionChangePatch(tool: ToolDefinition, draft: ConfigureDraft, resource: EnablementResource): VersionChangePatch {
  const current = resource.spec;
  if (!current?.version) {
    throw new Error(
      `${tool.resource.kind} "${resource.metadata?.name ?? ''}" has no spec.version; read it again before changing the version`,
    );
  }
  const patch = upgradePatch(tool, draft, resource);
  const before = specOf(current);
  return { metadata: { ...patch.metadata, annotations: { [PREVIOUS_SPEC_ANNOTATION]: JSON.stringify(before) } }, spec: patch.spec };
}

/**
 * The patch Change version sends (and dry-runs): `versionChangePatch` when the resource has a version to roll back
 * to, else the plain `upgradePatch`. Throws like `upgradePatch` without a resourceVersion.
 */
export function changeVersionPatch(
  tool: ToolDefinition,
  draft: ConfigureDraft,
  resource: EnablementResource,
): UpgradePatch | VersionChangePatch {
  return resource.spec?.version ? versionChangePatch(tool, draft, resource) : upgradePatch(tool, draft, resource);
}

/** The variables of `Update<Kind>` for a patch: `{ name: "default", resourceVersion, annotations?, ...spec }`. */
export function updateVariables(patch: UpgradePatch | VersionChangePatch): Record<string, unknown> {
  const annotations = 'annotations' in patch.metadata ? { annotations: patch.metadata.annotations } : {};
  return { name: ENABLEMENT_NAME, resourceVersion: patch.metadata.resourceVersion, ...annotations, ...patch.spec };
}

/**
 * The spec kept in the annotation, or null when there is none or it is not a spec (not JSON, no string `version`,
 * malformed providers/components): then no roll back is offered.
 */
export function previousSpec(resource: EnablementResource | null | undefined): EnablementSpec | null {
  const text = resource?.metadata?.annotations?.[PREVIOUS_SPEC_ANNOTATION];
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null; // not JSON: written by someone else; the caller offers no roll back, which is the documented answer
  }
  return isSpec(value) ? specOf(value) : null;
}

/**
 * Roll back: a merge patch that restores the annotated spec (fields it lacks are removed with `null`), with the
 * resource's current resourceVersion, and removes the annotation (a roll back is offered once). Null when the
 * resource has no usable annotation or no resourceVersion.
 */
export function rollbackPatch(tool: ToolDefinition, resource: EnablementResource): VersionChangePatch | null {
  const previous = previousSpec(resource);
  const resourceVersion = resource.metadata?.resourceVersion;
  if (!previous || !resourceVersion) return null;
  const target = enablementSpec(tool, previous);
  const spec: SpecPatch = {
    version: target.version,
    ...(optionalSpecFields(tool).has('chartVersion') ? { chartVersion: previous.chartVersion ?? null } : {}),
    ...(target.providers ? { providers: target.providers } : {}),
    ...(target.components ? { components: target.components } : {}),
  };
  return { metadata: { resourceVersion, annotations: { [PREVIOUS_SPEC_ANNOTATION]: null } }, spec };
}

function specOf(spec: Partial<EnablementSpec>): EnablementSpec {
  return {
    version: spec.version ?? '',
    ...(spec.chartVersion ? { chartVersion: spec.chartVersion } : {}),
    ...(spec.providers ? { providers: spec.providers.map(({ name, version }) => ({ name, version })) } : {}),
    ...(spec.components ? { components: [...spec.components] } : {}),
  };
}

function isSpec(value: unknown): value is EnablementSpec {
  if (!value || typeof value !== 'object') return false;
  const spec = value as Record<string, unknown>;
  const providersOk =
    spec['providers'] === undefined ||
    (Array.isArray(spec['providers']) &&
      spec['providers'].every((entry: unknown) => {
        const provider = entry as Record<string, unknown> | null;
        return typeof provider?.['name'] === 'string' && typeof provider['version'] === 'string';
      }));
  const componentsOk =
    spec['components'] === undefined || (Array.isArray(spec['components']) && spec['components'].every((c) => typeof c === 'string'));
  return (
    typeof spec['version'] === 'string' &&
    spec['version'] !== '' &&
    (spec['chartVersion'] === undefined || typeof spec['chartVersion'] === 'string') &&
    providersOk &&
    componentsOk
  );
}
