import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { cachedFile, cacheKey } from './derived-cache';

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
  /** One served version; a CRD serving several versions gives one definition per version (the gateway generates each). */
  version: string;
  /** Whether this is the CRD's storage version: objects are stored (and operator-written) in it. */
  storage: boolean;
  kind: string;
  /** CRD plural, used in API-server messages (`kros.kro.services.opencp.cloud "default" not found`). */
  plural: string;
  scope: 'Cluster' | 'Namespaced';
  hasStatusSubresource: boolean;
  schema: OpenApiSchema;
  /** `spec.names.categories` (answered by the root `typeByCategory` query). */
  categories: readonly string[];
}

/** `kros.kro.services.opencp.cloud`: the resource name the API server puts in messages. */
export const qualifiedResource = (def: ResourceDefinition): string => (def.group ? `${def.plural}.${def.group}` : def.plural);
/** `apis.kcp.io/v1alpha2` (or `v1` for the core group). */
export const apiVersionOf = (def: ResourceDefinition): string => (def.group ? `${def.group}/${def.version}` : def.version);
/** Whether two definitions are versions of the same resource (one object bucket, one watch history). */
export const sameResource = (a: ResourceDefinition, b: ResourceDefinition): boolean => a.group === b.group && a.plural === b.plural;

/** Which CRDs the emulator serves (docs/local-platform.md §1): opencp.cloud kinds, kcp APIBinding/APIExport, ContentConfiguration. */
export function isServedGroup(group: string): boolean {
  return group.endsWith('opencp.cloud') || group === 'apis.kcp.io' || group === 'ui.platform-mesh.io';
}

interface CrdDocument {
  kind?: string;
  spec?: {
    group: string;
    names: { kind: string; plural: string; categories?: string[] };
    scope: 'Cluster' | 'Namespaced';
    versions: Array<{
      name: string;
      served?: boolean;
      storage?: boolean;
      schema?: { openAPIV3Schema: OpenApiSchema };
      subresources?: { status?: object };
    }>;
  };
}

/** Default folder of the bundled CRDs (Apache-2.0, see `crds/NOTICE.md`). */
export const BUNDLED_CRD_DIR = join(__dirname, '..', 'crds');

/**
 * Reads every `*.yaml` CustomResourceDefinition in `dir` and returns one definition per served version, sorted by
 * group, kind and version (as the gateway generates every served version: kcp's APIBinding is served as `v1alpha1`
 * and `v1alpha2`, docs/platform.md §4.2). Non-CRD documents (e.g. the `opencp.cloud` APIExport) are skipped.
 * Throws when a YAML file does not parse. The parsed list is kept in memory per folder and on disk by content
 * (`derived-cache.ts`), so only the first process after a CRD change parses YAML.
 */
export function loadResourceDefinitions(dir: string = BUNDLED_CRD_DIR): ResourceDefinition[] {
  const cached = loaded.get(dir);
  if (cached) return cached;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
  // Keyed by the files' names and contents: an edited CRD is parsed again.
  const key = cacheKey('crd-definitions-v1', ...files.flatMap((f) => [f.name, f.text]));
  const { text } = cachedFile(key, '.json', () => JSON.stringify(parseDefinitions(files)));
  const definitions = JSON.parse(text) as ResourceDefinition[];
  loaded.set(dir, definitions);
  return definitions;
}

function parseDefinitions(files: ReadonlyArray<{ name: string; text: string }>): ResourceDefinition[] {
  const definitions: ResourceDefinition[] = [];
  for (const file of files) {
    for (const doc of parseAllDocuments(file.text)) {
      if (doc.errors.length > 0) throw new Error(`CRD file ${file.name} does not parse: ${doc.errors[0].message}`);
      const crd = doc.toJS() as CrdDocument | null;
      if (crd?.kind !== 'CustomResourceDefinition' || !crd.spec || !isServedGroup(crd.spec.group)) continue;
      const served = crd.spec.versions.filter((v) => v.served !== false && v.schema);
      for (const version of served) {
        definitions.push({
          group: crd.spec.group,
          version: version.name,
          storage: served.length === 1 || version.storage === true,
          kind: crd.spec.names.kind,
          plural: crd.spec.names.plural,
          scope: crd.spec.scope,
          hasStatusSubresource: version.subresources?.status !== undefined,
          schema: version.schema!.openAPIV3Schema,
          categories: crd.spec.names.categories ?? [],
        });
      }
    }
  }
  definitions.sort((a, b) => a.group.localeCompare(b.group) || a.kind.localeCompare(b.kind) || a.version.localeCompare(b.version));
  return definitions;
}

/** Parsed once per folder: definitions are read-only and shared (validators are cached per definition). */
const loaded = new Map<string, ResourceDefinition[]>();

/** Reads the `opencp.cloud` APIExport document bundled beside the CRDs (its resources and permission claims). */
export function loadOpencpApiExport(dir: string = BUNDLED_CRD_DIR): Record<string, unknown> {
  const doc = parseAllDocuments(readFileSync(join(dir, 'apiexport-opencp.cloud.yaml'), 'utf8'))[0];
  return doc.toJS() as Record<string, unknown>;
}
