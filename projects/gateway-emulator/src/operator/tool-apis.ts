import type { ServiceTool } from './service-tools';

/** Navigation category of a ContentConfiguration node (docs/platform.md §6.2: `category` object). */
export interface NavigationCategory {
  id: string;
  label: string;
  order: number;
}

/**
 * One API a tool brings into the account workspace, with the navigation the real operator writes for it
 * (docs/platform.md §1.3): ContentConfiguration name, node label/icon/order/pathSegment and category, and the kind
 * (`plural` capitalised as the operator writes it into `context.resourceDefinition`).
 */
export interface ToolApi {
  tool: ServiceTool['id'];
  /** Crossplane only: the provider in `spec.providers` whose APIs these are (`provider-kubernetes` → prefix `k8s`). */
  provider?: string;
  contentConfiguration: string;
  label: string;
  icon: string;
  order: number;
  pathSegment: string;
  category: NavigationCategory;
  group: string;
  version: string;
  kind: string;
  /** `ResourceGraphDefinitions` (the CRD plural is its lower case). */
  plural: string;
  scope: 'Cluster' | 'Namespaced';
}

const KRO_RESOURCES = { id: 'kro-resources', label: 'KRO Resources', order: 830 };
const FLUX_SOURCES = { id: 'flux-sources', label: 'Flux Sources', order: 810 };
const FLUX_DELIVERY = { id: 'flux-delivery', label: 'Flux Delivery', order: 820 };
const OCM_DELIVERY = { id: 'ocm-delivery', label: 'OCM Delivery', order: 840 };
const K8S_PROVIDER = { id: 'k8s-provider', label: 'Kubernetes Provider', order: 800 };

type Row = [ToolApi['tool'], string, string, string, number, string, NavigationCategory, string, string, string, string, ToolApi['scope']];
const api = ([
  tool,
  contentConfiguration,
  label,
  icon,
  order,
  pathSegment,
  category,
  group,
  version,
  kind,
  plural,
  scope,
]: Row): ToolApi => ({
  tool,
  ...(tool === 'crossplane' ? { provider: 'provider-kubernetes' } : {}),
  contentConfiguration,
  label,
  icon,
  order,
  pathSegment,
  category,
  group,
  version,
  kind,
  plural,
  scope,
});

/** The tools' APIs and navigation, as the real operator writes them (one ContentConfiguration each). */
// prettier-ignore
export const TOOL_APIS: readonly ToolApi[] = ([
  ['kro', 'opencp-kro-resourcegraphdefinition', 'Resource Graph Definitions', 'org-chart', 100, 'resourcegraphdefinitions', KRO_RESOURCES, 'kro.run', 'v1alpha1', 'ResourceGraphDefinition', 'ResourceGraphDefinitions', 'Cluster'],
  ['flux', 'opencp-flux-gitrepository', 'Git Repositories', 'source-code', 100, 'gitrepositories', FLUX_SOURCES, 'source.toolkit.fluxcd.io', 'v1', 'GitRepository', 'GitRepositories', 'Namespaced'],
  ['flux', 'opencp-flux-helmrepository', 'Helm Repositories', 'database', 110, 'helmrepositories', FLUX_SOURCES, 'source.toolkit.fluxcd.io', 'v1', 'HelmRepository', 'HelmRepositories', 'Namespaced'],
  ['flux', 'opencp-flux-ocirepository', 'OCI Repositories', 'shipping-status', 120, 'ocirepositories', FLUX_SOURCES, 'source.toolkit.fluxcd.io', 'v1beta2', 'OCIRepository', 'OCIRepositories', 'Namespaced'],
  ['flux', 'opencp-flux-kustomization', 'Kustomizations', 'customize', 200, 'kustomizations', FLUX_DELIVERY, 'kustomize.toolkit.fluxcd.io', 'v1', 'Kustomization', 'Kustomizations', 'Namespaced'],
  ['flux', 'opencp-flux-helmrelease', 'Helm Releases', 'product', 210, 'helmreleases', FLUX_DELIVERY, 'helm.toolkit.fluxcd.io', 'v2', 'HelmRelease', 'HelmReleases', 'Namespaced'],
  ['ocm', 'opencp-ocm-component', 'Components', 'product', 100, 'components', OCM_DELIVERY, 'delivery.ocm.software', 'v1alpha1', 'Component', 'Components', 'Namespaced'],
  ['ocm', 'opencp-ocm-resource', 'Resources', 'document', 110, 'resources', OCM_DELIVERY, 'delivery.ocm.software', 'v1alpha1', 'Resource', 'Resources', 'Namespaced'],
  ['ocm', 'opencp-ocm-repository', 'Repositories', 'folder-full', 120, 'repositories', OCM_DELIVERY, 'delivery.ocm.software', 'v1alpha1', 'Repository', 'Repositories', 'Namespaced'],
  ['ocm', 'opencp-ocm-deployer', 'Deployers', 'activate', 130, 'deployers', OCM_DELIVERY, 'delivery.ocm.software', 'v1alpha1', 'Deployer', 'Deployers', 'Cluster'],
  ['crossplane', 'opencp-crossplane-k8s-providerconfig', 'ProviderConfigs', 'settings', 100, 'providerconfigs', K8S_PROVIDER, 'kubernetes.crossplane.io', 'v1alpha1', 'ProviderConfig', 'ProviderConfigs', 'Cluster'],
  ['crossplane', 'opencp-crossplane-k8s-object', 'Objects', 'document', 110, 'objects', K8S_PROVIDER, 'kubernetes.crossplane.io', 'v1alpha2', 'Object', 'Objects', 'Cluster'],
  ['crossplane', 'opencp-crossplane-k8s-observedobjectcollection', 'ObservedObjectCollections', 'list', 120, 'observedobjectcollections', K8S_PROVIDER, 'kubernetes.crossplane.io', 'v1alpha1', 'ObservedObjectCollection', 'ObservedObjectCollections', 'Cluster'],
] as Row[]).map(api);

/** The APIs of one tool. */
export const toolApis = (tool: ServiceTool['id']): ToolApi[] => TOOL_APIS.filter((a) => a.tool === tool);

/** URL of the portal's generic resource view that every tool node opens (served by the local portal). */
export const GENERIC_RESOURCE_VIEW_URL = '/generic-resource-view/index.html';

/** Entity the tool nodes attach to: the control plane below the account (docs/platform.md §6.2). */
export const CONTROL_PLANE_ENTITY = 'main.core_platform-mesh_io_account.core_opencp_cloud_managedcontrolplane';

/** The content document of one API's ContentConfiguration: one node (docs/platform.md §1.3, §6.2). */
export function toolContentDocument(a: ToolApi): Record<string, unknown> {
  return {
    name: a.contentConfiguration,
    luigiConfigFragment: {
      data: {
        nodes: [
          {
            pathSegment: a.pathSegment,
            navigationContext: a.pathSegment,
            label: a.label,
            icon: a.icon,
            order: a.order,
            hideSideNav: false,
            keepSelectedForChildren: true,
            virtualTree: true,
            entityType: CONTROL_PLANE_ENTITY,
            loadingIndicator: { enabled: false },
            category: { id: a.category.id, isGroup: true, label: a.category.label, order: a.category.order },
            url: GENERIC_RESOURCE_VIEW_URL,
            context: {
              resourceDefinition: {
                group: a.group,
                version: a.version,
                kind: a.kind,
                plural: a.plural,
                singular: a.kind.toLowerCase(),
                scope: a.scope,
              },
            },
          },
        ],
      },
    },
  };
}
