import { Kind, print, visit, type DocumentNode } from 'graphql';
import { buildCatalog, buildComponentsTool, buildProvidersTool, buildTool } from '../../../testing/tool-builders';
import {
  APIBindingsSubscription,
  CreateAPIBindingMutation,
  DeleteAPIBindingMutation,
  UpdateAPIBindingClaimsMutation,
} from './api-binding-documents';
import { ManagedControlPlanesSubscription } from './control-plane-documents';
import { literalValues, operationName } from './instantiate-template';
import { overviewStateDocument } from './overview-state-document';
import { toolDocuments } from './tool-documents';

function fieldNames(document: DocumentNode): string[] {
  const names: string[] = [];
  visit(document, { Field: (node) => void names.push(node.name.value) });
  return names;
}

function variableNames(document: DocumentNode): string[] {
  const names: string[] = [];
  visit(document, { VariableDefinition: (node) => void names.push(node.variable.name.value) });
  return names;
}

function typeNames(document: DocumentNode): string[] {
  const names: string[] = [];
  visit(document, { NamedType: (node) => void names.push(node.name.value) });
  return names;
}

const tools = buildCatalog().tools;
const allDocuments: [string, DocumentNode][] = [
  ['CreateAPIBinding', CreateAPIBindingMutation],
  ['UpdateAPIBindingClaims', UpdateAPIBindingClaimsMutation],
  ['DeleteAPIBinding', DeleteAPIBindingMutation],
  ['WatchAPIBindings', APIBindingsSubscription],
  ['WatchManagedControlPlanes', ManagedControlPlanesSubscription],
  ['OverviewState', overviewStateDocument(tools)],
  ...tools.flatMap((tool) =>
    Object.entries(toolDocuments(tool)).map(([key, document]) => [`${tool.id}.${key}`, document] as [string, DocumentNode]),
  ),
];

describe('GraphQL documents', () => {
  it.each(allDocuments)('%s carries no literal values: every value is a variable', (_name, document) => {
    expect(literalValues(document)).toEqual([]);
    expect(print(document)).not.toContain('"');
  });

  it.each(allDocuments)('%s has exactly one named operation', (_name, document) => {
    const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    expect(operations).toHaveLength(1);
    expect(operationName(document)).toMatch(/^[A-Z][A-Za-z0-9]+$/);
  });

  it.each(allDocuments)('%s keeps no placeholder names', (_name, document) => {
    expect(print(document)).not.toMatch(/TOOL_/);
  });

  it('literalValues finds a literal when one is there (the check can fail)', () => {
    const withLiteral = visit(CreateAPIBindingMutation, {
      Variable: (node) => (node.name.value === 'name' ? { kind: Kind.STRING, value: 'default' } : undefined),
    });
    expect(literalValues(withLiteral)).toContain('StringValue:default');
  });

  it('names KRO fields by the gateway rules (docs/platform.md §2.1/§4.2)', () => {
    const documents = toolDocuments(buildTool());
    expect(operationName(documents.create)).toBe('CreateKRO');
    expect(operationName(documents.update)).toBe('UpdateKRO');
    expect(operationName(documents.delete)).toBe('DeleteKRO');
    expect(operationName(documents.listSubscription)).toBe('WatchKROs');
    expect(fieldNames(documents.toolState)).toEqual(
      expect.arrayContaining([
        'core_opencp_cloud',
        'v1alpha1',
        'ManagedControlPlanes',
        'apis_kcp_io',
        'v1alpha2',
        'APIBindings',
        'kro_services_opencp_cloud',
        'KROs',
      ]),
    );
    expect(fieldNames(documents.create)).toContain('createKRO');
    expect(fieldNames(documents.listSubscription)).toContain('kro_services_opencp_cloud_v1alpha1_kros');
    expect(typeNames(documents.create)).toContain('KroServicesOpencpCloudV1alpha1KRO');
  });

  it('drops spec fields the kind lacks: Crossplane has providers but no chartVersion', () => {
    const documents = toolDocuments(buildProvidersTool());
    expect(variableNames(documents.create)).toEqual(['name', 'version', 'providers']);
    expect(typeNames(documents.create)).toContain('CrossplaneServicesOpencpCloudV1alpha1CrossplaneSpecProviders_Input');
    expect(fieldNames(documents.toolState)).not.toContain('chartVersion');
    expect(fieldNames(documents.toolState)).not.toContain('components');
    expect(fieldNames(documents.listSubscription)).toContain('crossplane_services_opencp_cloud_v1alpha1_crossplanes');
  });

  it('Flux keeps chartVersion and components; update variables are optional except name and resourceVersion', () => {
    const documents = toolDocuments(buildComponentsTool());
    expect(variableNames(documents.update)).toEqual(['name', 'resourceVersion', 'version', 'chartVersion', 'components']);
    expect(print(documents.update)).toContain(
      'object: {metadata: {resourceVersion: $resourceVersion}, spec: {version: $version, chartVersion: $chartVersion, components: $components}}',
    );
    expect(fieldNames(documents.listSubscription)).toContain('flux_services_opencp_cloud_v1alpha1_fluxes');
  });

  it('puts each list in its own aliased block and selects resourceVersion of each', () => {
    const printed = print(toolDocuments(buildTool()).toolState);
    expect(printed).toMatch(/mcp: core_opencp_cloud \{\s+version: v1alpha1 \{\s+list: ManagedControlPlanes \{\s+resourceVersion/);
    expect(printed).toMatch(/bindings: apis_kcp_io \{\s+version: v1alpha2 \{\s+list: APIBindings \{\s+resourceVersion/);
    expect(printed).toMatch(/tool: kro_services_opencp_cloud \{\s+version: v1alpha1 \{\s+list: KROs \{\s+resourceVersion/);
  });

  it('OverviewState has one block per tool with a unique fragment each', () => {
    const document = overviewStateDocument(tools);
    const printed = print(document);
    expect(printed).toMatch(/tool_crossplane: crossplane_services_opencp_cloud/);
    expect(printed).toMatch(/tool_kro: kro_services_opencp_cloud/);
    expect(printed).toMatch(/tool_flux: flux_services_opencp_cloud/);
    const fragments = document.definitions
      .filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => (d as { name: { value: string } }).name.value);
    expect(new Set(fragments).size).toBe(fragments.length);
    expect(fragments).toEqual([
      'ControlPlaneFields',
      'BindingFields',
      'ToolFields_tool_crossplane',
      'ToolFields_tool_kro',
      'ToolFields_tool_flux',
    ]);
  });

  it('refuses a catalog name that is not a GraphQL name instead of building a broken document', () => {
    const tool = buildTool({ resource: { ...buildTool().resource, kind: 'K RO' } });
    expect(() => toolDocuments(tool)).toThrow(/"\S*K RO" is not a valid GraphQL name/);
  });
});
