import { pascalize, pluralize, toParts } from './flect-inflection';

describe('flect pluralize (list field names, docs/platform.md §4.2/§4.8)', () => {
  it.each([
    ['APIBinding', 'APIBindings'],
    ['APIExport', 'APIExports'],
    ['KRO', 'KROs'],
    ['Flux', 'Fluxes'],
    ['OCMController', 'OCMControllers'],
    ['ManagedControlPlane', 'ManagedControlPlanes'],
    ['Crossplane', 'Crossplanes'],
    ['ContentConfiguration', 'ContentConfigurations'],
    ['AccountInfo', 'AccountInfoes'],
    ['ConfigMap', 'ConfigMaps'],
    ['Policy', 'Policies'],
    ['Gateway', 'Gateways'],
    ['Ingress', 'Ingresses'],
    ['Endpoints', 'Endpoints'],
    ['Index', 'Indices'],
    ['Person', 'People'],
    ['Status', 'Statuses'],
  ])('%s → %s', (kind, plural) => expect(pluralize(kind)).toBe(plural));
});

describe('flect pascalize (type name prefixes)', () => {
  it.each([
    ['apis_kcp_io_v1alpha2', 'ApisKcpIoV1alpha2'],
    ['core_opencp_cloud_v1alpha1', 'CoreOpencpCloudV1alpha1'],
    ['kro_services_opencp_cloud_v1alpha1', 'KroServicesOpencpCloudV1alpha1'],
    ['ui_platform_mesh_io_v1alpha1', 'UiPlatformMeshIoV1alpha1'],
    ['_v1', 'V1'],
    ['widget_id', 'WidgetID'],
  ])('%s → %s', (input, expected) => expect(pascalize(input)).toBe(expected));
});

describe('flect word splitting', () => {
  it('ends an upper-case run after a known acronym only', () => {
    expect(toParts('APIBinding')).toEqual(['API', 'Binding']);
    expect(toParts('OCMController')).toEqual(['OCMController']);
  });
});
