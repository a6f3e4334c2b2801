import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';

/** OpenAPI v3 schema node as found in a CRD (`openAPIV3Schema`), k8s extensions included. */
export interface OpenApiSchema {
  type?: string;
  properties?: Record<string, OpenApiSchema>;
  items?: OpenApiSchema;
  additionalProperties?: boolean | OpenApiSchema;
  required?: string[];
  enum?: unknown[];
  description?: string;
  [extension: string]: unknown;
}

/** One served kind: what the schema generator, the store and the validator need from its CRD. */
export interface ResourceDefinition {
  group: string;
  /** The served version (the storage version when a CRD lists several). */
  version: string;
  kind: string;
  /** CRD plural, used in API-server messages (`kros.kro.services.opencp.cloud "default" not found`). */
  plural: string;
  scope: 'Cluster' | 'Namespaced';
  hasStatusSubresource: boolean;
  schema: OpenApiSchema;
}

/** `kros.kro.services.opencp.cloud`: the resource name the API server puts in messages. */
export const qualifiedResource = (def: ResourceDefinition): string => (def.group ? `${def.plural}.${def.group}` : def.plural);
/** `apis.kcp.io/v1alpha2` (or `v1` for the core group). */
export const apiVersionOf = (def: ResourceDefinition): string => (def.group ? `${def.group}/${def.version}` : def.version);

/** Which CRDs the emulator serves (issue 2, brief): opencp.cloud kinds, kcp APIBinding/APIExport, ContentConfiguration. */
export function isServedGroup(group: string): boolean {
  return group.endsWith('opencp.cloud') || group === 'apis.kcp.io' || group === 'ui.platform-mesh.io';
}

interface CrdDocument {
  kind?: string;
  spec?: {
    group: string;
    names: { kind: string; plural: string };
    scope: 'Cluster' | 'Namespaced';
    versions: Array<{ name: string; served?: boolean; storage?: boolean; schema?: { openAPIV3Schema: OpenApiSchema }; subresources?: { status?: object } }>;
  };
}

/** Default folder of the bundled CRDs (Apache-2.0, see `crds/NOTICE.md`). */
export const BUNDLED_CRD_DIR = join(__dirname, '..', 'crds');

/**
 * Reads every `*.yaml` CustomResourceDefinition in `dir` and returns the served kinds, sorted by group and kind.
 * Non-CRD documents (e.g. the `opencp.cloud` APIExport) are skipped. Throws when a YAML file does not parse.
 */
export function loadResourceDefinitions(dir: string = BUNDLED_CRD_DIR): ResourceDefinition[] {
  const cached = loaded.get(dir);
  if (cached) return cached;
  const definitions: ResourceDefinition[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    for (const doc of parseAllDocuments(readFileSync(join(dir, file), 'utf8'))) {
      if (doc.errors.length > 0) throw new Error(`CRD file ${file} does not parse: ${doc.errors[0].message}`);
      const crd = doc.toJS() as CrdDocument | null;
      if (crd?.kind !== 'CustomResourceDefinition' || !crd.spec || !isServedGroup(crd.spec.group)) continue;
      const served = crd.spec.versions.filter((v) => v.served !== false);
      const chosen = served.length > 1 ? served.find((v) => v.storage) ?? served[served.length - 1] : served[0];
      if (!chosen?.schema) continue;
      definitions.push({
        group: crd.spec.group,
        version: chosen.name,
        kind: crd.spec.names.kind,
        plural: crd.spec.names.plural,
        scope: crd.spec.scope,
        hasStatusSubresource: chosen.subresources?.status !== undefined,
        schema: chosen.schema.openAPIV3Schema,
      });
    }
  }
  definitions.sort((a, b) => a.group.localeCompare(b.group) || a.kind.localeCompare(b.kind));
  loaded.set(dir, definitions);
  return definitions;
}

/** Parsed once per folder: definitions are read-only and shared (validators are cached per definition). */
const loaded = new Map<string, ResourceDefinition[]>();

/** Reads the `opencp.cloud` APIExport document bundled beside the CRDs (its resources and permission claims). */
export function loadOpencpApiExport(dir: string = BUNDLED_CRD_DIR): Record<string, unknown> {
  const doc = parseAllDocuments(readFileSync(join(dir, 'apiexport-opencp.cloud.yaml'), 'utf8'))[0];
  return doc.toJS() as Record<string, unknown>;
}
