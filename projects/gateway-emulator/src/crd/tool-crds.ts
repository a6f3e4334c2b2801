/*
 * The emulator's own CustomResourceDefinitions of the APIs the tools bring into a workspace (KRO, Flux, OCM
 * controller, Crossplane's provider-kubernetes). NOT copies of the upstream CRDs: written for the emulator from the
 * group, version, kind, plural and scope the operator's navigation names (`operator/tool-apis.ts`), each with a small,
 * realistic spec and a status with conditions, so the gateway schema, lists and watches of these kinds can be
 * exercised locally. Upstream CRDs are larger; fields here are a subset with the upstream names.
 */
import { TOOL_APIS, ToolApi } from '../operator/tool-apis';
import { OpenApiSchema, ResourceDefinition } from './resource-definition';

const str: OpenApiSchema = { type: 'string' };
const int: OpenApiSchema = { type: 'integer' };
const bool: OpenApiSchema = { type: 'boolean' };
const free: OpenApiSchema = { type: 'object', 'x-kubernetes-preserve-unknown-fields': true };
const stringMap: OpenApiSchema = { type: 'object', additionalProperties: { type: 'string' } };
const obj = (properties: Record<string, OpenApiSchema>, required?: string[]): OpenApiSchema => ({
  type: 'object',
  properties,
  ...(required ? { required } : {}),
});
const list = (items: OpenApiSchema): OpenApiSchema => ({ type: 'array', items });
const ref = obj({ name: str, namespace: str });
const sourceRef = obj(
  {
    kind: { type: 'string', enum: ['GitRepository', 'OCIRepository', 'Bucket', 'HelmRepository', 'HelmChart'] },
    name: str,
    namespace: str,
  },
  ['kind', 'name'],
);

/** metav1.Condition, as every status here carries it. */
const conditions = list(
  obj(
    {
      type: str,
      status: { type: 'string', enum: ['True', 'False', 'Unknown'] },
      reason: str,
      message: str,
      lastTransitionTime: str,
      observedGeneration: int,
    },
    ['type', 'status'],
  ),
);
const status = (extra: Record<string, OpenApiSchema> = {}): OpenApiSchema => obj({ observedGeneration: int, conditions, ...extra });
const artifact = obj({ revision: str, digest: str, path: str, url: str, lastUpdateTime: str });

