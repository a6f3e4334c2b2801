/**
 * Test fixtures: the ContentConfigurations the OpenControlPlane operator writes into the account workspace once a
 * tool is Ready (docs/platform.md §1.3, §5.6), one row per configuration exactly as the operator's table gives them,
 * as the gateway lists them (validated: `Ready=True`, `status.configurationResult` = the inline content).
 */
import type { ContentDocument } from '../../content/content-document';
import type { ListedContentConfiguration } from '../content-configurations';

/** URL of the local portal's generic resource view (projects/portal/README.md, "Tool pages"). */
export const GENERIC_RESOURCE_VIEW_URL = '/generic-resource-view/index.html';

export const MCP_ENTITY = 'main.core_platform-mesh_io_account.core_opencp_cloud_managedcontrolplane';

type Category = { id: string; label: string; order: number };
const KRO_RESOURCES: Category = { id: 'kro-resources', label: 'KRO Resources', order: 830 };
const FLUX_SOURCES: Category = { id: 'flux-sources', label: 'Flux Sources', order: 810 };
const FLUX_DELIVERY: Category = { id: 'flux-delivery', label: 'Flux Delivery', order: 820 };
const OCM_DELIVERY: Category = { id: 'ocm-delivery', label: 'OCM Delivery', order: 840 };
const K8S_PROVIDER: Category = { id: 'k8s-provider', label: 'Kubernetes Provider', order: 800 };

/** One row of the operator's table. */
export interface ToolContentRow {
  tool: 'kro' | 'flux' | 'ocm' | 'crossplane';
  name: string;
  label: string;
  icon: string;
  order: number;
  pathSegment: string;
  category: Category;
  group: string;
  version: string;
  kind: string;
  plural: string;
  scope: 'Cluster' | 'Namespaced';
}

const row = (
  tool: ToolContentRow['tool'],
  name: string,
  label: string,
  icon: string,
  order: number,
  pathSegment: string,
  category: Category,
  group: string,
  version: string,
  kind: string,
  plural: string,
  scope: ToolContentRow['scope'],
): ToolContentRow => ({ tool, name, label, icon, order, pathSegment, category, group, version, kind, plural, scope });

// prettier-ignore
export const TOOL_CONTENT_ROWS: readonly ToolContentRow[] = [
  row('kro', 'opencp-kro-resourcegraphdefinition', 'Resource Graph Definitions', 'org-chart', 100, 'resourcegraphdefinitions', KRO_RESOURCES, 'kro.run', 'v1alpha1', 'ResourceGraphDefinition', 'ResourceGraphDefinitions', 'Cluster'),
  row('flux', 'opencp-flux-gitrepository', 'Git Repositories', 'source-code', 100, 'gitrepositories', FLUX_SOURCES, 'source.toolkit.fluxcd.io', 'v1', 'GitRepository', 'GitRepositories', 'Namespaced'),
  row('flux', 'opencp-flux-helmrepository', 'Helm Repositories', 'database', 110, 'helmrepositories', FLUX_SOURCES, 'source.toolkit.fluxcd.io', 'v1', 'HelmRepository', 'HelmRepositories', 'Namespaced'),
  row('flux', 'opencp-flux-ocirepository', 'OCI Repositories', 'shipping-status', 120, 'ocirepositories', FLUX_SOURCES, 'source.toolkit.fluxcd.io', 'v1beta2', 'OCIRepository', 'OCIRepositories', 'Namespaced'),
  row('flux', 'opencp-flux-kustomization', 'Kustomizations', 'customize', 200, 'kustomizations', FLUX_DELIVERY, 'kustomize.toolkit.fluxcd.io', 'v1', 'Kustomization', 'Kustomizations', 'Namespaced'),
  row('flux', 'opencp-flux-helmrelease', 'Helm Releases', 'product', 210, 'helmreleases', FLUX_DELIVERY, 'helm.toolkit.fluxcd.io', 'v2', 'HelmRelease', 'HelmReleases', 'Namespaced'),
  row('ocm', 'opencp-ocm-component', 'Components', 'product', 100, 'components', OCM_DELIVERY, 'delivery.ocm.software', 'v1alpha1', 'Component', 'Components', 'Namespaced'),
  row('ocm', 'opencp-ocm-resource', 'Resources', 'document', 110, 'resources', OCM_DELIVERY, 'delivery.ocm.software', 'v1alpha1', 'Resource', 'Resources', 'Namespaced'),
  row('ocm', 'opencp-ocm-repository', 'Repositories', 'folder-full', 120, 'repositories', OCM_DELIVERY, 'delivery.ocm.software', 'v1alpha1', 'Repository', 'Repositories', 'Namespaced'),
  row('ocm', 'opencp-ocm-deployer', 'Deployers', 'activate', 130, 'deployers', OCM_DELIVERY, 'delivery.ocm.software', 'v1alpha1', 'Deployer', 'Deployers', 'Cluster'),
  row('crossplane', 'opencp-crossplane-k8s-providerconfig', 'ProviderConfigs', 'settings', 100, 'providerconfigs', K8S_PROVIDER, 'kubernetes.crossplane.io', 'v1alpha1', 'ProviderConfig', 'ProviderConfigs', 'Cluster'),
  row('crossplane', 'opencp-crossplane-k8s-object', 'Objects', 'document', 110, 'objects', K8S_PROVIDER, 'kubernetes.crossplane.io', 'v1alpha2', 'Object', 'Objects', 'Cluster'),
  row('crossplane', 'opencp-crossplane-k8s-observedobjectcollection', 'ObservedObjectCollections', 'list', 120, 'observedobjectcollections', K8S_PROVIDER, 'kubernetes.crossplane.io', 'v1alpha1', 'ObservedObjectCollection', 'ObservedObjectCollections', 'Cluster'),
];

/** The content document of one row: one node, fields as the operator writes them. */
export function toolContentDocument(r: ToolContentRow): ContentDocument {
  return {
    name: r.name,
    luigiConfigFragment: {
      data: {
        nodes: [
          {
            pathSegment: r.pathSegment,
            navigationContext: r.pathSegment,
            label: r.label,
            icon: r.icon,
            order: r.order,
            hideSideNav: false,
            keepSelectedForChildren: true,
            virtualTree: true,
            entityType: MCP_ENTITY,
            loadingIndicator: { enabled: false },
            category: { id: r.category.id, isGroup: true, label: r.category.label, order: r.category.order },
            url: GENERIC_RESOURCE_VIEW_URL,
            context: {
              resourceDefinition: {
                group: r.group,
                version: r.version,
                kind: r.kind,
                plural: r.plural,
                singular: r.kind.toLowerCase(),
                scope: r.scope,
              },
            },
          },
        ],
      },
    },
  };
}

/** The row as the gateway lists it (`status` of a validated configuration; `ready: false` before validation). */
export function listedContentConfiguration(r: ToolContentRow, ready = true): ListedContentConfiguration {
  return {
    metadata: { name: r.name },
    status: ready
      ? {
          configurationResult: JSON.stringify(toolContentDocument(r)),
          conditions: [
            { type: 'Valid', status: 'True', reason: 'ValidationSucceeded', message: 'The configuration is valid' },
            { type: 'Ready', status: 'True', reason: 'ReconcileSucceeded', message: 'The configuration is ready' },
          ],
        }
      : null,
  };
}

/** Rows of one tool. */
export const rowsOf = (tool: ToolContentRow['tool']): ToolContentRow[] => TOOL_CONTENT_ROWS.filter((r) => r.tool === tool);
