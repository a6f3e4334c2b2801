import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getNamedType, graphql, GraphQLField, GraphQLObjectType, GraphQLSchema, isNonNullType, printSchema } from 'graphql';
import { loadResourceDefinitions } from '../crd/resource-definition';
import { ALL_TOOL_DEFINITIONS } from '../crd/tool-crds';
import { gatewayNames } from '../naming/gateway-names';
import { buildGatewaySchema } from './gateway-schema';

const definitions = loadResourceDefinitions();
const schema: GraphQLSchema = buildGatewaySchema(definitions);

function field(type: GraphQLObjectType | null | undefined, name: string): GraphQLField<unknown, unknown> {
  const found = type?.getFields()[name];
  if (!found) throw new Error(`field ${name} missing on ${type?.name}`);
  return found;
}

/** Expected names per CRD in the folder (docs/platform.md §2.1, §3, §6.1). */
const TABLE = [
  [
    'apis.kcp.io',
    'v1alpha1',
    'APIBinding',
    'apis_kcp_io',
    'ApisKcpIoV1alpha1APIBinding',
    'APIBindings',
    'apis_kcp_io_v1alpha1_apibinding',
    'apis_kcp_io_v1alpha1_apibindings',
  ],
  [
    'apis.kcp.io',
    'v1alpha1',
    'APIExport',
    'apis_kcp_io',
    'ApisKcpIoV1alpha1APIExport',
    'APIExports',
    'apis_kcp_io_v1alpha1_apiexport',
    'apis_kcp_io_v1alpha1_apiexports',
  ],
  [
    'apis.kcp.io',
    'v1alpha2',
    'APIBinding',
    'apis_kcp_io',
    'ApisKcpIoV1alpha2APIBinding',
    'APIBindings',
    'apis_kcp_io_v1alpha2_apibinding',
    'apis_kcp_io_v1alpha2_apibindings',
  ],
  [
    'apis.kcp.io',
    'v1alpha2',
    'APIExport',
    'apis_kcp_io',
    'ApisKcpIoV1alpha2APIExport',
    'APIExports',
    'apis_kcp_io_v1alpha2_apiexport',
    'apis_kcp_io_v1alpha2_apiexports',
  ],
  [
    'core.opencp.cloud',
    'v1alpha1',
    'ManagedControlPlane',
    'core_opencp_cloud',
    'CoreOpencpCloudV1alpha1ManagedControlPlane',
    'ManagedControlPlanes',
    'core_opencp_cloud_v1alpha1_managedcontrolplane',
    'core_opencp_cloud_v1alpha1_managedcontrolplanes',
  ],
  [
    'crossplane.services.opencp.cloud',
    'v1alpha1',
    'Crossplane',
    'crossplane_services_opencp_cloud',
    'CrossplaneServicesOpencpCloudV1alpha1Crossplane',
    'Crossplanes',
    'crossplane_services_opencp_cloud_v1alpha1_crossplane',
    'crossplane_services_opencp_cloud_v1alpha1_crossplanes',
  ],
  [
    'kro.services.opencp.cloud',
    'v1alpha1',
    'KRO',
    'kro_services_opencp_cloud',
    'KroServicesOpencpCloudV1alpha1KRO',
    'KROs',
    'kro_services_opencp_cloud_v1alpha1_kro',
    'kro_services_opencp_cloud_v1alpha1_kros',
  ],
  [
    'flux.services.opencp.cloud',
    'v1alpha1',
    'Flux',
    'flux_services_opencp_cloud',
    'FluxServicesOpencpCloudV1alpha1Flux',
    'Fluxes',
    'flux_services_opencp_cloud_v1alpha1_flux',
    'flux_services_opencp_cloud_v1alpha1_fluxes',
  ],
  [
    'ocm.services.opencp.cloud',
    'v1alpha1',
    'OCMController',
    'ocm_services_opencp_cloud',
    'OcmServicesOpencpCloudV1alpha1OCMController',
    'OCMControllers',
    'ocm_services_opencp_cloud_v1alpha1_ocmcontroller',
    'ocm_services_opencp_cloud_v1alpha1_ocmcontrollers',
  ],
  [
    'ui.platform-mesh.io',
    'v1alpha1',
    'ContentConfiguration',
    'ui_platform_mesh_io',
    'UiPlatformMeshIoV1alpha1ContentConfiguration',
    'ContentConfigurations',
    'ui_platform_mesh_io_v1alpha1_contentconfiguration',
    'ui_platform_mesh_io_v1alpha1_contentconfigurations',
  ],
] as const;