/** Spec and status per kind (by `group/kind`). */
const SHAPES: Record<string, { spec: OpenApiSchema; status: OpenApiSchema; categories?: string[] }> = {
  'kro.run/ResourceGraphDefinition': {
    spec: obj(
      {
        schema: obj({ apiVersion: str, kind: str, spec: free, status: free }, ['apiVersion', 'kind']),
        resources: list(obj({ id: str, template: free, readyWhen: list(str), includeWhen: list(str) }, ['id'])),
      },
      ['schema'],
    ),
    status: status({ state: str, topologicalOrder: list(str) }),
  },
  'source.toolkit.fluxcd.io/GitRepository': {
    spec: obj(
      {
        url: str,
        interval: str,
        timeout: str,
        suspend: bool,
        ref: obj({ branch: str, tag: str, semver: str, commit: str }),
        secretRef: obj({ name: str }, ['name']),
      },
      ['url', 'interval'],
    ),
    status: status({ artifact }),
    categories: ['flux'],
  },
  'source.toolkit.fluxcd.io/HelmRepository': {
    spec: obj({ url: str, interval: str, timeout: str, suspend: bool, type: { type: 'string', enum: ['default', 'oci'] } }, ['url']),
    status: status({ artifact }),
    categories: ['flux'],
  },
  'source.toolkit.fluxcd.io/OCIRepository': {
    spec: obj(
      {
        url: str,
        interval: str,
        suspend: bool,
        provider: { type: 'string', enum: ['generic', 'aws', 'azure', 'gcp'] },
        ref: obj({ tag: str, semver: str, digest: str }),
      },
      ['url', 'interval'],
    ),
    status: status({ artifact }),
    categories: ['flux'],
  },
  'kustomize.toolkit.fluxcd.io/Kustomization': {
    spec: obj({ interval: str, path: str, prune: bool, suspend: bool, targetNamespace: str, sourceRef }, [
      'interval',
      'prune',
      'sourceRef',
    ]),
    status: status({ lastAppliedRevision: str, lastAttemptedRevision: str }),
    categories: ['flux'],
  },
  'helm.toolkit.fluxcd.io/HelmRelease': {
    spec: obj(
      {
        interval: str,
        releaseName: str,
        targetNamespace: str,
        suspend: bool,
        chart: obj({ spec: obj({ chart: str, version: str, sourceRef }, ['chart', 'sourceRef']) }),
        values: free,
      },
      ['interval'],
    ),
    status: status({ lastAttemptedRevision: str, lastAttemptedValuesChecksum: str }),
    categories: ['flux'],
  },
  'delivery.ocm.software/Component': {
    spec: obj({ component: str, semver: str, interval: str, repositoryRef: ref }, ['component', 'repositoryRef']),
    status: status({ component: obj({ component: str, version: str }) }),
  },
  'delivery.ocm.software/Resource': {
    spec: obj({ componentRef: obj({ name: str }, ['name']), resource: obj({ byReference: obj({ resource: stringMap }) }), interval: str }, [
      'componentRef',
      'resource',
    ]),
    status: status({ resource: obj({ name: str, version: str, type: str }) }),
  },
  'delivery.ocm.software/Repository': {
    spec: obj({ repositorySpec: free, interval: str }, ['repositorySpec']),
    status: status(),
  },
  'delivery.ocm.software/Deployer': {
    spec: obj({ resourceRef: ref }, ['resourceRef']),
    status: status({ deployed: list(obj({ apiVersion: str, kind: str, name: str, namespace: str })) }),
  },
  'kubernetes.crossplane.io/ProviderConfig': {
    spec: obj(
      {
        credentials: obj(
          {
            source: { type: 'string', enum: ['None', 'Secret', 'InjectedIdentity', 'Environment', 'Filesystem'] },
            secretRef: obj({ name: str, namespace: str, key: str }, ['name', 'namespace', 'key']),
          },
          ['source'],
        ),
      },
      ['credentials'],
    ),
    status: status({ users: int }),
    categories: ['crossplane', 'provider', 'kubernetes'],
  },
  'kubernetes.crossplane.io/Object': {
    spec: obj(
      {
        forProvider: obj({ manifest: free }, ['manifest']),
        managementPolicies: list(str),
        providerConfigRef: obj({ name: str }, ['name']),
        readiness: obj({ policy: str }),
      },
      ['forProvider'],
    ),
    status: status({ atProvider: obj({ manifest: free }) }),
    categories: ['crossplane', 'managed', 'kubernetes'],
  },
  'kubernetes.crossplane.io/ObservedObjectCollection': {
    spec: obj(
      {
        observeObjects: obj({ apiVersion: str, kind: str, namespace: str, selector: obj({ matchLabels: stringMap }) }, [
          'apiVersion',
          'kind',
          'selector',
        ]),
        providerConfigRef: obj({ name: str }, ['name']),
      },
      ['observeObjects'],
    ),
    status: status({ membershipLabel: stringMap }),
    categories: ['crossplane', 'managed', 'kubernetes'],
  },
};

function definitionOf(api: ToolApi): ResourceDefinition {
  const shape = SHAPES[`${api.group}/${api.kind}`];
  if (!shape) throw new Error(`no emulator CRD for ${api.group}/${api.kind}`);
  return {
    group: api.group,
    version: api.version,
    storage: true,
    kind: api.kind,
    plural: api.plural.toLowerCase(),
    scope: api.scope,
    hasStatusSubresource: true,
    schema: obj({ apiVersion: str, kind: str, metadata: { type: 'object' }, spec: shape.spec, status: shape.status }),
    categories: shape.categories ?? [],
  };
}

/** The tools' API definitions, by tool (`kro`, `flux`, `ocm`, `crossplane`). */
export const TOOL_DEFINITIONS: ReadonlyMap<ToolApi['tool'], readonly ResourceDefinition[]> = new Map(
  (['kro', 'flux', 'ocm', 'crossplane'] as const).map((tool) => [tool, TOOL_APIS.filter((a) => a.tool === tool).map(definitionOf)]),
);

/** All tool API definitions (every workspace's store keeps a bucket per kind; the schema serves the bound ones). */
export const ALL_TOOL_DEFINITIONS: readonly ResourceDefinition[] = [...TOOL_DEFINITIONS.values()].flat();
