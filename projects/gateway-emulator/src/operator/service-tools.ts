import { toolApis } from './tool-apis';

/**
 * The four services the OpenControlPlane operator manages (docs/platform.md §1.1-§1.3, §2.4), as the simulated
 * operator needs them: kind, finalizers, the APIs their service export serves once Ready (what the APIBinding's
 * `status.boundResources` then lists), the claims of their export, and the ReconcileError wording.
 */
export interface ServiceTool {
  id: 'crossplane' | 'kro' | 'flux' | 'ocm';
  kind: string;
  /** `kro.services.opencp.cloud`: both the group of the enablement kind and the name of the service export. */
  exportName: string;
  finalizers: string[];
  /** Permission claims of the service export (Crossplane claims core `secrets`). */
  exportClaims: Array<{ group: string; resource: string; verbs: string[] }>;
  /** APIs published into the workspace once the tool is Ready (depends on the spec for Flux components). */
  boundResources: (spec: Record<string, unknown>) => Array<{ group: string; resource: string }>;
  /** Message of the ReconcileError condition for a version the operator does not offer. */
  versionError: (requested: string, allowed: readonly string[]) => string;
}

const openMcpVersionError = (requested: string, allowed: readonly string[]): string =>
  `invalid user input: requested version is not available: "${requested}", available versions are: ${allowed.join(', ')}`;

/** The APIs of the tool (table `tool-apis.ts`) as `{group, resource}` (the CRD plural). */
const apisOf = (tool: ServiceTool['id']) => toolApis(tool).map((a) => ({ group: a.group, resource: a.plural.toLowerCase() }));

/** Flux: the APIs each controller serves. */
const FLUX_COMPONENT_GROUPS: Record<string, string> = {
  'source-controller': 'source.toolkit.fluxcd.io',
  'kustomize-controller': 'kustomize.toolkit.fluxcd.io',
  'helm-controller': 'helm.toolkit.fluxcd.io',
};

export const SERVICE_TOOLS: readonly ServiceTool[] = [
  {
    id: 'crossplane',
    kind: 'Crossplane',
    exportName: 'crossplane.services.opencp.cloud',
    finalizers: [
      'crossplane.opencp.io/managed-crossplane',
      'publishedresources.opencp.io/managed-published-resources',
      'contentconfigurations.opencp.io/managed-content-configurations',
    ],
    exportClaims: [{ group: '', resource: 'secrets', verbs: ['get', 'list', 'watch'] }],
    boundResources: (spec) => {
      const providers = new Set(((spec.providers as Array<{ name?: string }> | undefined) ?? []).map((p) => p.name));
      const published = toolApis('crossplane').filter((a) => a.provider !== undefined && providers.has(a.provider));
      return [
        { group: 'pkg.crossplane.io', resource: 'providers' },
        ...published.map((a) => ({ group: a.group, resource: a.plural.toLowerCase() })),
      ];
    },
    versionError: (requested, allowed) => `requested version "${requested}" is not available, available versions: [${allowed.join(' ')}]`,
  },
  {
    id: 'kro',
    kind: 'KRO',
    exportName: 'kro.services.opencp.cloud',
    finalizers: ['kro.opencp.io/managed-crds', 'kro.opencp.io/helm-install', 'kro.opencp.io/managed-content-configurations'],
    exportClaims: [],
    boundResources: () => apisOf('kro'),
    versionError: openMcpVersionError,
  },
  {
    id: 'flux',
    kind: 'Flux',
    exportName: 'flux.services.opencp.cloud',
    finalizers: ['flux.opencp.io/managed-crds', 'flux.opencp.io/helm-install', 'flux.opencp.io/managed-content-configurations'],
    exportClaims: [],
    boundResources: (spec) => {
      const components =
        Array.isArray(spec.components) && spec.components.length > 0 ? (spec.components as string[]) : Object.keys(FLUX_COMPONENT_GROUPS);
      const groups = new Set(components.map((c) => FLUX_COMPONENT_GROUPS[c]));
      return apisOf('flux').filter((r) => groups.has(r.group));
    },
    versionError: openMcpVersionError,
  },
  {
    id: 'ocm',
    kind: 'OCMController',
    exportName: 'ocm.services.opencp.cloud',
    finalizers: ['ocm.opencp.io/managed-crds', 'ocm.opencp.io/helm-install', 'ocm.opencp.io/managed-content-configurations'],
    exportClaims: [],
    boundResources: () => apisOf('ocm'),
    versionError: openMcpVersionError,
  },
];

/** Versions the simulated operator accepts per tool (changeable with `POST /admin/operator`). */
export type AllowedVersions = Record<ServiceTool['id'], string[]>;

export const DEFAULT_ALLOWED_VERSIONS: AllowedVersions = {
  crossplane: ['v1.20.0', 'v1.20.1'],
  kro: ['v0.8.4', 'v0.8.5'],
  flux: ['v2.3.0', 'v2.4.0'],
  ocm: ['v0.28.0', 'v0.29.0'],
};

/**
 * Replaces the accepted versions of the tools named in `allowed` in `current` (the operator settings); the caller
 * pokes the operators. Throws for an unknown tool or a value that is not an array of strings (admin API input).
 */
export function replaceAllowedVersions(current: AllowedVersions, allowed: Partial<AllowedVersions>): void {
  for (const [tool, versions] of Object.entries(allowed)) {
    if (!(tool in current)) throw new Error(`unknown tool "${tool}"; known: ${Object.keys(current).join(', ')}`);
    if (!Array.isArray(versions) || versions.some((v) => typeof v !== 'string'))
      throw new Error(`allowedVersions.${tool} must be an array of strings`);
    current[tool as keyof AllowedVersions] = [...versions];
  }
}
