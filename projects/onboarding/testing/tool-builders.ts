import type { ToolCatalog, ToolDefinition } from '../src/catalog/tool-definition';

/** A KRO-like tool (two versions with chart versions, no extension); override any field. */
export function buildTool(overrides: Partial<ToolDefinition> = {}): ToolDefinition {
  return {
    id: 'kro',
    label: { en: 'KRO', de: 'KRO' },
    description: { en: 'Kube Resource Orchestrator', de: 'Kube Resource Orchestrator' },
    icon: 'org-chart',
    tagName: 'openmcp-kro-onboarding',
    pathSegment: 'kro',
    exportName: 'kro.services.opencp.cloud',
    resource: { group: 'kro.services.opencp.cloud', version: 'v1alpha1', kind: 'KRO', plural: 'kros', listField: 'KROs' },
    versions: [
      { version: 'v0.8.5', chartVersion: '0.8.5' },
      { version: 'v0.9.3', chartVersion: '0.9.3' },
    ],
    ...overrides,
  };
}

/** A Crossplane-like tool with the providers extension (no chart versions). */
export function buildProvidersTool(overrides: Partial<ToolDefinition> = {}): ToolDefinition {
  return buildTool({
    id: 'crossplane',
    label: { en: 'Crossplane' },
    description: { en: 'Crossplane' },
    tagName: 'openmcp-crossplane-onboarding',
    pathSegment: 'crossplane',
    exportName: 'crossplane.services.opencp.cloud',
    resource: {
      group: 'crossplane.services.opencp.cloud',
      version: 'v1alpha1',
      kind: 'Crossplane',
      plural: 'crossplanes',
      listField: 'Crossplanes',
    },
    versions: [{ version: 'v1.20.1' }, { version: 'v2.0.2' }],
    extension: {
      type: 'providers',
      providers: [
        { name: 'provider-kubernetes', versions: ['v0.15.0', 'v0.16.0'], default: 'v0.15.0' },
        { name: 'provider-helm', versions: ['v0.20.0'], default: 'v0.20.0' },
      ],
      defaults: [{ name: 'provider-kubernetes', version: 'v0.15.0' }],
    },
    ...overrides,
  });
}

/** A Flux-like tool with the components extension. */
export function buildComponentsTool(overrides: Partial<ToolDefinition> = {}): ToolDefinition {
  return buildTool({
    id: 'flux',
    label: { en: 'Flux' },
    description: { en: 'Flux' },
    tagName: 'openmcp-flux-onboarding',
    pathSegment: 'flux',
    exportName: 'flux.services.opencp.cloud',
    resource: { group: 'flux.services.opencp.cloud', version: 'v1alpha1', kind: 'Flux', plural: 'fluxes', listField: 'Fluxes' },
    versions: [
      { version: 'v2.4.0', chartVersion: '2.14.0' },
      { version: 'v2.8.3', chartVersion: '2.18.2' },
    ],
    extension: {
      type: 'components',
      components: ['source-controller', 'kustomize-controller', 'helm-controller', 'notification-controller'],
      defaults: ['source-controller', 'kustomize-controller'],
    },
    ...overrides,
  });
}

/** A catalog of the given tools (default: one of each builder). */
export function buildCatalog(tools: readonly ToolDefinition[] = [buildProvidersTool(), buildTool(), buildComponentsTool()]): ToolCatalog {
  return { schemaVersion: 1, tools };
}