describe('generated schema names (gateway v1.12+)', () => {
  it('serves every served version of every CRD of the folder (kcp APIBinding/APIExport in v1alpha1 and v1alpha2)', () => {
    expect(definitions.map((d) => `${d.group}/${d.version}/${d.kind}`).sort()).toEqual(TABLE.map(([g, v, k]) => `${g}/${v}/${k}`).sort());
    expect(field(schema.getQueryType(), 'apis_kcp_io').type.toString()).toBe('ApisKcpIoQuery');
    expect(Object.keys((getNamedType(field(schema.getQueryType(), 'apis_kcp_io').type) as GraphQLObjectType).getFields())).toEqual([
      'v1alpha1',
      'v1alpha2',
    ]);
    expect(definitions.filter((d) => d.kind === 'APIBinding').map((d) => `${d.version}:${d.storage}`)).toEqual([
      'v1alpha1:false',
      'v1alpha2:true',
    ]);
  });

  it('answers typeByCategory with every served version of the kinds whose CRD lists the category', async () => {
    expect(field(schema.getQueryType(), 'typeByCategory').type.toString()).toBe('[typeByCategoryObject!]!');
    expect(field(schema.getQueryType(), 'typeByCategory').args.map((a) => `${a.name}:${a.type}`)).toEqual(['name:String!']);
    const result = await graphql({
      schema,
      contextValue: {},
      source: '{ kcp: typeByCategory(name: "kcp") { kind group version scope } none: typeByCategory(name: "nope") { kind } }',
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.none).toEqual([]);
    expect(result.data?.kcp).toEqual([
      { kind: 'APIBinding', group: 'apis.kcp.io', version: 'v1alpha1', scope: 'Cluster' },
      { kind: 'APIBinding', group: 'apis.kcp.io', version: 'v1alpha2', scope: 'Cluster' },
      { kind: 'APIExport', group: 'apis.kcp.io', version: 'v1alpha1', scope: 'Cluster' },
      { kind: 'APIExport', group: 'apis.kcp.io', version: 'v1alpha2', scope: 'Cluster' },
    ]);
  });

  it('names ObjectMeta and its nested types by the shared $ref key plus the referencing field, with _Input twins', () => {
    const meta = 'io_k8s_apimachinery_pkg_apis_meta_v1_ObjectMetaMetadata';
    expect(field(schema.getType(meta) as GraphQLObjectType, 'managedFields').type.toString()).toBe(
      '[io_k8s_apimachinery_pkg_apis_meta_v1_ManagedFieldsEntryManagedFields]',
    );
    expect(field(schema.getType(meta) as GraphQLObjectType, 'ownerReferences').type.toString()).toBe(
      '[io_k8s_apimachinery_pkg_apis_meta_v1_OwnerReferenceOwnerReferences]',
    );
    for (const name of [
      meta,
      'io_k8s_apimachinery_pkg_apis_meta_v1_ManagedFieldsEntryManagedFields',
      'io_k8s_apimachinery_pkg_apis_meta_v1_OwnerReferenceOwnerReferences',
    ]) {
      expect(schema.getType(`${name}_Input`)).toBeDefined();
    }
    expect(schema.getType('io_k8s_apimachinery_pkg_apis_meta_v1_ObjectMeta')).toBeUndefined();
  });

  it('prints exactly the committed golden SDL (regenerate with npm run gateway -- --print-schema after checking the diff)', () => {
    expect(printSchema(schema)).toBe(readFileSync(join(__dirname, 'golden', 'workspace.graphql'), 'utf8').trimEnd());
  });

  it('prints exactly the golden SDL of a workspace with every tool bound (npm run gateway -- --print-schema --all-tools-bound)', () => {
    const all = buildGatewaySchema([...definitions, ...ALL_TOOL_DEFINITIONS]);
    expect(printSchema(all)).toBe(readFileSync(join(__dirname, 'golden', 'workspace-all-tools-bound.graphql'), 'utf8').trimEnd());
    const flux = getNamedType(
      field(getNamedType(field(all.getQueryType(), 'source_toolkit_fluxcd_io').type) as GraphQLObjectType, 'v1').type,
    ) as GraphQLObjectType;
    expect(field(flux, 'GitRepository').args.map((a) => `${a.name}:${a.type}`)).toEqual(['name:String!', 'namespace:String']);
    expect(field(flux, 'GitRepositories').args.map((a) => a.name)).toContain('namespace');
    const kro = getNamedType(
      field(getNamedType(field(all.getQueryType(), 'kro_run').type) as GraphQLObjectType, 'v1alpha1').type,
    ) as GraphQLObjectType;
    expect(field(kro, 'ResourceGraphDefinition').args.map((a) => a.name)).toEqual(['name']);
    expect(field(all.getSubscriptionType(), 'kubernetes_crossplane_io_v1alpha2_objects').type.toString()).toBe(
      'KubernetesCrossplaneIoV1alpha2ObjectEvent',
    );
  });

  describe.each(TABLE)('%s %s %s', (group, version, kind, groupField, typeName, plural, single, list) => {
    const versionQuery = getNamedType(
      field(getNamedType(field(schema.getQueryType(), groupField).type) as GraphQLObjectType, version).type,
    ) as GraphQLObjectType;
    const versionMutation = getNamedType(
      field(getNamedType(field(schema.getMutationType(), groupField).type) as GraphQLObjectType, version).type,
    ) as GraphQLObjectType;

    it('derives the names from flect rules', () => {
      const names = gatewayNames(group, version, kind);
      expect([names.groupField, names.typeName, names.plural, names.singleSubscription, names.listSubscription]).toEqual([
        groupField,
        typeName,
        plural,
        single,
        list,
      ]);
    });

    it('has nullable group/version blocks and non-null get/list/yaml fields without a namespace argument', () => {
      expect(isNonNullType(field(schema.getQueryType(), groupField).type)).toBe(false);
      expect(versionQuery.name).toBe(`${typeName.slice(0, -kind.length)}Query`);
      expect(field(versionQuery, kind).type.toString()).toBe(`${typeName}!`);
      expect(field(versionQuery, plural).type.toString()).toBe(`${typeName}List!`);
      expect(field(versionQuery, `${kind}Yaml`).type.toString()).toBe('String!');
      expect(field(versionQuery, kind).args.map((a) => `${a.name}:${a.type}`)).toEqual(['name:String!']);
      expect(
        field(versionQuery, plural)
          .args.map((a) => `${a.name}:${a.type}`)
          .sort(),
      ).toEqual(['continue:String', 'labelselector:String', 'limit:Int', 'sortBy:String'].sort());
      const listType = schema.getType(`${typeName}List`) as GraphQLObjectType;
      expect(Object.values(listType.getFields()).map((f) => `${f.name}:${f.type}`)).toEqual([
        'resourceVersion:String',
        `items:[${typeName}!]!`,
        'continue:String',
        'remainingItemCount:Int',
      ]);
    });

    it('has nullable create/update/delete mutations with dryRun', () => {
      expect(field(versionMutation, `create${kind}`).type.toString()).toBe(typeName);
      expect(field(versionMutation, `create${kind}`).args.map((a) => `${a.name}:${a.type}`)).toEqual([
        `object:${typeName}_Input!`,
        'dryRun:Boolean',
      ]);
      expect(
        field(versionMutation, `update${kind}`)
          .args.map((a) => `${a.name}:${a.type}`)
          .sort(),
      ).toEqual([`object:${typeName}_Input!`, 'dryRun:Boolean', 'name:String!'].sort());
      expect(field(versionMutation, `delete${kind}`).type.toString()).toBe('Boolean');
    });

    it('has flat lower-case subscriptions returning {type, object} events', () => {
      const subscription = schema.getSubscriptionType();
      expect(field(subscription, single).type.toString()).toBe(`${typeName}Event`);
      expect(field(subscription, list).type.toString()).toBe(`${typeName}Event`);
      expect(
        field(subscription, single)
          .args.map((a) => a.name)
          .sort(),
      ).toEqual(['name', 'resourceVersion', 'subscribeToAll']);
      expect(
        field(subscription, list)
          .args.map((a) => a.name)
          .sort(),
      ).toEqual(['continue', 'labelselector', 'limit', 'resourceVersion', 'sortBy', 'subscribeToAll']);
      const event = schema.getType(`${typeName}Event`) as GraphQLObjectType;
      expect(field(event, 'type').type.toString()).toBe('WatchEventType!');
      expect(field(event, 'object').type.toString()).toBe(typeName);
    });

    it('makes every resource field nullable', () => {
      const resource = schema.getType(typeName) as GraphQLObjectType;
      expect(Object.values(resource.getFields()).filter((f) => isNonNullType(f.type))).toEqual([]);
      expect(field(resource, 'metadata').type.toString()).toBe('io_k8s_apimachinery_pkg_apis_meta_v1_ObjectMetaMetadata');
      expect(schema.getType(`${typeName}_Input`)).toBeDefined();
    });
  });

  it('names nested types parent + capitalised field, with _Input inputs and the k8s scalars', () => {
    expect(schema.getType('ApisKcpIoV1alpha2APIBindingSpecPermissionClaims_Input')).toBeDefined();
    expect(schema.getType('CrossplaneServicesOpencpCloudV1alpha1CrossplaneSpecProviders_Input')).toBeDefined();
    const selector = schema.getType('ApisKcpIoV1alpha2APIBindingSpecPermissionClaimsSelector') as GraphQLObjectType;
    expect(field(selector, 'matchLabels').type.toString()).toBe('StringMap_Input');
    const exportSpec = schema.getType('ApisKcpIoV1alpha2APIExportSpecMaximalPermissionPolicy') as GraphQLObjectType;
    expect(field(exportSpec, 'local').type.toString()).toBe('JSONString');
    expect(field(schema.getMutationType(), 'applyYaml').args.map((a) => `${a.name}:${a.type}`)).toEqual(['yaml:String!']);
    expect(schema.getType('WatchEventType')?.toString()).toBe('WatchEventType');
  });
});
