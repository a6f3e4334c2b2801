import { assertGraphQLName, groupField, listSubscriptionField, typeNamePrefix } from './graphql-names';

describe('gateway naming rules (docs/platform.md §2.1, §4.2)', () => {
  it.each([
    ['kro.services.opencp.cloud', 'kro_services_opencp_cloud'],
    ['apis.kcp.io', 'apis_kcp_io'],
    ['ui.platform-mesh.io', 'ui_platform_mesh_io'],
    ['3scale.example.com', '_3scale_example_com'],
    ['k8s.example.com', 'k8s_example_com'],
  ])('group %s → field %s', (group, field) => {
    expect(groupField(group)).toBe(field);
  });

  it.each([
    ['crossplane.services.opencp.cloud', 'Crossplanes', 'crossplane_services_opencp_cloud_v1alpha1_crossplanes'],
    ['kro.services.opencp.cloud', 'KROs', 'kro_services_opencp_cloud_v1alpha1_kros'],
    ['flux.services.opencp.cloud', 'Fluxes', 'flux_services_opencp_cloud_v1alpha1_fluxes'],
    ['ocm.services.opencp.cloud', 'OCMControllers', 'ocm_services_opencp_cloud_v1alpha1_ocmcontrollers'],
  ])('list subscription of %s %s → %s', (group, listField, field) => {
    expect(listSubscriptionField({ group, version: 'v1alpha1', listField })).toBe(field);
  });

  it.each([
    ['crossplane.services.opencp.cloud', 'v1alpha1', 'CrossplaneServicesOpencpCloudV1alpha1'],
    ['apis.kcp.io', 'v1alpha2', 'ApisKcpIoV1alpha2'],
    ['ocm.services.opencp.cloud', 'v1alpha1', 'OcmServicesOpencpCloudV1alpha1'],
    ['-edge..example.com', 'v1', 'EdgeExampleComV1'],
  ])('type prefix of %s/%s → %s', (group, version, prefix) => {
    expect(typeNamePrefix({ group, version })).toBe(prefix);
  });

  it('rejects names outside /^[_A-Za-z][_0-9A-Za-z]*$/', () => {
    expect(assertGraphQLName('KROs', 'list')).toBe('KROs');
    expect(() => assertGraphQLName('KROs}', 'list field')).toThrow('"KROs}" is not a valid GraphQL name for list field');
    expect(() => assertGraphQLName('1abc', 'x')).toThrow();
  });

  it('names the group or list field a name could not be built for', () => {
    expect(() => groupField('')).toThrow('"" is not a valid GraphQL name for API group ');
    expect(() => listSubscriptionField({ group: 'kro.services.opencp.cloud', version: 'v1alpha1', listField: 'KRO-s' })).toThrow(
      'for list subscription of KRO-s',
    );
    expect(() => typeNamePrefix({ group: '', version: '' })).toThrow('"" is not a valid GraphQL name for types of ');
  });
});
