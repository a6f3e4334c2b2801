import { parse } from 'graphql';
import { TOOL_CONTENT_ROWS, toolContentDocument } from '../navigation/testdata/tool-content-configurations';
import { resourceDefinitionOf, resourceDocuments } from './resource-documents';

const contextOf = (name: string) => {
  const row = TOOL_CONTENT_ROWS.find((r) => r.name === name)!;
  return toolContentDocument(row).luigiConfigFragment.data.nodes[0].context!;
};

describe('resourceDefinitionOf', () => {
  it('reads the definition the operator writes into the node context', () => {
    expect(resourceDefinitionOf(contextOf('opencp-flux-gitrepository'))).toEqual({
      group: 'source.toolkit.fluxcd.io',
      version: 'v1',
      kind: 'GitRepository',
      plural: 'GitRepositories',
      singular: 'gitrepository',
      scope: 'Namespaced',
    });
  });

  it('names what is missing or wrong', () => {
    expect(() => resourceDefinitionOf({})).toThrow('the node context has no resourceDefinition');
    expect(() => resourceDefinitionOf({ resourceDefinition: { group: 'kro.run', kind: '', plural: 'X', scope: 'Global' } })).toThrow(
      'resourceDefinition lacks version, kind, scope (group, version, kind, plural, scope Cluster|Namespaced)',
    );
  });

  it('accepts the core group (empty string)', () => {
    const core = { group: '', version: 'v1', kind: 'ConfigMap', plural: 'ConfigMaps', scope: 'Namespaced' };
    expect(resourceDefinitionOf({ resourceDefinition: core })).toEqual(core);
  });
});

describe('resourceDocuments', () => {
  it('lists a cluster-scoped kind by the gateway names, without namespace', () => {
    const documents = resourceDocuments(resourceDefinitionOf(contextOf('opencp-kro-resourcegraphdefinition')));
    expect(documents.listPath).toEqual(['kro_run', 'v1alpha1', 'ResourceGraphDefinitions']);
    expect(documents.listQuery).toContain('kro_run { v1alpha1 { ResourceGraphDefinitions { resourceVersion items {');
    expect(documents.listQuery).not.toContain('namespace');
    expect(documents.watchField).toBe('kro_run_v1alpha1_resourcegraphdefinitions');
    expect(documents.watchSubscription).toContain('kro_run_v1alpha1_resourcegraphdefinitions(resourceVersion: $resourceVersion)');
  });

  it('selects the namespace of a namespaced kind and uses flect plurals, not the CRD plural', () => {
    const documents = resourceDocuments(resourceDefinitionOf(contextOf('opencp-flux-ocirepository')));
    expect(documents.listPath).toEqual(['source_toolkit_fluxcd_io', 'v1beta2', 'OCIRepositories']);
    expect(documents.listQuery).toContain('metadata { uid name namespace resourceVersion creationTimestamp }');
    expect(documents.watchField).toBe('source_toolkit_fluxcd_io_v1beta2_ocirepositories');
  });

  it('puts a core-group kind at the root, without a group wrapper', () => {
    const documents = resourceDocuments({ group: '', version: 'v1', kind: 'ConfigMap', plural: 'ConfigMaps', scope: 'Namespaced' });
    expect(documents.listPath).toEqual(['v1', 'ConfigMaps']);
    expect(documents.watchField).toBe('v1_configmaps');
  });

  it.each(TOOL_CONTENT_ROWS.map((r) => [r.name]))('builds documents for %s that parse as GraphQL', (name) => {
    const documents = resourceDocuments(resourceDefinitionOf(contextOf(name)));
    expect(() => parse(documents.listQuery)).not.toThrow();
    expect(() => parse(documents.watchSubscription)).not.toThrow();
  });
});
