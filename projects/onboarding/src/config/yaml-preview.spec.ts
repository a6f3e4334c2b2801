import { parse } from 'yaml';
import { buildComponentsTool, buildProvidersTool, buildTool } from '../../testing/tool-builders';
import { enablementObject } from './enablement-object';
import { yamlPreview } from './yaml-preview';

describe('enablementObject and yamlPreview', () => {
  it('builds the exact object configure creates', () => {
    expect(enablementObject(buildTool(), { version: 'v0.9.3' })).toEqual({
      apiVersion: 'kro.services.opencp.cloud/v1alpha1',
      kind: 'KRO',
      metadata: { name: 'default' },
      spec: { version: 'v0.9.3', chartVersion: '0.9.3' },
    });
  });

  it('prints Crossplane with providers as YAML', () => {
    const draft = { version: 'v1.20.1', providers: [{ name: 'provider-kubernetes', version: 'v0.15.0' }] };
    expect(yamlPreview(buildProvidersTool(), draft)).toBe(
      [
        'apiVersion: crossplane.services.opencp.cloud/v1alpha1',
        'kind: Crossplane',
        'metadata:',
        '  name: default',
        'spec:',
        '  version: v1.20.1',
        '  providers:',
        '    - name: provider-kubernetes',
        '      version: v0.15.0',
        '',
      ].join('\n'),
    );
  });

  it('round-trips through a YAML parser to the same object', () => {
    const draft = { version: 'v2.8.3', components: ['source-controller', 'helm-controller'] };
    const tool = buildComponentsTool();
    expect(parse(yamlPreview(tool, draft))).toEqual(enablementObject(tool, draft));
  });

  it('quotes values YAML would otherwise change (a chart version like 1.10 stays a string)', () => {
    const tool = buildTool({ versions: [{ version: 'v1.10.0', chartVersion: '1.10' }] });
    expect(parse(yamlPreview(tool, { version: 'v1.10.0' })).spec.chartVersion).toBe('1.10');
  });
});
