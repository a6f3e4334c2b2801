import type { ResourceDefinition } from '../crd/resource-definition';
import { SERVICE_TOOLS, type AllowedVersions } from '../operator/service-tools';
import { invalid } from './api-errors';
import type { KubeObject } from './kube-object';

/**
 * Admission of a stricter tool CRD than the shipped one: `spec.version` limited to an `enum` per tool id (as a newer
 * operator release may install). Writes of another version answer the API server's enum text, e.g.
 * `KRO.kro.services.opencp.cloud "default" is invalid: spec.version: Unsupported value: "v9.9.9": supported values:
 * "v0.8.5", "v0.9.3"` (docs/platform.md §4.7 "Invalid"). Kinds of tools without an entry pass.
 */
export function versionEnumAdmission(enums: Partial<AllowedVersions>): (def: ResourceDefinition, object: KubeObject) => void {
  return (def, object) => {
    const tool = SERVICE_TOOLS.find((candidate) => candidate.exportName === def.group && candidate.kind === def.kind);
    const allowed = tool ? enums[tool.id] : undefined;
    const version = (object.spec as { version?: unknown } | undefined)?.version;
    if (!allowed || typeof version !== 'string' || allowed.includes(version)) return;
    const supported = allowed.map((value) => JSON.stringify(value)).join(', ');
    throw invalid(def, object.metadata.name, [
      { field: 'spec.version', detail: `Unsupported value: ${JSON.stringify(version)}: supported values: ${supported}` },
    ]);
  };
}
