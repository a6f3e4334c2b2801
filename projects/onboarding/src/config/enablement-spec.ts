import type { ToolDefinition } from '../catalog/tool-definition';
import type { ConfigureDraft } from '../flow/onboarding-state';
import { optionalSpecFields } from '../gateway/documents/tool-documents';
import type { EnablementResource, EnablementSpec } from '../platform/resources';

/**
 * The spec to create from a draft (docs/platform.md §2.2): `version`; `chartVersion` only when the chosen catalog
 * version has one; `providers` for a providers tool and `components` for a components tool exactly as chosen
 * (an empty component list means the operator's defaults). Fields of extensions the tool lacks are dropped.
 */
export function enablementSpec(tool: ToolDefinition, draft: ConfigureDraft): EnablementSpec {
  const fields = optionalSpecFields(tool);
  const chartVersion = tool.versions.find((entry) => entry.version === draft.version)?.chartVersion;
  return {
    version: draft.version,
    ...(fields.has('chartVersion') && chartVersion !== undefined ? { chartVersion } : {}),
    ...(fields.has('providers') ? { providers: (draft.providers ?? []).map(({ name, version }) => ({ name, version })) } : {}),
    ...(fields.has('components') ? { components: [...(draft.components ?? [])] } : {}),
  };
}

/** Spec part of a JSON merge patch: changed fields, `null` removes a field (e.g. a chartVersion no longer offered). */
export type SpecPatch = { -readonly [K in keyof EnablementSpec]?: EnablementSpec[K] | null };

/** A JSON merge patch for an upgrade, with the resourceVersion for optimistic locking (docs/platform.md §4.3). */
export interface UpgradePatch {
  readonly metadata: { readonly resourceVersion: string };
  readonly spec: SpecPatch;
}

/**
 * Merge patch from the resource's current spec to the draft (docs/platform.md §4.3: send only changes, arrays are
 * replaced whole). Throws when the resource has no resourceVersion (it was never read from the gateway).
 */
export function upgradePatch(tool: ToolDefinition, draft: ConfigureDraft, resource: EnablementResource): UpgradePatch {
  const resourceVersion = resource.metadata?.resourceVersion;
  if (!resourceVersion) {
    throw new Error(`${tool.resource.kind} "${resource.metadata?.name ?? ''}" has no resourceVersion; read it again before upgrading`);
  }
  return { metadata: { resourceVersion }, spec: specChanges(tool, draft, resource.spec ?? {}) };
}

/**
 * The fields of `current` that differ from the spec the draft asks for, as a merge patch (empty when the stored
 * spec is what the user chose: an "already exists" is then adopted quietly).
 */
export function specChanges(tool: ToolDefinition, draft: ConfigureDraft, current: Partial<EnablementSpec>): SpecPatch {
  const target = enablementSpec(tool, draft);
  const spec: SpecPatch = {};
  for (const key of ['version', 'chartVersion', 'providers', 'components'] as const) {
    const next = target[key];
    const before = current[key];
    if (next === undefined) {
      if (before != null && key === 'chartVersion') {
        spec.chartVersion = null;
      }
    } else if (JSON.stringify(next) !== JSON.stringify(before ?? null)) {
      Object.assign(spec, { [key]: next });
    }
  }
  return spec;
}
